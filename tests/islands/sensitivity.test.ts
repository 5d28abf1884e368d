import { describe, expect, it } from 'vitest';

import { lookupFixture as lookupAssumption } from '../helpers/registry';
import { defaultRanges, evaluate, readScenario } from '../../src/engine';
import { CONCLUSIONS } from '../helpers/engine';
import { CALCULATOR_ORDER, CALCULATORS } from '../../src/registry/calculators';
import type { CalculatorId } from '../../src/registry/calculators';
import { formatInput } from '../../src/format';
import { LIGHT_THEME } from '../../src/charts/theme';
import { orList, sensitivity, tippingPoints } from '../../src/islands/calculator/lazy/sensitivity';
import { contextFor } from '../helpers/engine';

const scenario = (id: CalculatorId, raw: Record<string, string> = {}) => {
	const calc = CALCULATORS[id];
	const { scenario: s } = readScenario(calc, raw, contextFor(id));
	const r = evaluate(calc, s.values);
	if (!r.ok) throw new Error('engine');
	return { calc, values: s.values, outputs: r.outputs };
};
const text = (id: CalculatorId) => (param: string, v: number) =>
	formatInput(v, CALCULATORS[id].fields.find((f) => f.param === param)!.unit);

describe(orList, () => {
	it('joins clauses with commas and a final "or"', () => {
		expect(orList([])).toBe('');
		expect(orList(['a'])).toBe('a');
		expect(orList(['a', 'b'])).toBe('a or b');
		expect(orList(['a', 'b', 'c'])).toBe('a, b or c');
	});
});

describe(tippingPoints, () => {
	it('says where a cluster that fits its budget stops fitting, nearest first, in words', () => {
		const { calc, values, outputs } = scenario('power', { count: '50000' });
		const t = tippingPoints(calc, CONCLUSIONS[calc.id as CalculatorId], values, outputs, text('power'));
		expect(t.holds).toBe(true);
		expect(t.sentence).toMatch(
			/^The cluster fits the 100 MW power budget: it draws 84.1 MW\. It stops fitting 100 MW with /,
		);
		expect(t.sentence).toMatch(/PUE above 1\.43/);
		expect(t.sentence).toMatch(/, each on its own with the other inputs held\.$/);
		const pue = t.points.find((p) => p.param === 'pue')!;
		expect(pue).toMatchObject({ direction: 'above', now: '1.2' });
		// At the break-even the conclusion is exactly on its edge: facility power equals the budget.
		const at = evaluate(calc, { ...values, pue: pue.value });
		expect(at.ok && (at.outputs['facility_mw'] as number)).toBeCloseTo(100, 6);
		const distances = t.points.map((p) => p.distance);
		expect(distances).toEqual([...distances].sort((a, b) => a - b));
	});

	it('says what would make a failing conclusion hold', () => {
		const { calc, values, outputs } = scenario('power');
		const t = tippingPoints(calc, CONCLUSIONS[calc.id as CalculatorId], values, outputs, text('power'));
		expect(t.holds).toBe(false);
		expect(t.sentence).toMatch(
			/^The cluster does not fit the 100 MW power budget: it draws 168 MW\. It would fit 100 MW with /,
		);
		expect(t.points.find((p) => p.param === 'count')).toMatchObject({ direction: 'below', at: '59,464' });
	});

	it.each(CALCULATOR_ORDER)('gives %s a sentence and only finite tipping points that flip its conclusion', (id) => {
		const { calc, values, outputs } = scenario(id);
		const t = tippingPoints(calc, CONCLUSIONS[calc.id as CalculatorId], values, outputs, text(id));
		expect(t.sentence).not.toMatch(/NaN|undefined|Infinity/);
		const margin = (v: typeof values) => {
			const r = evaluate(calc, v);
			return r.ok ? CONCLUSIONS[id].margin(r.outputs, v) : Number.NaN;
		};
		expect(margin(values) > 0).toBe(t.holds);
		for (const p of t.points) {
			expect(Number.isFinite(p.value)).toBe(true);
			// A little past the tipping point, the conclusion has flipped.
			const field = calc.fields.find((f) => f.param === p.param)!;
			const past =
				p.direction === 'above' ? p.value * 1.01 + (field.integer ? 1 : 0) : p.value * 0.99 - (field.integer ? 1 : 0);
			if (past < field.min || past > field.max) continue;
			expect(margin({ ...values, [p.param]: past }) > 0, `${id}.${p.param}`).toBe(!t.holds);
		}
	});

	it('has words for every calculator’s conclusion', () => {
		for (const id of CALCULATOR_ORDER)
			expect(Object.keys(CONCLUSIONS[id].text).sort()).toEqual(['breaks', 'fails', 'holds', 'mends']);
	});

	it('says so when no single input changes the conclusion', () => {
		const { calc, values, outputs } = scenario('reliability', { count: '8' });
		const t = tippingPoints(calc, CONCLUSIONS[calc.id as CalculatorId], values, outputs, text('reliability'));
		expect(t.holds).toBe(true);
		if (t.points.length === 0) expect(t.sentence).toMatch(/No single input, moved within its limits, changes that\.$/);
		else expect(t.sentence).toMatch(/It drops below 90% with /);
	});
});

describe(sensitivity, () => {
	it.each(CALCULATOR_ORDER)('ranks %s inputs by swing of the headline over their registry ranges', (id) => {
		const { calc, values, outputs } = scenario(id);
		const plausible = defaultRanges(calc, lookupAssumption);
		const s = sensitivity(calc, CONCLUSIONS[id], values, outputs, plausible, LIGHT_THEME, text(id));
		expect(s.bars.map((b) => b.param).sort()).toEqual(Object.keys(plausible).sort());
		const swings = s.bars.map((b) => b.swing);
		expect(swings).toEqual([...swings].sort((a, b) => b - a));
		for (const b of s.bars) {
			expect(b.low).toBe(plausible[b.param]!.low);
			expect(b.high).toBe(plausible[b.param]!.high);
		}
		expect(s.chart.id).toBe('tornado');
		expect(s.statement).toBe(CONCLUSIONS[id].statement);
	});
});
