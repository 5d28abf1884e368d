/**
 * Failures, checkpoints and goodput of a synchronous training job: the reliability calculator's
 * model, shared with the MFU calculator (whose goodput follows the job size). Pure arithmetic.
 */
import { type Hours, type NumberField, type Seconds, SECONDS_PER_HOUR, as } from '../engine';

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

/**
 * Daly's higher-order estimate of the best compute time between checkpoints:
 * √(2δM)·(1 + ⅓·√(δ/2M) + ⅑·(δ/2M)) − δ while δ < 2M, else M (δ checkpoint time, M cluster MTBF).
 * @returns seconds
 * @see Daly 2006, Future Generation Computer Systems 22(3) (source `daly-checkpoint-2006`)
 */
export function dalyIntervalS(checkpointS: number, mtbfH: number): Seconds {
	const m = mtbfH * SECONDS_PER_HOUR;
	if (checkpointS >= 2 * m) return as(m);
	const x = checkpointS / (2 * m);
	return as(Math.sqrt(2 * checkpointS * m) * (1 + Math.sqrt(x) / 3 + x / 9) - checkpointS);
}

/**
 * Goodput from Daly's complete model: solve time ÷ wall-clock time, where a job that checkpoints
 * every τ seconds of work takes M·e^(R/M)·(e^((τ+δ)/M) − 1)·Ts/τ under Poisson failures (failures
 * may strike during checkpoints and restarts too). No small-δ approximation.
 * @see Daly 2006 (source `daly-checkpoint-2006`)
 */
export function dalyGoodput(checkpointS: number, intervalS: number, restartS: number, mtbfH: number): number {
	const m = mtbfH * SECONDS_PER_HOUR;
	return intervalS / (m * Math.exp(restartS / m) * Math.expm1((intervalS + checkpointS) / m));
}

/**
 * Above this gap between the two estimates (two percentage points of goodput), the page says the
 * first-order model has stopped holding: at the defaults that is past about 20,000 accelerators.
 */
export const FIRST_ORDER_GAP = 0.02;

/** First-order goodput of a job of `count` accelerators: the reliability page's `goodput`. */
export function jobGoodput(count: number, mtbfHPerAccel: number, checkpointS: number, restartS: number): number {
	const mtbf = clusterMtbfH(mtbfHPerAccel, count);
	return expectedGoodput(checkpointS, youngDalyIntervalS(checkpointS, mtbf), restartS, mtbf);
}

/**
 * The three inputs of a job's reliability, as both the reliability page and each side of the MFU
 * page ask for them (one default record each); a page adds its own soft limits or suffix.
 */
export const JOB_RELIABILITY_FIELDS = {
	mtbfHPerAccel: {
		param: 'mtbf_h_per_accel',
		label: 'MTBF per accelerator',
		unit: 'h',
		help: 'Mean hours between job-interrupting failures per accelerator, its share of host, network and software faults included.',
		assumption: 'reliability.mtbf_h_per_accel',
		min: 10,
		max: 100_000_000,
		slider: { min: 1000, max: 1_000_000, step: 0, log: true },
	},
	checkpointS: {
		param: 'checkpoint_s',
		label: 'Checkpoint write time',
		unit: 's',
		help: 'Seconds training pauses to write one checkpoint.',
		assumption: 'reliability.checkpoint_s',
		min: 0.1,
		max: 86_400,
		slider: { min: 1, max: 1800, step: 1, log: true },
	},
	restartS: {
		param: 'restart_s',
		label: 'Restart time',
		unit: 's',
		help: 'Seconds from a failure to training again: detect, replace, reload.',
		assumption: 'reliability.restart_s',
		min: 0,
		max: 86_400,
		slider: { min: 0, max: 7200, step: 10 },
	},
} as const satisfies Record<string, NumberField>;
