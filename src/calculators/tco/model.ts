import { readParams, writeOutputs } from '../../engine';
import type { Calculator } from '../../engine';
import { HOURS_PER_YEAR, type Kilowatts, type Usd, as } from '../../engine';
import { TCO_FIELDS } from './fields';
import type { Accelerator } from '../../schemas/preset';

/** The two options. Ids are part of the public contract: `cheaper` is one of them. */
export type TcoOption = 'own' | 'rent';

export const TCO_OPTION_LABELS: Record<TcoOption, string> = {
	own: 'Owning',
	rent: 'Renting',
};

/** Inputs of the build-or-buy model, named with their units. */
export interface TcoInputs {
	/** Accelerators in the fleet (fleet totals only; every per-accelerator result ignores it). */
	readonly count: number;
	/** Accelerator board power (TDP), W. */
	readonly boardPowerW: number;
	/** Server power ÷ its accelerators' power; ≥ 1. */
	readonly serverOverhead: number;
	/** Network and storage power as a fraction of server power. */
	readonly networkShare: number;
	/** Power usage effectiveness of the colocation hall; ≥ 1. */
	readonly pue: number;
	/** Average draw as a fraction of peak IT power. */
	readonly utilization: number;
	/** Electricity price, USD/MWh. */
	readonly priceUsdPerMwh: number;
	/** Installed server, network and storage capital per accelerator, USD. */
	readonly capexUsdPerAccel: number;
	/** Depreciation life, years. */
	readonly lifeYears: number;
	/** Annual cost of capital, fraction. */
	readonly wacc: number;
	/** Colocation price per kW of IT capacity per month, USD. */
	readonly coloUsdPerKwMonth: number;
	/** Operations, support and spares per accelerator per year, USD. */
	readonly opsUsdPerAccelYear: number;
	/** Share of hours the owned fleet is allocated to work. */
	readonly occupancy: number;
	/** Rental price per accelerator-hour, USD. */
	readonly rentUsdPerHour: number;
	readonly mfuOwn: number;
	readonly mfuRent: number;
	readonly goodputOwn: number;
	readonly goodputRent: number;
}

/** The one table between engine names and the contract's URL parameters. */
export const TCO_PARAMS = {
	count: 'count',
	boardPowerW: 'board_w',
	serverOverhead: 'server_overhead',
	networkShare: 'network_share',
	pue: 'pue',
	utilization: 'utilization',
	priceUsdPerMwh: 'price_usd_mwh',
	capexUsdPerAccel: 'capex_usd_per_accel',
	lifeYears: 'life_years',
	wacc: 'wacc',
	coloUsdPerKwMonth: 'colo_usd_per_kw_month',
	opsUsdPerAccelYear: 'ops_usd_per_accel_year',
	occupancy: 'occupancy',
	rentUsdPerHour: 'rent_usd_per_hour',
	mfuOwn: 'mfu_own',
	mfuRent: 'mfu_rent',
	goodputOwn: 'goodput_own',
	goodputRent: 'goodput_rent',
} as const satisfies Record<keyof TcoInputs, string>;

export interface TcoOutputs {
	readonly itKwPerAccel: Kilowatts;
	readonly crf: number;
	readonly ownUsdPerYear: Usd;
	readonly ownUsdPerHour: Usd;
	readonly ownUsdPerEffectiveHour: Usd;
	readonly rentUsdPerEffectiveHour: Usd;
	readonly breakevenOccupancy: number;
	readonly cheaper: TcoOption;
	/** Rent less own, per useful hour: positive while owning is cheaper. */
	readonly savingUsdPerEffectiveHour: Usd;
	/** The parts of own_usd_per_year (ops is an input). */
	readonly capitalUsdPerYear: Usd;
	readonly coloUsdPerYear: Usd;
	readonly energyUsdPerYear: Usd;
	/** Fleet totals. */
	readonly fleetOwnUsdPerYear: Usd;
	readonly fleetRentUsdPerYear: Usd;
	readonly fleetSavingUsdPerYear: Usd;
}

export const TCO_OUTPUTS = {
	itKwPerAccel: 'it_kw_per_accel',
	crf: 'crf',
	ownUsdPerYear: 'own_usd_per_year',
	ownUsdPerHour: 'own_usd_per_hour',
	ownUsdPerEffectiveHour: 'own_usd_per_effective_hour',
	rentUsdPerEffectiveHour: 'rent_usd_per_effective_hour',
	breakevenOccupancy: 'breakeven_occupancy',
	cheaper: 'cheaper',
	savingUsdPerEffectiveHour: 'saving_usd_per_effective_hour',
	capitalUsdPerYear: 'capital_usd_per_year',
	coloUsdPerYear: 'colo_usd_per_year',
	energyUsdPerYear: 'energy_usd_per_year',
	fleetOwnUsdPerYear: 'fleet_own_usd_per_year',
	fleetRentUsdPerYear: 'fleet_rent_usd_per_year',
	fleetSavingUsdPerYear: 'fleet_saving_usd_per_year',
} as const satisfies Record<keyof TcoOutputs, string>;

