/**
 * Paired inputs in the Monte Carlo: a Gaussian copula with a stated rho. The sample correlation of
 * the draws matches rho, and each input keeps the distribution its range gives it.
 */
import { describe, expect, it } from 'vitest';

import { correlationPlan, forEachDraw, simulate, type Calculator, type NumberField } from '../../src/engine';
import { CALCULATORS } from '../../src/registry/calculators';

const field = (param: string): NumberField => ({
	param,
	label: param,
	unit: 'ratio',
	help: 'A test input.',
	assumption: `test.${param}`,
	min: -1e9,
	max: 1e9,
});

const pairOf = (rho: number): Calculator => ({
	id: 'pair',
	title: 'Pair',
	summary: 'Two inputs drawn together.',
	fields: [field('a'), field('b'), field('c')],
	outputs: [
		{ key: 'a', label: 'a', unit: 'ratio', formula: 'a' },
		{ key: 'b', label: 'b', unit: 'ratio', formula: 'b' },
	],
	headline: 'a',
	correlations: [{ a: 'a', b: 'b', rho, note: 'A test pair.' }],
	compute: (v) => ({ a: v['a']!, b: v['b']! }),
});

const pearson = (x: readonly number[], y: readonly number[]) => {
	const n = x.length;
	const mx = x.reduce((s, v) => s + v, 0) / n;
	const my = y.reduce((s, v) => s + v, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		sxy += (x[i]! - mx) * (y[i]! - my);
		sxx += (x[i]! - mx) ** 2;
		syy += (y[i]! - my) ** 2;
	}
	return sxy / Math.sqrt(sxx * syy);
};

/** Spearman's rank correlation. */
const ranks = (x: readonly number[]) => {
	const order = x.map((v, i) => [v, i] as const).sort((p, q) => p[0] - q[0]);
	const r = new Array<number>(x.length);
	order.forEach(([, i], k) => (r[i] = k));
	return r;
};

function draws(calc: Calculator, ranges: Record<string, { low: number; high: number }>, samples = 50_000) {
	const scenario = { values: { a: 0, b: 0, c: 0 }, ranges };
	const cols: Record<string, number[]> = { a: [], b: [], c: [] };
	forEachDraw(calc, scenario, { samples, seed: 7 }, (v) => {
		for (const k of ['a', 'b', 'c']) cols[k]!.push(v[k]!);
	});
	return cols;
}

// Standard normal quantiles: Φ⁻¹(0.9) = 1.28155; a 90% interval −1.6449~1.6449 is a standard normal.
const Z90 = 1.6448536269514722;
const Q90 = 1.2815515655446004;

describe('correlated Monte Carlo draws', () => {
	it.each([0.5, 0.9, -0.4])('normal pair: sample correlation matches rho = %s within 0.02', (rho) => {
		const c = draws(pairOf(rho), {
			a: { low: -Z90, high: Z90 },
			b: { low: -Z90, high: Z90 },
			c: { low: -Z90, high: Z90 },
		});
		expect(Math.abs(pearson(c['a']!, c['b']!) - rho)).toBeLessThan(0.02);
		// the third input stays independent of both
		expect(Math.abs(pearson(c['a']!, c['c']!))).toBeLessThan(0.02);
		expect(Math.abs(pearson(c['b']!, c['c']!))).toBeLessThan(0.02);
	});

	it('log-normal pair: rank correlation is (6/π)·asin(rho/2), and each marginal keeps its 90% interval', () => {
		const rho = 0.7;
		// PUE-like ranges: 5% and 95% points at the ends
		const c = draws(pairOf(rho), { a: { low: 1.1, high: 1.4 }, b: { low: 0.3, high: 0.6 } });
		const expected = (6 / Math.PI) * Math.asin(rho / 2);
		expect(Math.abs(pearson(ranks(c['a']!), ranks(c['b']!)) - expected)).toBeLessThan(0.02);
		for (const [k, low, high] of [
			['a', 1.1, 1.4],
			['b', 0.3, 0.6],
		] as const) {
			const sorted = [...c[k]!].sort((p, q) => p - q);
			const at = (q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;
			// 5th and 95th percentiles land on the range's ends within 1.5%
			expect(Math.abs(at(0.05) - low) / low).toBeLessThan(0.015);
			expect(Math.abs(at(0.95) - high) / high).toBeLessThan(0.015);
		}
	});

	it('leaves the first input’s draws, and an uncorrelated calculator’s results, exactly as before', () => {
		const ranges = { a: { low: 1, high: 2 }, b: { low: 3, high: 5 } };
		const scenario = { values: { a: 1.4, b: 4, c: 0 }, ranges };
		const paired = simulate(pairOf(0.8), scenario, { samples: 5000, seed: 3 });
		const { correlations: _c, ...free } = pairOf(0.8);
		const independent = simulate(free, scenario, { samples: 5000, seed: 3 });
		expect(paired.quantiles['a']).toEqual(independent.quantiles['a']);
		// b's marginal is the same distribution, so its quantiles agree within sampling error
		for (const q of ['p10', 'p50', 'p90'] as const)
			expect(Math.abs(paired.quantiles['b']![q]! - independent.quantiles['b']![q]!) / 4).toBeLessThan(0.02);
		// and a standard-normal quantile check: P90 of b = exp(μ + 1.2816 σ)
		const mu = (Math.log(3) + Math.log(5)) / 2;
		const sigma = (Math.log(5) - Math.log(3)) / (2 * Z90);
		expect(Math.abs(paired.quantiles['b']!.p90! - Math.exp(mu + Q90 * sigma)) / 4).toBeLessThan(0.02);
	});

	it('skips a pair unless both inputs are ranged, and refuses an input in two pairs or a rho beyond ±1', () => {
		expect(correlationPlan(['a', 'c'], [{ a: 'a', b: 'b', rho: 0.5, note: '' }])).toEqual([undefined, undefined]);
		expect(correlationPlan(['b', 'a'], [{ a: 'a', b: 'b', rho: 0.5, note: '' }])).toEqual([
			undefined,
			{ partner: 0, rho: 0.5 },
		]);
		expect(() =>
			correlationPlan(
				['a', 'b', 'c'],
				[
					{ a: 'a', b: 'b', rho: 0.5, note: '' },
					{ a: 'b', b: 'c', rho: 0.5, note: '' },
				],
			),
		).toThrow(/at most one pair/);
		expect(() => correlationPlan(['a', 'b'], [{ a: 'a', b: 'b', rho: 1.5, note: '' }])).toThrow(/within -1 to 1/);
	});

	it('the MFU calculator pairs general-purpose and purpose-built MFU and goodput, on its own inputs', () => {
		const mfu = CALCULATORS.mfu;
		const params = new Set(mfu.fields.map((f) => f.param));
		const pairs = (mfu.correlations ?? []).map((c) => [c.a, c.b].sort().join('~'));
		expect(pairs).toEqual(expect.arrayContaining(['mfu_general~mfu_purpose', 'goodput_general~goodput_purpose']));
		for (const c of mfu.correlations ?? []) {
			expect(params.has(c.a) && params.has(c.b)).toBe(true);
			expect(() => correlationPlan([...params], mfu.correlations)).not.toThrow();
		}
	});
});
