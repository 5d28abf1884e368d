import { readParams, writeOutputs } from '../../engine';
import type { Calculator, NumberField } from '../../engine';
import { type Megawatts, type Usd, as } from '../../engine';
import { timeToPowerMigrations } from './migrations';

/** Months in a year: the annual cost of capital is spread evenly over them. */
const MONTHS_PER_YEAR = 12;

/** The share of the wait the sensitivity section asks bridging power to cover. */
export const COVER_TARGET = 0.5;

export interface TimeToPowerInputs {
	/** Facility load to be served, MW. */
	readonly loadMw: number;
	/** Months to build and fit out the facility. */
	readonly constructionMonths: number;
	/** Months until the utility connection is energized. */
	readonly interconnectMonths: number;
	/** Lead time of the large power transformers, months. */
	readonly transformerMonths: number;
	/** On-site or bridging power (turbines, engines, batteries), MW. */
	readonly onsiteMw: number;
	/** Months until the bridging power runs. */
	readonly onsiteMonths: number;
	/** Capital committed per MW of load, USD/MW. */
	readonly capexUsdPerMw: number;
	/** Annual cost of capital, fraction. */
	readonly wacc: number;
	/** Value of the compute one MW delivers in a month, USD. */
	readonly valueUsdPerMwMonth: number;
}

export const TIME_TO_POWER_PARAMS = {
	loadMw: 'load_mw',
	constructionMonths: 'construction_months',
	interconnectMonths: 'interconnect_months',
	transformerMonths: 'transformer_months',
	onsiteMw: 'onsite_mw',
	onsiteMonths: 'onsite_months',
	capexUsdPerMw: 'capex_usd_per_mw',
	wacc: 'wacc',
	valueUsdPerMwMonth: 'value_usd_per_mw_month',
} as const satisfies Record<keyof TimeToPowerInputs, string>;

export interface TimeToPowerOutputs {
	readonly gridMonths: number;
	readonly readyMonths: number;
	readonly waitMonths: number;
	readonly bridgedMw: Megawatts;
	readonly firstPowerMonths: number;
	readonly idleMwMonths: number;
	readonly delayCostUsd: Usd;
	/** Months the site runs on bridging power before the grid serves it. */
	readonly bridgeRunMonths: number;
	/** What one idle MW costs a month: capital carried plus compute not delivered, USD. */
	readonly carryUsdPerMwMonth: Usd;
	/** The delay cost with no bridging power, USD. */
	readonly unbridgedDelayCostUsd: Usd;
	/** Share of the wait's MW-months the bridging power covers (1 when there is no wait). */
	readonly waitCoveredShare: number;
}

export const TIME_TO_POWER_OUTPUTS = {
	gridMonths: 'grid_months',
	readyMonths: 'ready_months',
	waitMonths: 'wait_months',
	bridgedMw: 'bridged_mw',
	firstPowerMonths: 'first_power_months',
	idleMwMonths: 'idle_mw_months',
	delayCostUsd: 'delay_cost_usd',
	bridgeRunMonths: 'bridge_run_months',
	carryUsdPerMwMonth: 'carry_usd_per_mw_month',
	unbridgedDelayCostUsd: 'unbridged_delay_cost_usd',
	waitCoveredShare: 'wait_covered_share',
} as const satisfies Record<keyof TimeToPowerOutputs, string>;

/**
 * When the grid can serve the load: the later of the utility connection and the transformers.
 * @returns months from the start of the project
 * @see calculator contract `grid_months`; LBNL "Queued Up" (interconnection), Wood Mackenzie (transformers)
 */
export function gridMonths(interconnectMonths: number, transformerMonths: number): number {
	return Math.max(interconnectMonths, transformerMonths);
}

/**
 * When the building can run at full load on the grid: the later of construction and grid power.
 * @see calculator contract `ready_months`
 */
export function readyMonths(constructionMonths: number, grid: number): number {
	return Math.max(constructionMonths, grid);
}

/**
 * First month any of the load runs: with bridging power, when both the building and the bridging
 * plant are ready (never later than the grid); without it, when the grid is.
 * @see calculator contract `first_power_months`
 */
export function firstPowerMonths(
	onsiteMw: number,
	ready: number,
	constructionMonths: number,
	onsiteMonths: number,
): number {
	return onsiteMw > 0 ? Math.min(ready, Math.max(constructionMonths, onsiteMonths)) : ready;
}

