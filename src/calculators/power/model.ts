import { readParams, writeOutputs } from '../../engine';
import type { Calculator } from '../../engine';
import { HOURS_PER_YEAR, type Megawatts, type MegawattHours, type Usd, type Watts, as } from '../../engine';
import { powerMigrations } from './migrations';
import { POWER_FIELDS } from './fields';
import type { Accelerator } from '../../schemas/preset';

/** Inputs of the power model, named with their units. */
export interface PowerInputs {
	/** Accelerators deployed. */
	readonly count: number;
	/** Accelerator board power (TDP), W. */
	readonly boardPowerW: number;
	/** Server power ÷ its accelerators' power (CPUs, memory, NICs, fans); ≥ 1. */
	readonly serverOverhead: number;
	/** Network and storage power as a fraction of server power. */
	readonly networkShare: number;
	/** Power usage effectiveness; ≥ 1. */
	readonly pue: number;
	/** IT power per rack, kW. */
	readonly rackKw: number;
	/** Average draw as a fraction of peak IT power. */
	readonly utilization: number;
	/** Electricity price, USD/MWh. */
	readonly priceUsdPerMwh: number;
	/** Facility power budget, MW. */
	readonly budgetMw: number;
	/**
	 * PUE on the design day (the hottest hours the site is built for), for sizing the grid
	 * connection and fitting the budget; 0 means "the same as `pue`" (the default).
	 */
	readonly pueDesign: number;
	/** Capacity charge on the facility's peak draw, USD per MW-day. */
	readonly capacityUsdPerMwDay: number;
}

/** The one table between engine names and the contract's URL parameters. */
export const POWER_PARAMS = {
	count: 'count',
	boardPowerW: 'board_w',
	serverOverhead: 'server_overhead',
	networkShare: 'network_share',
	pue: 'pue',
	rackKw: 'rack_kw',
	utilization: 'utilization',
	priceUsdPerMwh: 'price_usd_mwh',
	budgetMw: 'budget_mw',
	pueDesign: 'pue_design',
	capacityUsdPerMwDay: 'capacity_usd_per_mw_day',
} as const satisfies Record<keyof PowerInputs, string>;

export interface PowerOutputs {
	readonly itMw: Megawatts;
	readonly facilityMw: Megawatts;
	readonly racks: number;
	readonly annualMwh: MegawattHours;
	readonly annualCostUsd: Usd;
	readonly maxCountInBudget: number;
	/** Accelerator boards alone, MW. */
	readonly acceleratorMw: Megawatts;
	/** Facility power per accelerator, all-in, W. */
	readonly perAcceleratorFacilityW: Watts;
	/** Breakdown of facility power (sums to facilityMw). */
	readonly restOfServerMw: Megawatts;
	readonly networkMw: Megawatts;
	readonly overheadMw: Megawatts;
	/** Peak facility draw at the design-day PUE: what the grid connection must carry, MW. */
	readonly gridMw: Megawatts;
	/** Capacity charge a year on that peak, USD. */
	readonly capacityCostUsd: Usd;
	/** Energy plus capacity, USD a year. */
	readonly totalCostUsd: Usd;
}

export const POWER_OUTPUTS = {
	itMw: 'it_mw',
	facilityMw: 'facility_mw',
	racks: 'racks',
	annualMwh: 'annual_mwh',
	annualCostUsd: 'annual_cost_usd',
	maxCountInBudget: 'max_count_in_budget',
	acceleratorMw: 'accelerator_mw',
	perAcceleratorFacilityW: 'per_accelerator_facility_w',
	restOfServerMw: 'rest_of_server_mw',
	networkMw: 'network_mw',
	overheadMw: 'overhead_mw',
	gridMw: 'grid_mw',
	capacityCostUsd: 'capacity_cost_usd',
	totalCostUsd: 'total_cost_usd',
} as const satisfies Record<keyof PowerOutputs, string>;

/**
 * IT power: accelerators × board power × server overhead × (1 + network share).
 * @param count accelerators
 * @param boardPowerW board power per accelerator, W
 * @returns IT power, MW
 * @see calculator contract `it_mw`; domain-facts §7 example 1
 */
