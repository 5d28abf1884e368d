/**
 * Chart series by sweeping one input through the calculator's own `compute`: every point on a
 * chart is the engine's output for that input, so a chart can never disagree with the results.
 * (Importing engine/series.ts would pull all five calculators into every page's bundle.)
 */
import type { OutputValues } from '../engine';
import type { ChartInput } from './theme';

/** `n` points spread evenly on a log scale from `from` to `to`, inclusive. */
export function logSpace(from: number, to: number, n: number): number[] {
	const a = Math.log10(from);
	const b = Math.log10(to);
	return Array.from({ length: n }, (_, i) => 10 ** (a + ((b - a) * i) / (n - 1)));
}

/** The calculator's outputs at each x, with `at(x)` overriding some inputs. */
export function sweep(
	input: ChartInput,
	xs: readonly number[],
	at: (x: number) => Readonly<Record<string, number>>,
): OutputValues[] {
	return xs.map((x) => input.calc.compute({ ...input.values, ...at(x) }));
}

/** A finite number, or null (a gap in a chart). */
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The same sweep for scenario A, when the reader compares two scenarios; else null. */
export function sweepCompare(
	input: ChartInput,
	xs: readonly number[],
	at: (x: number) => Readonly<Record<string, number>>,
): OutputValues[] | null {
	return input.compare ? sweep({ ...input, values: input.compare.values }, xs, at) : null;
}
