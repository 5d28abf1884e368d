import { readParams, writeOutputs } from '../../engine';
import type { Calculator, NumberField } from '../../engine';
import { type Hours, type Seconds, SECONDS_PER_HOUR } from '../../engine';
import {
	clusterMtbfH,
	dalyGoodput,
	dalyIntervalS,
	expectedGoodput,
	FIRST_ORDER_GAP,
	JOB_RELIABILITY_FIELDS,
	youngDalyIntervalS,
} from '../../models/reliability';
import { formatOutput } from '../../format';
import { reliabilityMigrations } from './migrations';

/** The goodput the sensitivity section tests against: a job loses no more than a tenth of its time. */
export const GOODPUT_TARGET = 0.9;

export interface ReliabilityInputs {
	/** Accelerators in one synchronous job. */
	readonly count: number;
	/** Mean time between job-interrupting failures per accelerator, h. */
	readonly mtbfHPerAccel: number;
	/** Time to write one checkpoint, s. */
	readonly checkpointS: number;
	/** Time from a failure to training again, s. */
	readonly restartS: number;
}

export const RELIABILITY_PARAMS = {
	count: 'count',
	mtbfHPerAccel: 'mtbf_h_per_accel',
	checkpointS: 'checkpoint_s',
	restartS: 'restart_s',
} as const satisfies Record<keyof ReliabilityInputs, string>;

export interface ReliabilityOutputs {
	readonly clusterMtbfH: Hours;
	readonly interruptionsPerDay: number;
	readonly checkpointIntervalS: Seconds;
	readonly goodput: number;
	/** Daly's higher-order interval, s. */
	readonly checkpointIntervalHigherOrderS: Seconds;
	/** Goodput from Daly's complete model at that interval. */
	readonly goodputHigherOrder: number;
}

export const RELIABILITY_OUTPUTS = {
	clusterMtbfH: 'cluster_mtbf_h',
	interruptionsPerDay: 'interruptions_per_day',
	checkpointIntervalS: 'checkpoint_interval_s',
	goodput: 'goodput',
	checkpointIntervalHigherOrderS: 'checkpoint_interval_higher_order_s',
	goodputHigherOrder: 'goodput_higher_order',
} as const satisfies Record<keyof ReliabilityOutputs, string>;

export function computeReliability(i: ReliabilityInputs): ReliabilityOutputs {
	const mtbf = clusterMtbfH(i.mtbfHPerAccel, i.count);
	const interval = youngDalyIntervalS(i.checkpointS, mtbf);
	const intervalHigherOrder = dalyIntervalS(i.checkpointS, mtbf);
	return {
		clusterMtbfH: mtbf,
		interruptionsPerDay: 24 / mtbf,
		checkpointIntervalS: interval,
		goodput: expectedGoodput(i.checkpointS, interval, i.restartS, mtbf),
		checkpointIntervalHigherOrderS: intervalHigherOrder,
		goodputHigherOrder: dalyGoodput(i.checkpointS, intervalHigherOrder, i.restartS, mtbf),
	};
}

const fields: readonly NumberField[] = [
	{
		param: 'count',
		label: 'Accelerators in the job',
		unit: 'count',
		help: 'Accelerators in one synchronous training job; any one failing stops it.',
		assumption: 'reliability.count',
		min: 1,
		max: 10_000_000,
		integer: true,
		slider: { min: 8, max: 1_000_000, step: 8, log: true },
	},
	{
		...JOB_RELIABILITY_FIELDS.mtbfHPerAccel,
		softMin: 5000,
		softMax: 1_000_000,
		softMinNote: 'far less reliable than the Llama 3 fleet (≈50,700 h)',
		softMaxNote: 'far more reliable than any reported fleet',
	},
	{ ...JOB_RELIABILITY_FIELDS.checkpointS, softMax: 3600, softMaxNote: 'over an hour per checkpoint' },
	JOB_RELIABILITY_FIELDS.restartS,
];

export const reliabilityCalculator: Calculator = {
	id: 'reliability',
	migrations: reliabilityMigrations,
	title: 'Reliability and goodput',
	summary:
		'How often a large training job is interrupted, how often it should checkpoint, and what share of its time is useful work.',
	fields,
	outputs: [
		{ key: 'cluster_mtbf_h', label: 'Time between interruptions', unit: 'h', formula: 'mtbf_h_per_accel ÷ count' },
		{ key: 'interruptions_per_day', label: 'Interruptions', unit: 'per day', formula: '24 ÷ cluster_mtbf_h' },
		{
			key: 'checkpoint_interval_s',
			label: 'Best checkpoint interval',
			unit: 's',
			formula: `√(2 × checkpoint_s × cluster_mtbf_h × ${SECONDS_PER_HOUR})`,
		},
		{
			key: 'goodput',
			label: 'Goodput',
			unit: 'fraction',
			formula: `1 − (checkpoint_s ÷ checkpoint_interval_s + (checkpoint_interval_s ÷ 2 + restart_s) ÷ (cluster_mtbf_h × ${SECONDS_PER_HOUR})), kept within 0 to 1`,
		},
		{
			key: 'checkpoint_interval_higher_order_s',
			label: 'Best checkpoint interval, higher order',
			unit: 's',
			formula: `checkpoint_s ≥ 2 × m ? m : √(2 × checkpoint_s × m) × (1 + √(checkpoint_s ÷ (2 × m)) ÷ 3 + checkpoint_s ÷ (2 × m) ÷ 9) − checkpoint_s, m = cluster_mtbf_h × ${SECONDS_PER_HOUR}`,
			detail: true,
		},
		{
			key: 'goodput_higher_order',
			label: 'Goodput, higher order',
			unit: 'fraction',
			formula: `checkpoint_interval_higher_order_s ÷ (m × exp(restart_s ÷ m) × (exp((checkpoint_interval_higher_order_s + checkpoint_s) ÷ m) − 1)), m = cluster_mtbf_h × ${SECONDS_PER_HOUR}`,
		},
	],
	headline: 'goodput',
	crossWarn(values) {
		const o = computeReliability(readParams(RELIABILITY_PARAMS, values));
		if (Math.abs(o.goodput - o.goodputHigherOrder) <= FIRST_ORDER_GAP) return [];
		return [
			{
				param: RELIABILITY_PARAMS.count,
				message: `Checkpoints and restarts are no longer small against the ${formatOutput(o.clusterMtbfH, 'h').text} between interruptions, so the first-order goodput (${formatOutput(o.goodput, 'fraction').text}) is off: Daly's higher-order estimate gives ${formatOutput(o.goodputHigherOrder, 'fraction').text}.`,
			},
		];
	},
	compute(values) {
		return writeOutputs(RELIABILITY_OUTPUTS, computeReliability(readParams(RELIABILITY_PARAMS, values)));
	},
};
