/**
 * The Monte Carlo behind P10/P50/P90 and the chart bands, as one job: pure, so it runs the same in
 * the worker (src/islands/calculator/workers/*), on the main thread where there is no worker (tests,
 * build time) and in tests. The browser glue that sends jobs to workers is ./workers.ts.
 */
import type { BandPoint } from '../../../charts/band';
import { type ChartInput, type ChartTheme, type ChartView, LIGHT_THEME } from '../../../charts/theme';
import { MC_SAMPLES, type Quantiles, simulate } from '../../../engine';
import type { Range } from '../../../engine';
import type { Calculator, ParamValues } from '../../../engine';

export { MC_SAMPLES } from '../../../engine';

/** One scenario to simulate. `key` is its canonical query, which also gave `seed`. */
export interface McJob {
	readonly key: string;
	/** Only this half of the job (two workers share one job); both when absent. */
	readonly part?: 'quantiles' | 'bands' | undefined;
	readonly values: ParamValues;
	readonly ranges: Readonly<Record<string, Range>>;
	readonly preset?: string | undefined;
	readonly seed: number;
}

export interface McResult {
	readonly key: string;
	/** P10/P50/P90 of every numeric output. */
	readonly quantiles: Readonly<Record<string, Quantiles>>;
	/** Every chart band of the scenario, by band key (see charts/band.ts). */
	readonly bands: Readonly<Record<string, readonly BandPoint[] | null>>;
}

type ChartsBuilder = (input: ChartInput, theme: ChartTheme) => ChartView[];

/** Runs one job: the engine's seeded simulation, then the chart builders to collect their bands. */
export function runJob(calc: Calculator, charts: ChartsBuilder, job: McJob): McResult {
	const scenario = { values: job.values, ranges: job.ranges, preset: job.preset };
	const quantiles =
		job.part === 'bands' ? {} : simulate(calc, scenario, { samples: MC_SAMPLES, seed: job.seed }).quantiles;
	const bands: Record<string, readonly BandPoint[] | null> = {};
	if (job.part !== 'quantiles')
		charts(
			{
				calc,
				values: job.values,
				outputs: calc.compute(job.values),
				ranges: job.ranges,
				seed: job.seed,
				bandSink: bands,
			},
			LIGHT_THEME,
		);
	return { key: job.key, quantiles, bands };
}

/** Serves jobs inside a worker: one message in, one result out. */
export function serve(calc: Calculator, charts: ChartsBuilder): void {
	const scope = globalThis as unknown as {
		onmessage: ((e: { data: McJob }) => void) | null;
		postMessage(m: McResult): void;
	};
	scope.onmessage = (e) => scope.postMessage(runJob(calc, charts, e.data));
}

/** Asks for a job's result; `done` is called once, later (never synchronously). */
export type McRunner = (slot: 'a' | 'b', job: McJob, done: (r: McResult) => void) => void;
