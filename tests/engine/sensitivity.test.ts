import { describe, expect, it } from 'vitest';

import { breakEven, breakEvens, defaultRanges, tornado } from '../../src/engine';
import type { CalculatorId } from '../../src/registry/calculators';
import { CONCLUSIONS } from '../helpers/engine';
import { CALCULATORS } from '../../src/registry/calculators';
import { lookupFixture as lookupAssumption } from '../helpers/registry';
import { valuesFor } from '../helpers/engine';

describe('tornado', () => {
	it('ranks inputs by how far they swing facility power', () => {
		const calc = CALCULATORS.power;
		const bars = tornado(calc, valuesFor('power'), defaultRanges(calc, lookupAssumption));
		expect(bars.length).toBeGreaterThan(3);
		for (let i = 1; i < bars.length; i++) expect(bars[i - 1]!.swing).toBeGreaterThanOrEqual(bars[i]!.swing);
		// count spans 50k-200k: nothing else moves facility power as much
		expect(bars[0]!.param).toBe('count');
	});
	it('skips inputs without a range', () => {
		expect(tornado(CALCULATORS.power, valuesFor('power'), {})).toEqual([]);
	});
});

describe('breakEven', () => {
	it('finds the PUE at which the cluster stops fitting the budget', () => {
		const v = valuesFor('power', { count: 50_000 });
		const pue = breakEven(CALCULATORS.power, v, CONCLUSIONS.power, 'pue', 1, 3)!;
		const it_mw = CALCULATORS.power.compute(v)['it_mw'] as number;
		expect(pue).toBeCloseTo(v['budget_mw']! / it_mw, 6);
	});
	it('returns null when the conclusion holds across the whole range', () => {
		expect(breakEven(CALCULATORS.power, valuesFor('power', { count: 1 }), CONCLUSIONS.power, 'pue', 1, 3)).toBeNull();
	});
	it('finds the job size at which goodput drops below 90%', () => {
		const n = breakEven(
			CALCULATORS.reliability,
			valuesFor('reliability'),
			CONCLUSIONS.reliability,
			'count',
			1,
			10_000_000,
		)!;
		const at = (c: number) =>
			CALCULATORS.reliability.compute({ ...valuesFor('reliability'), count: c })['goodput'] as number;
		expect(at(n - 2)).toBeGreaterThan(0.9 - 1e-6);
		expect(at(n + 2)).toBeLessThan(0.9 + 1e-6);
	});
	it('reports every ranged input of a calculator', () => {
		for (const calc of Object.values(CALCULATORS)) {
			const ranges = defaultRanges(calc, lookupAssumption);
			const rows = breakEvens(calc, CONCLUSIONS[calc.id as CalculatorId], valuesFor(calc.id as CalculatorId), ranges);
			expect(rows.map((r) => r.param)).toEqual(calc.fields.filter((f) => ranges[f.param]).map((f) => f.param));
		}
	});
});