/** Months in a year: colocation is priced per kW-month. */
const MONTHS_PER_YEAR = 12;

/**
 * IT power per accelerator: board power × server overhead × (1 + network share) ÷ 1000.
 * @returns kW
 * @see calculator contract `it_kw_per_accel` (the power calculator's `it_mw` for one accelerator)
 */
export function itKwPerAccel(boardPowerW: number, serverOverhead: number, networkShare: number): Kilowatts {
	return as((boardPowerW * serverOverhead * (1 + networkShare)) / 1000);
}

/**
 * Capital recovery factor: the level annual payment, as a share of the capital, that repays it
 * with interest over its life: wacc ÷ (1 − (1 + wacc)^−life); 1 ÷ life when capital is free.
 * @param wacc annual cost of capital, fraction
 * @param lifeYears depreciation life, years
 * @see calculator contract `crf`; the standard annuity formula of engineering economics
 */
export function capitalRecoveryFactor(wacc: number, lifeYears: number): number {
	if (wacc <= 0) return 1 / lifeYears;
	// Below 1e-9 the annuity is its first-order series (error about wacc², far below a double's
	// precision here); above, 1 − (1 + wacc)^−life is written so that it does not round to 0.
	if (wacc < 1e-9) return 1 / lifeYears + (wacc * (lifeYears + 1)) / (2 * lifeYears);
	return wacc / -Math.expm1(-lifeYears * Math.log1p(wacc));
}

/**
 * Cost of one useful hour: a price per hour ÷ (MFU × goodput), the share of each paid hour that
 * does model work.
 * @see calculator contract `own_usd_per_effective_hour`, `rent_usd_per_effective_hour`
 */
export function usdPerEffectiveHour(usdPerHour: number, mfu: number, goodput: number): Usd {
	return as(usdPerHour / (mfu * goodput));
}

/**
 * Occupancy at which owning costs the same per useful hour as renting:
 * own_usd_per_year ÷ (8760 × rent per useful hour × mfu_own × goodput_own). Above 1, no occupancy
 * makes owning pay.
 * @see calculator contract `breakeven_occupancy`
 */
export function breakevenOccupancy(
	ownUsdPerYear: number,
	rentUsdPerEffectiveHour: number,
	mfuOwn: number,
	goodputOwn: number,
): number {
	return ownUsdPerYear / (HOURS_PER_YEAR * rentUsdPerEffectiveHour * mfuOwn * goodputOwn);
}

/** Evaluates the whole build-or-buy model, in the order the formula texts state it. Inputs are assumed validated. */
export function computeTco(i: TcoInputs): TcoOutputs {
	const itKw = itKwPerAccel(i.boardPowerW, i.serverOverhead, i.networkShare);
	const crf = capitalRecoveryFactor(i.wacc, i.lifeYears);
	const capitalUsdPerYear: Usd = as(i.capexUsdPerAccel * crf);
	const coloUsdPerYear: Usd = as(i.coloUsdPerKwMonth * itKw * MONTHS_PER_YEAR);
	const energyUsdPerYear: Usd = as((itKw * i.pue * i.utilization * HOURS_PER_YEAR * i.priceUsdPerMwh) / 1000);
	const ownUsdPerYear: Usd = as(
		i.capexUsdPerAccel * crf +
			i.opsUsdPerAccelYear +
			i.coloUsdPerKwMonth * itKw * MONTHS_PER_YEAR +
			(itKw * i.pue * i.utilization * HOURS_PER_YEAR * i.priceUsdPerMwh) / 1000,
	);
	const ownUsdPerHour: Usd = as(ownUsdPerYear / (HOURS_PER_YEAR * i.occupancy));
	const ownEffective = usdPerEffectiveHour(ownUsdPerHour, i.mfuOwn, i.goodputOwn);
	const rentEffective = usdPerEffectiveHour(i.rentUsdPerHour, i.mfuRent, i.goodputRent);
	const fleetOwnUsdPerYear: Usd = as(ownUsdPerYear * i.count);
	const fleetRentUsdPerYear: Usd = as(i.count * HOURS_PER_YEAR * i.occupancy * i.mfuOwn * i.goodputOwn * rentEffective);
	return {
		itKwPerAccel: itKw,
		crf,
		ownUsdPerYear,
		ownUsdPerHour,
		ownUsdPerEffectiveHour: ownEffective,
		rentUsdPerEffectiveHour: rentEffective,
		breakevenOccupancy: breakevenOccupancy(ownUsdPerYear, rentEffective, i.mfuOwn, i.goodputOwn),
		cheaper: ownEffective < rentEffective ? 'own' : 'rent',
		savingUsdPerEffectiveHour: as(rentEffective - ownEffective),
		capitalUsdPerYear,
		coloUsdPerYear,
		energyUsdPerYear,
		fleetOwnUsdPerYear,
		fleetRentUsdPerYear,
		fleetSavingUsdPerYear: as(fleetRentUsdPerYear - fleetOwnUsdPerYear),
	};
}

