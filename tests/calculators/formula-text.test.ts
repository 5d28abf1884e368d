/**
 * Every output's formula text, read back as arithmetic, equals what the calculator computes: a
 * text that drifts from its code (or a constant changed on one side) fails here.
 */
import { describe, expect, it } from 'vitest';

import { evaluateFormula, mulberry32, type NumberField, type ParamValues } from '../../src/engine';
import { CALCULATOR_ORDER, CALCULATORS } from '../../src/registry/calculators';

/** Outputs whose relation is a rule in words, not arithmetic. */
const IN_WORDS: Readonly<Record<string, readonly string[]>> = {
	cooling: ['method'],
	// The link's value when it gives one, else the reliability model's: tested in mfu/model.test.ts.
	mfu: ['goodput_general', 'goodput_purpose'],
	growth: ['first_year_over_1gw'],
	tco: ['cheaper', 'crf'],
};

/** A value inside the field's slider range (or its limits), seeded. */
function draw(field: NumberField, random: () => number): number {
	const lo = field.slider?.min ?? field.min;
	const hi = field.slider?.max ?? field.max;
	const x = field.slider?.log && lo > 0 ? lo * (hi / lo) ** random() : lo + (hi - lo) * random();
	return field.integer ? Math.round(x) : x;
}

describe.each(CALCULATOR_ORDER)('%s: formula texts', (id) => {
	const calc = CALCULATORS[id];
	const arithmetic = calc.outputs.filter((o) => !(IN_WORDS[id] ?? []).includes(o.key));

	it('states every relation that is not a rule in words as arithmetic the test can read', () => {
		const values: ParamValues = Object.fromEntries(calc.fields.map((f) => [f.param, draw(f, () => 0.5)]));
		const outputs = calc.compute(values);
		const env = {
			...values,
			...(Object.fromEntries(Object.entries(outputs).filter(([, v]) => typeof v === 'number')) as ParamValues),
		};
		for (const o of arithmetic) expect(evaluateFormula(o.formula, env), `${id}.${o.key}: ${o.formula}`).not.toBeNull();
	});

	it.each(arithmetic.map((o) => [o.key, o.formula] as const))(
		'%s = %s, on 200 seeded random inputs',
		(key, formula) => {
			const random = mulberry32(20261201);
			for (let i = 0; i < 200; i++) {
				const values: ParamValues = Object.fromEntries(calc.fields.map((f) => [f.param, draw(f, random)]));
				const outputs = calc.compute(values);
				const actual = outputs[key];
				if (typeof actual !== 'number' || !Number.isFinite(actual)) continue;
				const env = {
					...values,
					...(Object.fromEntries(Object.entries(outputs).filter(([, v]) => typeof v === 'number')) as ParamValues),
				};
				const stated = evaluateFormula(formula, env)!;
				expect(Math.abs(stated - actual), `${key} with ${JSON.stringify(values)}`).toBeLessThanOrEqual(
					1e-9 * Math.max(1, Math.abs(actual)),
				);
			}
		},
	);
});

describe(evaluateFormula, () => {
	it.each([
		['count × board_w ÷ 1,000,000', { count: 1000, board_w: 700 }, 0.7],
		['ceil(it_mw × 1000 ÷ rack_kw)', { it_mw: 1.015, rack_kw: 10 }, 102],
		['(a + b) × 10¹²', { a: 1, b: 2 }, 3e12],
		['√(2 × x × 3600)', { x: 2 }, Math.sqrt(14_400)],
		['x ÷ exp(y ÷ m), m = 2 × z', { x: 6, y: 4, z: 1 }, 6 / Math.E ** 2],
		['base × g^(y − b)', { base: 2, g: 3, y: 2026, b: 2024 }, 18],
		['x^n ÷ 2, n = y − b', { x: 4, y: 3, b: 1 }, 8],
		['1 − x, kept within 0 to 1', { x: 1.5 }, 0],
		['max(a, b) − min(a, b)', { a: 3, b: 5 }, 2],
		['a > 0 ? min(b, c) : b', { a: 1, b: 7, c: 4 }, 4],
		['a > 0 ? min(b, c) : b', { a: 0, b: 7, c: 4 }, 7],
		['a − 1 ≤ b ? 1 : 2', { a: 3, b: 2 }, 1],
	] as const)('%s → %s', (text, env, expected) => {
		expect(evaluateFormula(text, env)).toBeCloseTo(expected, 9);
	});

	it.each([
		['the first year whose power ≥ 1000 MW'],
		['count × unknown_name'],
		['count ×'],
		['(count'],
		['count > 0 ? count :'],
		['count = 0 ? 1 : 2'],
	])('returns null for "%s", which is not arithmetic it can read', (text) =>
		expect(evaluateFormula(text, { count: 1 })).toBeNull(),
	);
});
