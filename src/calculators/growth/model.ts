import { readParams, writeOutputs } from '../../engine';
import type { Calculator, NumberField } from '../../engine';
import { type Flop, type Megawatts, SECONDS_PER_DAY, as } from '../../engine';

/** A gigawatt in megawatts: the threshold the essay's "gigawatt training runs" name. */
export const GIGAWATT_MW = 1000;

export interface GrowthInputs {
	readonly baseYear: number;
	/** Training compute of the largest run in baseYear, FLOP. */
	readonly baseFlop: number;
	/** Multiplier per year of frontier training compute. */
	readonly growthPerYear: number;
	readonly endYear: number;
	/** Peak accelerator FLOP/s per watt of facility power in baseYear. */
	readonly flopPerSPerW: number;
	/** Multiplier per year of that efficiency. */
	readonly efficiencyGrowthPerYear: number;
	/** Model FLOPs utilization of the run. */
	readonly mfu: number;
	/** Training-run length in baseYear, days. */
	readonly runDays: number;
	/** Multiplier per year of run length. */
	readonly runDaysGrowthPerYear: number;
}

export const GROWTH_PARAMS = {
	baseYear: 'base_year',
	baseFlop: 'base_flop',
	growthPerYear: 'growth_per_year',
	endYear: 'end_year',
	flopPerSPerW: 'flop_per_s_per_w',
	efficiencyGrowthPerYear: 'efficiency_growth_per_year',
	mfu: 'mfu',
	runDays: 'run_days',
	runDaysGrowthPerYear: 'run_days_growth_per_year',
} as const satisfies Record<keyof GrowthInputs, string>;

/** One projected year. */
interface GrowthYear {
	readonly year: number;
	readonly flop: Flop;
	readonly powerMw: Megawatts;
	readonly runDays: number;
}

/**
 * Training compute after `years` of growth: base × growth^years.
 * @see Epoch AI, 4–5×/yr for notable models (domain-facts §3.1); contract `flop_end`
 */
export function projectedFlop(baseFlop: number, growthPerYear: number, years: number): Flop {
	return as(baseFlop * growthPerYear ** years);
}

/**
 * Average facility power a training run needs: compute ÷ (run seconds × MFU × FLOP/s per facility watt).
 * @returns MW
 * @see contract `power_mw_end`
 */
export function trainingPowerMw(flop: number, runDays: number, mfu: number, flopPerSPerW: number): Megawatts {
	return as(flop / (runDays * SECONDS_PER_DAY * mfu * flopPerSPerW) / 1e6);
}

function growthYear(i: GrowthInputs, year: number): GrowthYear {
	const n = year - i.baseYear;
	const flop = projectedFlop(i.baseFlop, i.growthPerYear, n);
	const runDays = i.runDays * i.runDaysGrowthPerYear ** n;
	const powerMw: Megawatts = as(
		flop / (runDays * SECONDS_PER_DAY * i.mfu * i.flopPerSPerW * i.efficiencyGrowthPerYear ** n) / 1e6,
	);
	return { year, flop, powerMw, runDays };
}

/** The first whole year whose projected power reaches 1,000 MW, or null. */
function firstYearOverGigawatt(i: GrowthInputs): number | null {
	for (let year = i.baseYear; year <= i.endYear; year++) if (growthYear(i, year).powerMw >= GIGAWATT_MW) return year;
	return null;
}

/** The one table between engine names and the contract's output keys. */
export const GROWTH_OUTPUTS = {
	flopEnd: 'flop_end',
	powerMwEnd: 'power_mw_end',
	firstYearOver1Gw: 'first_year_over_1gw',
	powerMwBase: 'power_mw_base',
	powerGrowthPerYear: 'power_growth_per_year',
	runDaysEnd: 'run_days_end',
} as const;

function computeGrowth(i: GrowthInputs): { readonly [K in keyof typeof GROWTH_OUTPUTS]: number | null } {
	const end = growthYear(i, i.endYear);
	const base = growthYear(i, i.baseYear);
	return {
		flopEnd: end.flop,
		powerMwEnd: end.powerMw,
		firstYearOver1Gw: firstYearOverGigawatt(i),
		powerMwBase: base.powerMw,
		powerGrowthPerYear: i.growthPerYear / (i.efficiencyGrowthPerYear * i.runDaysGrowthPerYear),
		runDaysEnd: end.runDays,
	};
}

