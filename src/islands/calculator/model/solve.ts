/**
 * parse → engine: a read scenario evaluated at its point values, and simulated when it has ranges.
 * Pure; the store (store.ts) calls it on every edit.
 */
import type { BandPoint } from '../../../charts/band';
import type { ChartsBuilder } from '../../../charts';
import {
	type Calculator,
	evaluate,
	type OutputValues,
	type Quantiles,
	type Scenario,
	type ScenarioContext,
	seedFromString,
} from '../../../engine';
import { type McJob, type McResult, runJob } from './mc';
import { inputsToQuery } from './url';

/** A scenario the engine could evaluate: what the results, charts and URL show. */
export interface Solved {
	readonly scenario: Scenario;
	/** Point evaluation (ranges at their midpoints). */
	readonly outputs: OutputValues;
	/** P10/P50/P90 of every numeric output when some input is a range, else null. */
	readonly quantiles: Readonly<Record<string, Quantiles>> | null;
	/** Canonical query string (no `?`): the whole scenario, no named base; the Monte Carlo seed. */
	readonly query: string;
	readonly seed: number;
	/** Chart bands computed with the quantiles (in a worker); null: the builders compute their own. */
	readonly bands?: Readonly<Record<string, readonly BandPoint[] | null>> | null;
}

export type SolveResult = { ok: true; solved: Solved } | { ok: false; message: string };

/** parse → engine: evaluates a scenario at its point values; no Monte Carlo yet. */
export function solvePoint(calc: Calculator, ctx: ScenarioContext, scenario: Scenario): SolveResult {
	const result = evaluate(calc, scenario.values);
	if (!result.ok) {
		const label =
			result.reason === 'nonFinite' ? (calc.outputs.find((o) => o.key === result.output)?.label ?? result.output) : '';
		return {
			ok: false,
			message:
				result.reason === 'nonFinite'
					? `These inputs give no finite value for “${label}”; change one of them.`
					: `The engine could not evaluate these inputs (${result.message}).`,
		};
	}
	const query = inputsToQuery(calc, scenario, ctx);
	return {
		ok: true,
		solved: { scenario, outputs: result.outputs, quantiles: null, query, seed: seedFromString(query) },
	};
}

export const isRanged = (s: Solved) => Object.keys(s.scenario.ranges).length > 0;

export const jobOf = (s: Solved): McJob => ({
	key: s.query,
	values: s.scenario.values,
	ranges: s.scenario.ranges,
	preset: s.scenario.preset,
	seed: s.seed,
});

export const withResult = (s: Solved, r: McResult): Solved => ({ ...s, quantiles: r.quantiles, bands: r.bands });

/** parse → engine: evaluates a read scenario, and simulates it (on this thread) when it has ranges. */
export function solve(calc: Calculator, ctx: ScenarioContext, scenario: Scenario, charts?: ChartsBuilder): SolveResult {
	const point = solvePoint(calc, ctx, scenario);
	if (!point.ok || !isRanged(point.solved)) return point;
	if (charts) return { ok: true, solved: withResult(point.solved, runJob(calc, charts, jobOf(point.solved))) };
	return { ok: true, solved: { ...point.solved, quantiles: runJob(calc, () => [], jobOf(point.solved)).quantiles } };
}
