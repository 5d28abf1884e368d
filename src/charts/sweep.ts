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

/**
 * The smallest 1, 2, 2.5 or 5 × 10^k at or above `v`: an axis that ends at a round tick rather
 * than at "19.3". Non-positive or non-finite values pass through.
 */
export function niceCeil(v: number): number {
	if (!(v > 0) || !Number.isFinite(v)) return v;
	const p = 10 ** Math.floor(Math.log10(v));
	const step = [1, 2, 2.5, 5, 10].find((m) => m * p >= v * (1 - 1e-12))!;
	return Number((step * p).toPrecision(12));
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
