import type { Range, Scenario } from './parse';
import { mulberry32, normal } from './random';
import type { Calculator, Correlation, NumberField, ParamValues } from './types';

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
	return makeSampler(range, field)(random);
}

/** Precomputes a sampler for one ranged field (the hot loop then does one exp and one normal). */
export function makeSampler(range: Range, field: NumberField): (random: () => number) => number {
	const fromNormal = makeQuantile(range, field);
	return (random) => fromNormal(normal(random));
}

/**
 * The field's value for a standard normal deviate z: its distribution's inverse CDF at Φ(z), so
 * correlated deviates give correlated draws with each field's own marginal (a Gaussian copula).
 */
function makeQuantile(range: Range, field: NumberField): (z: number) => number {
	const lowest = field.minExclusive ? field.min + Number.EPSILON * Math.max(1, Math.abs(field.min)) : field.min;
	const highest = field.max;
	const clamp = field.integer
		? (x: number) => Math.max(Math.ceil(lowest), Math.min(Math.floor(highest), Math.round(x)))
		: (x: number) => Math.min(highest, Math.max(lowest, x));
	if (range.low > 0) {
		const mu = (Math.log(range.low) + Math.log(range.high)) / 2;
		const sigma = (Math.log(range.high) - Math.log(range.low)) / (2 * Z90);
		return (z) => clamp(Math.exp(mu + sigma * z));
	}
	const mu = (range.low + range.high) / 2;
	const sigma = (range.high - range.low) / (2 * Z90);
	return (z) => clamp(mu + sigma * z);
}

/**
 * Which ranged inputs are paired: for the k-th ranged input, the index of its partner drawn before
 * it and the rho, or undefined. Pairs whose inputs are not both ranged are skipped.
 */
export function correlationPlan(
	params: readonly string[],
	correlations: readonly Correlation[] = [],
): readonly ({ readonly partner: number; readonly rho: number } | undefined)[] {
	const plan: ({ partner: number; rho: number } | undefined)[] = params.map(() => undefined);
	const used = new Set<string>();
	for (const c of correlations) {
		if (!(c.rho >= -1 && c.rho <= 1)) throw new Error(`correlation ${c.a}~${c.b}: rho ${c.rho} is not within -1 to 1`);
		if (used.has(c.a) || used.has(c.b) || c.a === c.b)
			throw new Error(`correlation ${c.a}~${c.b}: an input belongs to at most one pair`);
		used.add(c.a);
		used.add(c.b);
		const ia = params.indexOf(c.a);
		const ib = params.indexOf(c.b);
		if (ia < 0 || ib < 0) continue;
		const [first, second] = ia < ib ? [ia, ib] : [ib, ia];
		plan[second] = { partner: first, rho: c.rho };
	}
	return plan;
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

/** Rearranges `a` so that a[k] is the k-th smallest (Hoare's selection); O(n) on average. */
function selectInPlace(a: Float64Array, k: number, from = 0, to = a.length - 1): number {
	let lo = from;
	let hi = to;
	while (hi > lo) {
		const pivot = a[(lo + hi) >> 1]!;
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (a[i]! < pivot) i++;
			while (a[j]! > pivot) j--;
			if (i <= j) {
				const t = a[i]!;
				a[i] = a[j]!;
				a[j] = t;
				i++;
				j--;
			}
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else break;
	}
	return a[k]!;
}

/** The q-quantile of unsorted values by linear interpolation, without a full sort (reorders `a`). */
export function quantileUnsorted(a: Float64Array, q: number): number {
	const n = a.length;
	if (n === 0) return Number.NaN;
	const pos = (n - 1) * q;
	const lo = Math.floor(pos);
	const x = selectInPlace(a, lo);
	if (pos === lo || lo + 1 >= n) return x;
	// the next order statistic is the minimum of the part above lo
	let y = Number.POSITIVE_INFINITY;
	for (let i = lo + 1; i < n; i++) if (a[i]! < y) y = a[i]!;
	return x + (y - x) * (pos - lo);
}

/**
 * Samples of the Monte Carlo behind P10/P50/P90 (the contract's "Ranges"): enough that P10 and P90
 * land within about 1% of a 100,000-sample reference (tests/engine/montecarlo-accuracy.test.ts).
 */
export const MC_SAMPLES = 10_000;

/**
 * The seeded draws of the Monte Carlo: calls `visit` with each sample's inputs (the same object,
 * refilled, so copy what you keep). Ranged inputs are drawn from their own distributions; pairs the
 * calculator declares in `correlations` are joined by a Gaussian copula.
 */
export function forEachDraw(
	calc: Pick<Calculator, 'fields' | 'correlations'>,
	scenario: Scenario,
	options: { samples: number; seed: number },
	visit: (values: Readonly<ParamValues>, sample: number) => void,
): void {
	const random = mulberry32(options.seed);
	const ranged = calc.fields.filter((f) => scenario.ranges[f.param] !== undefined);
	const params = ranged.map((f) => f.param);
	const quantileOf = ranged.map((f) => makeQuantile(scenario.ranges[f.param]!, f));
	// Paired inputs: the second's normal is rho × the first's + √(1 − rho²) × its own. The random
	// stream is the same as for independent sampling, so calculators without pairs are unchanged.
	const plan = correlationPlan(params, calc.correlations);
	const z = new Float64Array(ranged.length);
	const values: ParamValues = { ...scenario.values };
	for (let s = 0; s < options.samples; s++) {
		for (let r = 0; r < quantileOf.length; r++) {
			const own = normal(random);
			const pair = plan[r];
			z[r] = pair ? pair.rho * z[pair.partner]! + Math.sqrt(1 - pair.rho * pair.rho) * own : own;
			values[params[r]!] = quantileOf[r]!(z[r]!);
		}
		visit(values, s);
	}
}

/**
 * Propagates the scenario's ranges through the calculator by seeded Monte Carlo and reports
 * P10/P50/P90 of every numeric output. Deterministic for a given seed.
 */
export function simulate(
	calc: Calculator,
	scenario: Scenario,
	options: { samples?: number; seed: number },
): Simulation {
	const samples = options.samples ?? MC_SAMPLES;
	const numeric = calc.outputs.filter((o) => o.unit !== 'method');
	const numericKeys = numeric.map((o) => o.key);
	const columns = numericKeys.map(() => new Float64Array(samples));
	forEachDraw(calc, scenario, { samples, seed: options.seed }, (values, s) => {
		const out = calc.compute(values);
		for (let k = 0; k < numericKeys.length; k++) {
			const v = out[numericKeys[k]!];
			columns[k]![s] = typeof v === 'number' && Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
		}
	});
	const quantiles: Record<string, Quantiles> = {};
	numericKeys.forEach((key, k) => {
		const column = columns[k]!;
		const whole = numeric[k]!.unit === 'year' || numeric[k]!.unit === 'count';
		const q = (p: number) => {
			const v = quantileUnsorted(column, p);
			if (!Number.isFinite(v)) return null;
			return whole ? Math.round(v) : v;
		};
		quantiles[key] = { p10: q(0.1), p50: q(0.5), p90: q(0.9) };
	});
	return { samples, quantiles };
}