export function itPowerMw(count: number, boardPowerW: number, serverOverhead: number, networkShare: number): Megawatts {
	return as((count * boardPowerW * serverOverhead * (1 + networkShare)) / 1e6);
}

/**
 * Facility power: IT power × PUE.
 * @returns MW
 * @see calculator contract `facility_mw`; PUE as defined by The Green Grid (total facility ÷ IT)
 */
export function facilityPowerMw(itMw: Megawatts, pue: number): Megawatts {
	return as(itMw * pue);
}

/**
 * Most accelerators whose all-in facility power fits a budget:
 * floor(budget × 1e6 ÷ (board power × server overhead × (1 + network share) × PUE)).
 */
export function maxAcceleratorsInBudget(
	budgetMw: number,
	boardPowerW: number,
	serverOverhead: number,
	networkShare: number,
	pue: number,
): number {
	return Math.floor((budgetMw * 1e6) / (boardPowerW * serverOverhead * (1 + networkShare) * pue));
}

/**
 * The PUE that sizes the grid connection: the design-day PUE when the link sets one, else the
 * annual-average PUE (0 stands for "not set", so every contract relation in `pue` holds by default).
 */
function gridPue(pue: number, pueDesign: number): number {
	// Below 1 is not a PUE: 0 means "the same as PUE", and a stray draw of a range between 0 and 1 (which the
	// point check rejects) computes as that too, never as a near-zero grid.
	return pueDesign >= 1 ? pueDesign : pue;
}

/** Days a capacity price (USD per MW-day) is charged in a year. */
const CAPACITY_DAYS_PER_YEAR = 365;

/** Evaluates the whole power model. Inputs are assumed validated. */
export function computePower(i: PowerInputs): PowerOutputs {
	const itMw = itPowerMw(i.count, i.boardPowerW, i.serverOverhead, i.networkShare);
	const facilityMw = facilityPowerMw(itMw, i.pue);
	const annualMwh: MegawattHours = as(facilityMw * i.utilization * HOURS_PER_YEAR);
	const acceleratorMw: Megawatts = as((i.count * i.boardPowerW) / 1e6);
	const serverMw = acceleratorMw * i.serverOverhead;
	const designPue = gridPue(i.pue, i.pueDesign);
	const gridMw: Megawatts = as(itMw * designPue);
	const annualCostUsd: Usd = as(annualMwh * i.priceUsdPerMwh);
	const capacityCostUsd: Usd = as(gridMw * i.capacityUsdPerMwDay * CAPACITY_DAYS_PER_YEAR);
	return {
		itMw,
		facilityMw,
		racks: Math.ceil((itMw * 1000) / i.rackKw),
		annualMwh,
		annualCostUsd,
		maxCountInBudget: maxAcceleratorsInBudget(i.budgetMw, i.boardPowerW, i.serverOverhead, i.networkShare, designPue),
		acceleratorMw,
		perAcceleratorFacilityW: as(i.boardPowerW * i.serverOverhead * (1 + i.networkShare) * i.pue),
		restOfServerMw: as(serverMw - acceleratorMw),
		networkMw: as(itMw - serverMw),
		overheadMw: as(facilityMw - itMw),
		gridMw,
		capacityCostUsd,
		totalCostUsd: as(annualCostUsd + capacityCostUsd),
	};
}

