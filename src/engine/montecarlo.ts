import type { Range, Scenario } from './parse';
import { mulberry32, normal } from './random';
import type { Calculator, NumberField, ParamValues } from './types';

/** z-score of the 95th percentile: a 90% interval spans ±1.6449 standard deviations. */
const Z90 = 1.6448536269514722;

export interface Quantiles {
	readonly p10: number | null;
	readonly p50: number | null;
	readonly p90: number | null;
}

export interface Simulation {
	readonly samples: number;
	/** Quantiles of every numeric output. `null` stands for "never" (no year crosses 1 GW). */
	readonly quantiles: Readonly<Record<string, Quantiles>>;
}

/**
 * Draws one value for a 90% interval: log-normal when both ends are positive (multiplicative
 * quantities such as PUE or growth rates), normal otherwise; clamped to the field's hard limits.
 */
export function sampleRange(range: Range, field: NumberField, random: () => number): number {
	let x: number;
	if (range.low > 0) {
		const mu = (Math.log(range.low) + Math.log(range.high)) / 2;
		const sigma = (Math.log(range.high) - Math.log(range.low)) / (2 * Z90);
		x = Math.exp(mu + sigma * normal(random));
	} else {
		const mu = (range.low + range.high) / 2;
		const sigma = (range.high - range.low) / (2 * Z90);
		x = mu + sigma * normal(random);
	}
	const lowest = field.minExclusive ? field.min + Number.EPSILON * Math.max(1, Math.abs(field.min)) : field.min;
	x = Math.min(field.max, Math.max(lowest, x));
	return field.integer ? Math.max(Math.ceil(lowest), Math.min(Math.floor(field.max), Math.round(x))) : x;
}

/** The q-quantile of sorted values by linear interpolation. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
	const n = sorted.length;
	if (n === 0) return Number.NaN;
	const pos = (n - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.min(n - 1, lo + 1);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * Propagates the scenario's ranges through the calculator by seeded Monte Carlo and reports
 * P10/P50/P90 of every numeric output. Deterministic for a given seed.
 */
export function simulate(calc: Calculator, scenario: Scenario, options: { samples?: number; seed: number }): Simulation {
	const samples = options.samples ?? 10_000;
	const random = mulberry32(options.seed);
	const ranged = calc.fields.filter((f) => scenario.ranges[f.param] !== undefined);
	const numeric = calc.outputs.filter((o) => o.unit !== 'method');
	const numericKeys = numeric.map((o) => o.key);
	const columns = numericKeys.map(() => new Float64Array(samples));
	const values: ParamValues = { ...scenario.values };
	for (let s = 0; s < samples; s++) {
		for (const field of ranged) values[field.param] = sampleRange(scenario.ranges[field.param]!, field, random);
		const out = calc.compute(values);
		for (let k = 0; k < numericKeys.length; k++) {
			const v = out[numericKeys[k]!];
			columns[k]![s] = typeof v === 'number' && Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
		}
	}
	const quantiles: Record<string, Quantiles> = {};
	numericKeys.forEach((key, k) => {
		const sorted = columns[k]!.sort();
		const whole = numeric[k]!.unit === 'year' || numeric[k]!.unit === 'count';
		const q = (p: number) => {
			const v = quantileSorted(sorted, p);
			if (!Number.isFinite(v)) return null;
			return whole ? Math.round(v) : v;
		};
		quantiles[key] = { p10: q(0.1), p50: q(0.5), p90: q(0.9) };
	});
	return { samples, quantiles };
}