/**
 * MW-months of load built but not served: the whole load through the wait, less what the bridging
 * plant carries while it runs before the grid.
 * @param bridgeRunMonths months the bridging plant runs before the grid serves the load
 * @see calculator contract `idle_mw_months`
 */
export function idleMwMonths(loadMw: number, waitMonths: number, bridgedMw: number, bridgeRunMonths: number): number {
	return Math.max(0, loadMw * waitMonths - bridgedMw * bridgeRunMonths);
}

/**
 * What one idle MW costs each month: the capital committed to it at the cost of capital, plus the
 * value of the compute it does not deliver.
 * @returns USD per MW-month
 * @see calculator contract `delay_cost_usd`
 */
export function carryUsdPerMwMonth(capexUsdPerMw: number, wacc: number, valueUsdPerMwMonth: number): Usd {
	return as((capexUsdPerMw * wacc) / MONTHS_PER_YEAR + valueUsdPerMwMonth);
}

export function computeTimeToPower(i: TimeToPowerInputs): TimeToPowerOutputs {
	const grid = gridMonths(i.interconnectMonths, i.transformerMonths);
	const ready = readyMonths(i.constructionMonths, grid);
	const wait = Math.max(0, grid - i.constructionMonths);
	const bridged: Megawatts = as(Math.min(i.onsiteMw, i.loadMw));
	const run = i.onsiteMw > 0 ? Math.max(0, ready - Math.max(i.constructionMonths, i.onsiteMonths)) : 0;
	const idle = idleMwMonths(i.loadMw, wait, bridged, run);
	const carry = carryUsdPerMwMonth(i.capexUsdPerMw, i.wacc, i.valueUsdPerMwMonth);
	return {
		gridMonths: grid,
		readyMonths: ready,
		waitMonths: wait,
		bridgedMw: bridged,
		firstPowerMonths: firstPowerMonths(i.onsiteMw, ready, i.constructionMonths, i.onsiteMonths),
		idleMwMonths: idle,
		delayCostUsd: as(idle * carry),
		bridgeRunMonths: run,
		carryUsdPerMwMonth: carry,
		unbridgedDelayCostUsd: as(i.loadMw * wait * carry),
		waitCoveredShare: wait > 0 ? (bridged * run) / (i.loadMw * wait) : 1,
	};
}

const monthsField = (
	param: string,
	label: string,
	help: string,
	sliderMax: number,
	extra: Partial<NumberField> = {},
): NumberField => ({
	param,
	label,
	unit: 'months',
	help,
	assumption: `time-to-power.${param}`,
	min: 0,
	max: 600,
	softMax: 120,
	softMaxNote: 'longer than ten years',
	slider: { min: 0, max: sliderMax, step: 1 },
	...extra,
});

const fields: readonly NumberField[] = [
	{
		param: 'load_mw',
		label: 'Facility load',
		unit: 'MW',
		help: 'Facility power the site needs at full load, at the meter.',
		assumption: 'time-to-power.load_mw',
		min: 0.1,
		max: 100_000,
		softMax: 10_000,
		softMaxNote: 'above the largest campuses planned',
		slider: { min: 1, max: 5000, step: 1, log: true },
	},
	monthsField(
		'construction_months',
		'Construction',
		'Months from the start to a finished, fitted-out building ready for its IT.',
		60,
		{ softMin: 3, softMinNote: 'faster than any reported build (xAI’s Colossus took about four months)' },
	),
	monthsField(
		'interconnect_months',
		'Grid interconnection',
		'Months until the utility connection is energized: studies, agreements and network upgrades.',
		120,
	),
	monthsField(
		'transformer_months',
		'Transformer lead time',
		'Months from order to delivery of the large power transformers.',
		72,
	),
	{
		param: 'onsite_mw',
		label: 'Bridging power',
		unit: 'MW',
		help: 'On-site power that can run the site before the grid does: turbines, engines, batteries. 0 means none.',
		assumption: 'time-to-power.onsite_mw',
		min: 0,
		max: 100_000,
		slider: { min: 0, max: 2000, step: 5 },
	},
	monthsField(
		'onsite_months',
		'Bridging power ready',
		'Months until the bridging plant runs: order, delivery, permits, installation.',
		84,
	),
	{
		param: 'capex_usd_per_mw',
		label: 'Capital per MW',
		unit: 'USD/MW',
		help: 'Capital committed per MW of load that sits idle while the site waits (the building; add the IT if it is bought).',
		assumption: 'time-to-power.capex_usd_per_mw',
		min: 0,
		max: 1e9,
		softMax: 1e8,
		softMaxNote: 'above a building with its accelerators',
		slider: { min: 1e6, max: 6e7, step: 0, log: true },
	},
	{
		param: 'wacc',
		label: 'Cost of capital',
		unit: 'fraction',
		help: 'Annual cost of the capital tied up in the site (weighted average cost of capital).',
		assumption: 'time-to-power.wacc',
		min: 0,
		max: 1,
		softMax: 0.25,
		softMaxNote: 'far above a data center developer’s cost of capital',
		slider: { min: 0, max: 0.2, step: 0.005 },
	},
	{
		param: 'value_usd_per_mw_month',
		label: 'Value of compute per MW-month',
		unit: 'USD',
		help: 'What one MW of running compute earns, or saves, in a month; lost while the load waits.',
		assumption: 'time-to-power.value_usd_per_mw_month',
		min: 0,
		max: 1e8,
		softMax: 5e6,
		softMaxNote: 'above what rented accelerators earn per MW',
		slider: { min: 0, max: 3e6, step: 10_000 },
	},
];

