import { describe, expect, it } from 'vitest';

import { readScenario, simulate } from '../../src/engine';
import { CALCULATORS } from '../../src/registry/calculators';
import { quantileSorted, sampleRange } from '../../src/engine';
import { mulberry32, normal, seedFromString } from '../../src/engine';
import { contextFor } from '../helpers/engine';

describe('mulberry32', () => {
	it('repeats the same sequence for the same seed', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
	});
	it('stays in [0, 1)', () => {
		const r = mulberry32(7);
		for (let i = 0; i < 10_000; i++) {
			const x = r();
			expect(x >= 0 && x < 1).toBe(true);
		}
	});
	it('gives standard normals with mean ≈ 0 and sd ≈ 1', () => {
		const r = mulberry32(1);
		const xs = Array.from({ length: 20_000 }, () => normal(r));
		const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
		const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
		expect(Math.abs(mean)).toBeLessThan(0.03);
		expect(Math.abs(sd - 1)).toBeLessThan(0.03);
	});
	it('derives different seeds from different URLs', () => {
		expect(seedFromString('pue=1.1~1.4')).not.toBe(seedFromString('pue=1.1~1.5'));
	});
});

describe('quantileSorted', () => {
	it('interpolates linearly', () => {
		expect(quantileSorted([1, 2, 3, 4, 5], 0.5)).toBe(3);
		expect(quantileSorted([0, 10], 0.1)).toBe(1);
		expect(Number.isNaN(quantileSorted([], 0.5))).toBe(true);
	});
});

describe('sampleRange', () => {
	const pue = CALCULATORS.power.fields.find((f) => f.param === 'pue')!;
	it('puts about 90% of draws inside a 90% interval', () => {
		const r = mulberry32(3);
		const draws = Array.from({ length: 20_000 }, () => sampleRange({ low: 1.1, high: 1.4 }, pue, r));
		const inside = draws.filter((x) => x >= 1.1 && x <= 1.4).length / draws.length;
		expect(inside).toBeGreaterThan(0.88);
		expect(inside).toBeLessThan(0.92);
	});
	it('never leaves the field’s hard limits', () => {
		const r = mulberry32(4);
		for (let i = 0; i < 5000; i++) {
			const x = sampleRange({ low: 1, high: 3 }, pue, r);
			expect(x >= 1 && x <= 3).toBe(true);
		}
	});
	it('rounds integer fields', () => {
		const count = CALCULATORS.power.fields.find((f) => f.param === 'count')!;
		const r = mulberry32(5);
		expect(Number.isInteger(sampleRange({ low: 1000, high: 2000 }, count, r))).toBe(true);
	});
});

describe('simulate', () => {
	const ctx = contextFor('power');
	const { scenario } = readScenario(CALCULATORS.power, { pue: '1.1~1.4', count: '80000~120000' }, ctx);
	it('orders P10 <= P50 <= P90 for every output', () => {
		const sim = simulate(CALCULATORS.power, scenario, { seed: 1, samples: 5000 });
		for (const [key, q] of Object.entries(sim.quantiles)) {
			expect(q.p10, key).not.toBeNull();
			expect(q.p10! <= q.p50! && q.p50! <= q.p90!, key).toBe(true);
		}
	});
	it('is deterministic for a seed', () => {
		expect(simulate(CALCULATORS.power, scenario, { seed: 9, samples: 2000 })).toEqual(
			simulate(CALCULATORS.power, scenario, { seed: 9, samples: 2000 }),
		);
	});
	it('centres facility power on the point estimate', () => {
		const sim = simulate(CALCULATORS.power, scenario, { seed: 2, samples: 10_000 });
		const point = CALCULATORS.power.compute(scenario.values)['facility_mw'] as number;
		expect(Math.abs(sim.quantiles['facility_mw']!.p50! - point) / point).toBeLessThan(0.02);
	});
	it('reports "never" as null when most runs stay under a gigawatt', () => {
		const { scenario: s } = readScenario(
			CALCULATORS.growth,
			{ growth_per_year: '1~1.2', end_year: '2026' },
			contextFor('growth'),
		);
		expect(
			simulate(CALCULATORS.growth, s, { seed: 3, samples: 1000 }).quantiles['first_year_over_1gw']!.p50,
		).toBeNull();
	});
});