export const powerCalculator: Calculator = {
	id: 'power',
	migrations: powerMigrations,
	title: 'Power',
	summary:
		'How much power a fleet of accelerators draws at the wall, how many racks it fills, what it costs a year, and how many fit a power budget.',
	fields: POWER_FIELDS,
	preset: {
		param: 'accelerator',
		label: 'Accelerator',
		assumption: 'power.accelerator',
		// A preset is a system: it sets every figure its platform implies (Grace-based racks carry
		// less overhead than an x86 DGX), each from content/systems/<id>.yaml.
		sets: {
			[POWER_PARAMS.boardPowerW]: (a: Accelerator) => a.boardPowerW,
			[POWER_PARAMS.serverOverhead]: (a: Accelerator) => a.serverOverhead,
			[POWER_PARAMS.networkShare]: (a: Accelerator) => a.networkShare,
			[POWER_PARAMS.rackKw]: (a: Accelerator) => a.rackKw,
		},
	},
	outputs: [
		{
			key: 'it_mw',
			label: 'IT power',
			unit: 'MW',
			formula: 'count × board_w × server_overhead × (1 + network_share) ÷ 1,000,000',
		},
		{ key: 'facility_mw', label: 'Facility power', unit: 'MW', formula: 'it_mw × pue' },
		{ key: 'racks', label: 'Racks', unit: 'count', formula: 'ceil(it_mw × 1000 ÷ rack_kw)' },
		{
			key: 'annual_mwh',
			label: 'Energy per year',
			unit: 'MWh',
			formula: `facility_mw × utilization × ${HOURS_PER_YEAR}`,
		},
		{ key: 'annual_cost_usd', label: 'Electricity cost per year', unit: 'USD', formula: 'annual_mwh × price_usd_mwh' },
		{
			key: 'max_count_in_budget',
			label: 'Accelerators that fit the budget',
			unit: 'count',
			formula:
				'pue_design ≥ 1 ? floor(budget_mw × 1,000,000 ÷ (board_w × server_overhead × (1 + network_share) × pue_design)) : floor(budget_mw × 1,000,000 ÷ (board_w × server_overhead × (1 + network_share) × pue))',
		},
		{ key: 'accelerator_mw', label: 'Accelerator boards alone', unit: 'MW', formula: 'count × board_w ÷ 1,000,000' },
		{
			key: 'per_accelerator_facility_w',
			label: 'Facility power per accelerator',
			unit: 'W',
			formula: 'board_w × server_overhead × (1 + network_share) × pue',
		},
		{
			key: 'rest_of_server_mw',
			label: 'Rest of the servers',
			unit: 'MW',
			formula: 'accelerator_mw × (server_overhead − 1)',
			detail: true,
		},
		{
			key: 'network_mw',
			label: 'Network and storage',
			unit: 'MW',
			formula: 'accelerator_mw × server_overhead × network_share',
			detail: true,
		},
		{
			key: 'overhead_mw',
			label: 'Facility overhead (cooling, power conversion)',
			unit: 'MW',
			formula: 'it_mw × (pue − 1)',
			detail: true,
		},
		{
			key: 'grid_mw',
			label: 'Grid connection (design day)',
			unit: 'MW',
			formula: 'pue_design ≥ 1 ? it_mw × pue_design : it_mw × pue',
		},
		{
			key: 'capacity_cost_usd',
			label: 'Capacity charge per year',
			unit: 'USD',
			formula: `grid_mw × capacity_usd_per_mw_day × ${CAPACITY_DAYS_PER_YEAR}`,
		},
		{
			key: 'total_cost_usd',
			label: 'Electricity and capacity per year',
			unit: 'USD',
			formula: 'annual_cost_usd + capacity_cost_usd',
		},
	],
	headline: 'facility_mw',
	handoffs: [
		{
			to: 'cooling',
			label: 'Cool these racks: the cooling calculator, with this rack power, rack count and PUE',
			carry: { accelerator: 'accelerator', rack_kw: 'rack_kw', racks: 'racks', pue: 'pue' },
		},
		{
			to: 'tco',
			label: 'Own or rent this fleet? The build-or-buy calculator, with these accelerators',
			carry: { accelerator: 'accelerator', count: 'count' },
		},
	],
	compute(values) {
		return writeOutputs(POWER_OUTPUTS, computePower(readParams(POWER_PARAMS, values)));
	},
	crossCheck(v) {
		// 0 stands for "the same as PUE"; anything else is a PUE and cannot be below 1.
		const { pueDesign } = readParams(POWER_PARAMS, v);
		return pueDesign > 0 && pueDesign < 1
			? [
					{
						param: POWER_PARAMS.pueDesign,
						message: 'Design-day PUE must be 0 (the same as PUE) or at least 1',
						fallback: 0,
					},
				]
			: [];
	},
	crossWarn(v) {
		const { pue, pueDesign } = readParams(POWER_PARAMS, v);
		return pueDesign >= 1 && pueDesign < pue
			? [
					{
						param: POWER_PARAMS.pueDesign,
						message: `a design-day PUE below the annual ${pue} is unusual: the hottest hours need the most cooling`,
					},
				]
			: [];
	},
};