export const timeToPowerCalculator: Calculator = {
	id: 'time-to-power',
	migrations: timeToPowerMigrations,
	title: 'Time to power',
	summary:
		'When a site’s load is served by the grid, when it can first run on bridging power, and what the wait costs in idle capital and compute not delivered.',
	fields,
	outputs: [
		{
			key: 'grid_months',
			label: 'Grid power arrives',
			unit: 'months',
			formula: 'max(interconnect_months, transformer_months)',
		},
		{
			key: 'ready_months',
			label: 'Full load on the grid',
			unit: 'months',
			formula: 'max(construction_months, grid_months)',
		},
		{
			key: 'wait_months',
			label: 'Finished building waits for the grid',
			unit: 'months',
			formula: 'max(0, grid_months − construction_months)',
		},
		{ key: 'bridged_mw', label: 'Load bridging can carry', unit: 'MW', formula: 'min(onsite_mw, load_mw)' },
		{
			key: 'first_power_months',
			label: 'First power',
			unit: 'months',
			formula: 'onsite_mw > 0 ? min(ready_months, max(construction_months, onsite_months)) : ready_months',
		},
		{
			key: 'idle_mw_months',
			label: 'Idle capacity',
			unit: 'MW-months',
			formula: 'max(0, load_mw × wait_months − bridged_mw × bridge_run_months)',
		},
		{
			key: 'delay_cost_usd',
			label: 'Cost of the wait',
			unit: 'USD',
			formula: `idle_mw_months × (capex_usd_per_mw × wacc ÷ ${MONTHS_PER_YEAR} + value_usd_per_mw_month)`,
		},
		{
			key: 'bridge_run_months',
			label: 'Months on bridging power before the grid',
			unit: 'months',
			formula: 'onsite_mw > 0 ? max(0, ready_months − max(construction_months, onsite_months)) : 0',
			detail: true,
		},
		{
			key: 'carry_usd_per_mw_month',
			label: 'Cost of one idle MW per month',
			unit: 'USD',
			formula: `capex_usd_per_mw × wacc ÷ ${MONTHS_PER_YEAR} + value_usd_per_mw_month`,
			detail: true,
		},
		{
			key: 'unbridged_delay_cost_usd',
			label: 'Cost of the wait with no bridging',
			unit: 'USD',
			formula: 'load_mw × wait_months × carry_usd_per_mw_month',
			detail: true,
		},
		{
			key: 'wait_covered_share',
			label: 'Share of the wait bridging covers',
			unit: 'fraction',
			formula: 'wait_months > 0 ? bridged_mw × bridge_run_months ÷ (load_mw × wait_months) : 1',
			detail: true,
		},
	],
	headline: 'delay_cost_usd',
	compute(values) {
		return writeOutputs(TIME_TO_POWER_OUTPUTS, computeTimeToPower(readParams(TIME_TO_POWER_PARAMS, values)));
	},
	crossWarn(v) {
		const i = readParams(TIME_TO_POWER_PARAMS, v);
		return i.onsiteMw > i.loadMw
			? [
					{
						param: TIME_TO_POWER_PARAMS.onsiteMw,
						message: `bridging power is above the ${i.loadMw} MW load; only the load is counted`,
					},
				]
			: [];
	},
};
