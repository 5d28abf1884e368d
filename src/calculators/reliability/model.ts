import { readParams, writeOutputs } from '../../engine';
import type { Calculator, NumberField } from '../../engine';
import { type Hours, type Seconds, SECONDS_PER_HOUR, as } from '../../engine';
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
}

export const RELIABILITY_OUTPUTS = {
	clusterMtbfH: 'cluster_mtbf_h',
	interruptionsPerDay: 'interruptions_per_day',
	checkpointIntervalS: 'checkpoint_interval_s',
	goodput: 'goodput',
} as const satisfies Record<keyof ReliabilityOutputs, string>;

/**
 * Cluster MTBF of a synchronous job: per-accelerator MTBF ÷ count (independent failures, any one
 * stops the job).
 * @see Kokolis et al. 2024 (arXiv 2410.21680); Google Cloud goodput blog (domain-facts §5.3-5.4)
 */
export function clusterMtbfH(mtbfHPerAccel: number, count: number): Hours {
	return as(mtbfHPerAccel / count);
}

/**
 * First-order optimal checkpoint interval (Young 1974 / Daly 2006): √(2 × checkpoint time × MTBF).
 * @returns seconds
 * @see domain-facts §5.4 (standard HPC result, not re-read from the original papers)
 */
export function youngDalyIntervalS(checkpointS: number, mtbfH: number): Seconds {
	return as(Math.sqrt(2 * checkpointS * mtbfH * SECONDS_PER_HOUR));
}

/**
 * Expected goodput: 1 − (checkpoint cost ÷ interval + (interval ÷ 2 + restart) ÷ MTBF), clamped to [0, 1].
 * @see domain-facts §5.4 and §7 example 4
 */
export function expectedGoodput(checkpointS: number, intervalS: number, restartS: number, mtbfH: number): number {
	const waste = checkpointS / intervalS + (intervalS / 2 + restartS) / (mtbfH * SECONDS_PER_HOUR);
	return Math.min(1, Math.max(0, 1 - waste));
}

export function computeReliability(i: ReliabilityInputs): ReliabilityOutputs {
	const mtbf = clusterMtbfH(i.mtbfHPerAccel, i.count);
	const interval = youngDalyIntervalS(i.checkpointS, mtbf);
	return {
		clusterMtbfH: mtbf,
		interruptionsPerDay: 24 / mtbf,
		checkpointIntervalS: interval,
		goodput: expectedGoodput(i.checkpointS, interval, i.restartS, mtbf),
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
		param: 'mtbf_h_per_accel',
		label: 'MTBF per accelerator',
		unit: 'h',
		help: 'Mean hours between job-interrupting failures per accelerator, its share of host, network and software faults included.',
		assumption: 'reliability.mtbf_h_per_accel',
		min: 10,
		max: 100_000_000,
		softMin: 5000,
		softMax: 1_000_000,
		softMinNote: 'far less reliable than the Llama 3 fleet (≈50,700 h)',
		softMaxNote: 'far more reliable than any reported fleet',
		slider: { min: 1000, max: 1_000_000, step: 0, log: true },
	},
	{
		param: 'checkpoint_s',
		label: 'Checkpoint write time',
		unit: 's',
		help: 'Seconds training pauses to write one checkpoint.',
		assumption: 'reliability.checkpoint_s',
		min: 0.1,
		max: 86_400,
		softMax: 3600,
		softMaxNote: 'over an hour per checkpoint',
		slider: { min: 1, max: 1800, step: 1, log: true },
	},
	{
		param: 'restart_s',
		label: 'Restart time',
		unit: 's',
		help: 'Seconds from a failure to training again: detect, replace, reload.',
		assumption: 'reliability.restart_s',
		min: 0,
		max: 86_400,
		slider: { min: 0, max: 7200, step: 10 },
	},
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
		{ key: 'interruptions_per_day', label: 'Interruptions per day', unit: 'per day', formula: '24 ÷ cluster_mtbf_h' },
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
	],
	headline: 'goodput',
	compute(values) {
		return writeOutputs(RELIABILITY_OUTPUTS, computeReliability(readParams(RELIABILITY_PARAMS, values)));
	},
};