const fields: readonly NumberField[] = [
	{
		param: 'base_year',
		label: 'Reference year',
		unit: 'year',
		help: 'Year of the reference frontier run.',
		assumption: 'growth.base_year',
		min: 2010,
		max: 2040,
		integer: true,
	},
	{
		param: 'base_flop',
		label: 'Reference compute',
		unit: 'FLOP',
		help: 'Training compute of the largest run that year.',
		assumption: 'growth.base_flop',
		min: 1e20,
		max: 1e32,
		slider: { min: 1e22, max: 1e28, step: 0, log: true },
	},
	{
		param: 'growth_per_year',
		label: 'Compute growth',
		unit: '× per year',
		help: 'Multiplier per year of frontier training compute.',
		assumption: 'growth.growth_per_year',
		min: 1,
		max: 10,
		softMax: 9,
		softMaxNote: 'only notable language models 2017–24 grew this fast',
		slider: { min: 1, max: 10, step: 0.1 },
	},
	{
		param: 'end_year',
		label: 'Project to',
		unit: 'year',
		help: 'Last year projected.',
		assumption: 'growth.end_year',
		min: 2010,
		max: 2060,
		integer: true,
		softMax: 2035,
		softMaxNote: 'a decade-plus extrapolation of a trend is a scenario, not a forecast',
		slider: { min: 2024, max: 2040, step: 1 },
	},
	{
		param: 'flop_per_s_per_w',
		label: 'Efficiency',
		unit: 'FLOP/s per W',
		help: 'Peak accelerator FLOP/s per watt of facility power in the reference year.',
		assumption: 'growth.flop_per_s_per_w',
		min: 1e9,
		max: 1e15,
	},
	{
		param: 'efficiency_growth_per_year',
		label: 'Efficiency growth',
		unit: '× per year',
		help: 'Multiplier per year of FLOP/s per watt.',
		assumption: 'growth.efficiency_growth_per_year',
		min: 0.5,
		max: 3,
		softMin: 1,
		softMax: 2,
		softMinNote: 'hardware efficiency has risen every year on record',
		softMaxNote: 'faster than any hardware trend on record',
		slider: { min: 1, max: 2, step: 0.01 },
	},
	{
		param: 'mfu',
		label: 'MFU',
		unit: 'fraction',
		help: 'Model FLOPs utilization of the run.',
		assumption: 'growth.mfu',
		min: 0.01,
		max: 1,
		softMin: 0.2,
		softMax: 0.6,
		softMinNote: 'below published large runs (38–56%)',
		softMaxNote: 'above published large runs (38–56%)',
		slider: { min: 0.1, max: 0.8, step: 0.01 },
	},
	{
		param: 'run_days',
		label: 'Run length',
		unit: 'days',
		help: 'Training-run length in the reference year.',
		assumption: 'growth.run_days',
		min: 1,
		max: 1000,
		softMax: 365,
		softMaxNote: 'longer than a year',
		slider: { min: 10, max: 365, step: 1 },
	},
	{
		param: 'run_days_growth_per_year',
		label: 'Run-length growth',
		unit: '× per year',
		help: 'Multiplier per year of run length; runs have been getting longer.',
		assumption: 'growth.run_days_growth_per_year',
		min: 0.5,
		max: 2,
		softMin: 1,
		softMax: 1.5,
		softMinNote: 'runs have been getting longer, not shorter',
		softMaxNote: 'faster than the 10–20% a year EPRI and Epoch expect',
		slider: { min: 1, max: 1.5, step: 0.01 },
	},
];

export const growthCalculator: Calculator = {
	id: 'growth',
	title: 'Compute growth',
	summary:
		'Projects frontier training compute year by year and the facility power one training run would need, to find when a run crosses a gigawatt.',
	fields,
	outputs: [
		{
			key: 'flop_end',
			label: 'Training compute in the last year',
			unit: 'FLOP',
			formula: 'base_flop × growth_per_year^(end_year − base_year)',
		},
		{
			key: 'power_mw_end',
			label: 'Power of that run',
			unit: 'MW',
			formula: `flop_end ÷ (run_days × run_days_growth_per_year^n × ${SECONDS_PER_DAY} × mfu × flop_per_s_per_w × efficiency_growth_per_year^n) ÷ 1,000,000, n = end_year − base_year`,
		},
		{
			key: 'first_year_over_1gw',
			label: 'First year a run needs 1 GW',
			unit: 'year',
			formula: `the first year from base_year to end_year whose projected power ≥ ${GIGAWATT_MW} MW`,
			nullable: true,
		},
		{
			key: 'power_mw_base',
			label: 'Power of the reference run',
			unit: 'MW',
			formula: `base_flop ÷ (run_days × ${SECONDS_PER_DAY} × mfu × flop_per_s_per_w) ÷ 1,000,000`,
		},
		{
			key: 'power_growth_per_year',
			label: 'Power growth',
			unit: 'ratio',
			formula: 'growth_per_year ÷ (efficiency_growth_per_year × run_days_growth_per_year)',
		},
		{
			key: 'run_days_end',
			label: 'Run length in the last year',
			unit: 'days',
			formula: 'run_days × run_days_growth_per_year^(end_year − base_year)',
			detail: true,
		},
	],
	headline: 'power_mw_end',
	compute(values) {
		return writeOutputs(GROWTH_OUTPUTS, computeGrowth(readParams(GROWTH_PARAMS, values)));
	},
	crossCheck(v) {
		const { baseYear: base, endYear } = readParams(GROWTH_PARAMS, v);
		if (endYear < base)
			return [
				{ param: 'end_year', message: `Project to must be the reference year (${base}) or later`, fallback: base },
			];
		if (endYear - base > 50)
			return [
				{
					param: 'end_year',
					message: 'Project to must be at most 50 years after the reference year',
					fallback: base + 50,
				},
			];
		return [];
	},
};