const H = HOURS_PER_YEAR;

export const tcoCalculator: Calculator = {
	id: 'tco',
	title: 'Build or buy',
	summary:
		'What an hour of useful work costs on accelerators you own in a colocation hall against accelerators you rent, and how busy an owned fleet must be to pay.',
	fields: TCO_FIELDS,
	preset: {
		param: 'accelerator',
		label: 'Accelerator',
		assumption: 'tco.accelerator',
		// A preset is a system (content/systems/<id>.yaml): it sets the power figures of its platform
		// and, where one is published, its installed capital; otherwise capex keeps the H100 estimate.
		sets: {
			[TCO_PARAMS.boardPowerW]: (a: Accelerator) => a.boardPowerW,
			[TCO_PARAMS.serverOverhead]: (a: Accelerator) => a.serverOverhead,
			[TCO_PARAMS.networkShare]: (a: Accelerator) => a.networkShare,
			[TCO_PARAMS.capexUsdPerAccel]: (a: Accelerator) => a.capexUsdPerAccel,
		},
	},
	outputs: [
		{
			key: 'cheaper',
			label: 'Cheaper per useful hour',
			unit: 'method',
			formula: 'own when own_usd_per_effective_hour < rent_usd_per_effective_hour, else rent',
		},
		{
			key: 'breakeven_occupancy',
			label: 'Break-even occupancy',
			unit: 'fraction',
			formula: `own_usd_per_year ÷ (${H} × rent_usd_per_effective_hour × mfu_own × goodput_own)`,
		},
		{
			key: 'own_usd_per_hour',
			label: 'Owning, per allocated hour',
			unit: 'USD',
			formula: `own_usd_per_year ÷ (${H} × occupancy)`,
		},
		{
			key: 'own_usd_per_year',
			label: 'Owning, per accelerator per year',
			unit: 'USD',
			formula: `capex_usd_per_accel × crf + ops_usd_per_accel_year + colo_usd_per_kw_month × it_kw_per_accel × ${MONTHS_PER_YEAR} + it_kw_per_accel × pue × utilization × ${H} × price_usd_mwh ÷ 1000`,
		},
		{
			key: 'own_usd_per_effective_hour',
			label: 'Owning, per useful hour',
			unit: 'USD',
			formula: 'own_usd_per_hour ÷ (mfu_own × goodput_own)',
		},
		{
			key: 'rent_usd_per_effective_hour',
			label: 'Renting, per useful hour',
			unit: 'USD',
			formula: 'rent_usd_per_hour ÷ (mfu_rent × goodput_rent)',
		},
		{
			key: 'saving_usd_per_effective_hour',
			label: 'Saving from owning, per useful hour',
			unit: 'USD',
			formula: 'rent_usd_per_effective_hour − own_usd_per_effective_hour',
		},
		{
			key: 'fleet_own_usd_per_year',
			label: 'Owning the fleet, per year',
			unit: 'USD',
			formula: 'own_usd_per_year × count',
		},
		{
			key: 'fleet_rent_usd_per_year',
			label: 'Renting the same useful work, per year',
			unit: 'USD',
			formula: `count × ${H} × occupancy × mfu_own × goodput_own × rent_usd_per_effective_hour`,
		},
		{
			key: 'fleet_saving_usd_per_year',
			label: 'Fleet saving from owning, per year',
			unit: 'USD',
			formula: 'fleet_rent_usd_per_year − fleet_own_usd_per_year',
		},
		{
			key: 'it_kw_per_accel',
			label: 'IT power per accelerator',
			unit: 'kW',
			formula: 'board_w × server_overhead × (1 + network_share) ÷ 1000',
			detail: true,
		},
		{
			key: 'crf',
			label: 'Capital recovery factor (per year)',
			unit: 'fraction',
			formula: 'wacc ÷ (1 − (1 + wacc)^(−life_years)); 1 ÷ life_years when wacc is 0',
			detail: true,
		},
		{
			key: 'capital_usd_per_year',
			label: 'Capital, per accelerator per year',
			unit: 'USD',
			formula: 'capex_usd_per_accel × crf',
			detail: true,
		},
		{
			key: 'colo_usd_per_year',
			label: 'Colocation, per accelerator per year',
			unit: 'USD',
			formula: `colo_usd_per_kw_month × it_kw_per_accel × ${MONTHS_PER_YEAR}`,
			detail: true,
		},
		{
			key: 'energy_usd_per_year',
			label: 'Electricity, per accelerator per year',
			unit: 'USD',
			formula: `it_kw_per_accel × pue × utilization × ${H} × price_usd_mwh ÷ 1000`,
			detail: true,
		},
	],
	headline: 'breakeven_occupancy',
	compute(values) {
		return writeOutputs(TCO_OUTPUTS, computeTco(readParams(TCO_PARAMS, values)));
	},
};
