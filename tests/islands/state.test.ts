import { describe, expect, it } from 'vitest';

import { CHARTS } from '../helpers/engine';
import { evaluate, readScenario, simulate } from '../../src/engine';
import { CALCULATOR_ORDER, CALCULATORS } from '../../src/registry/calculators';
import { seedFromString } from '../../src/engine';
import type { Calculator } from '../../src/engine';
import type { CalculatorId } from '../../src/registry/calculators';
import { createCalculatorState, memo } from '../../src/islands/calculator/model/store';
import { displayOutput, textsFor } from '../../src/islands/calculator/model/display';
import { MC_SAMPLES } from '../../src/islands/calculator/model/mc';
import { solve } from '../../src/islands/calculator/model/solve';
import { inputsToQuery } from '../../src/islands/calculator/model/url';
import { contextFor } from '../helpers/engine';

const make = (id: CalculatorId, initial: Record<string, string> = {}) =>
	createCalculatorState(CALCULATORS[id], contextFor(id), CHARTS[id], initial);

describe(memo, () => {
	it('recomputes only when an argument changes', () => {
		let calls = 0;
		const f = memo((a: number, b: object) => {
			calls++;
			return [a, b];
		});
		const o = {};
		expect(f(1, o)).toBe(f(1, o));
		expect(calls).toBe(1);
		f(2, o);
		f(2, {});
		expect(calls).toBe(3);
	});
});

describe(createCalculatorState, () => {
	it.each(CALCULATOR_ORDER)('starts from the registry defaults (%s)', (id) => {
		const view = make(id).view();
		const expected = evaluate(CALCULATORS[id], readScenario(CALCULATORS[id], {}, contextFor(id)).scenario.values);
		expect(expected.ok && view.solved.outputs).toEqual(expected.ok && expected.outputs);
		expect(view.solved.query).toBe('');
		expect(view.solved.quantiles).toBeNull();
		expect(view.hasErrors).toBe(false);
		expect(view.charts.length).toBeGreaterThan(0);
	});

	it('follows a valid edit through the engine to the charts and the query', () => {
		const state = make('power');
		const before = state.view();
		state.setText('count', '200000');
		const after = state.view();
		expect(after.solved.outputs['it_mw']).toBe((200000 * 700 * 1.82 * 1.1) / 1e6);
		expect(after.solved.query).toBe('count=200000');
		expect(after.charts).not.toBe(before.charts);
	});

	it('returns the same objects while nothing changes', () => {
		const state = make('power');
		const a = state.view();
		const b = state.view();
		expect(b.solved).toBe(a.solved);
		expect(b.charts).toBe(a.charts);
	});

	it.each([
		['empty', '', 'Accelerators is empty; enter a number'],
		['letters', 'abc', 'Accelerators "abc" is not a number'],
		['negative', '-5', 'Accelerators must be at least 1'],
		['overflow', '1e400', 'Accelerators is too large to compute'],
		['pasted text', '100,000 GPUs', 'is not a number'],
		['fraction of a count', '2.5', 'Accelerators must be a whole number'],
		['reversed range', '5~1', 'low end must not exceed its high end'],
	])('keeps the last good results and shows the engine’s message for %s input', (_name, text, message) => {
		const state = make('power');
		state.setText('count', '200000');
		const good = state.view();
		state.setText('count', text);
		const bad = state.view();
		expect(bad.fieldErrors['count']).toContain(message);
		expect(bad.hasErrors).toBe(true);
		expect(bad.solved).toBe(good.solved);
		expect(bad.charts).toBe(good.charts);
		expect(bad.texts['count']).toBe(text);
	});

	it('shows a cross-field error at the later field and keeps the last results', () => {
		const state = make('growth');
		const good = state.view().solved;
		state.setText('end_year', '2020');
		const view = state.view();
		expect(view.fieldErrors['end_year']).toMatch(/Project to must be the reference year .* or later/);
		expect(view.solved).toBe(good);
	});

	it('reports soft-range warnings without refusing the value', () => {
		const state = make('power');
		state.setText('pue', '2.5');
		const view = state.view();
		expect(view.warnings['pue']).toMatch(/PUE above 2/);
		expect(view.fieldErrors['pue']).toBeUndefined();
		expect(view.solved.scenario.values['pue']).toBe(2.5);
	});

	it('sets the preset’s fields when the reader picks a preset', () => {
		const state = make('power');
		state.setPreset('b200');
		const view = state.view();
		expect(view.preset).toBe('b200');
		expect(view.texts['board_w']).toBe('1000');
		expect(view.solved.query).toBe('accelerator=b200');
		state.setText('board_w', '1200');
		expect(state.view().solved.query).toBe('accelerator=b200&board_w=1200');
		state.setPreset('not-a-preset');
		expect(state.view().preset).toBe('b200');
	});

	it('keeps an explicit parameter over the preset from a link', () => {
		const view = make('power', { accelerator: 'b200', board_w: '900' }).view();
		expect(view.solved.scenario.values['board_w']).toBe(900);
		expect(view.texts['board_w']).toBe('900');
	});

	it('lists link parameters it ignored, and drops each once its field is edited', () => {
		const state = make('power', { count: 'lots', pue: '0.5', accelerator: 'tpu-v9' });
		const view = state.view();
		expect(view.notice.map((p) => p.param)).toEqual(['accelerator', 'count', 'pue']);
		expect(view.texts['count']).toBe(String(contextFor('power').defaults['count']));
		expect(view.hasErrors).toBe(false);
		state.setText('count', '5000');
		expect(state.view().notice.map((p) => p.param)).toEqual(['accelerator', 'pue']);
	});

	it('loads a whole new state (back/forward, reset)', () => {
		const state = make('power', { count: '5000' });
		state.load({ pue: '1.4' });
		expect(state.view().solved.query).toBe('pue=1.4');
		state.load({});
		expect(state.view().solved.query).toBe('');
	});

	it('notifies subscribers on every change and stops after unsubscribing', () => {
		const state = make('power');
		let n = 0;
		const off = state.subscribe(() => n++);
		state.setText('count', '5');
		state.setTheme({ ...state.view().theme, fg: '#000000' });
		off();
		state.setText('count', '6');
		expect(n).toBe(2);
	});

	it('rebuilds the charts, not the results, when the theme changes', () => {
		const state = make('power');
		const before = state.view();
		state.setTheme({
			...before.theme,
			series: ['#010101', '#020202', '#030303', '#040404', '#050505'],
		});
		const after = state.view();
		expect(after.solved).toBe(before.solved);
		expect(after.charts[0]!.legend[0]!.color).toBe('#010101');
	});
});

describe('ranges', () => {
	it('simulates 10,000 samples seeded by the canonical query, P10 ≤ P50 ≤ P90', () => {
		const state = make('power', { pue: '1.1~1.4', count: '50000~200000' });
		const { solved } = state.view();
		expect(solved.query).toBe('count=50000~200000&pue=1.1~1.4');
		expect(solved.seed).toBe(seedFromString(solved.query));
		const ctx = contextFor('power');
		const expected = simulate(
			CALCULATORS.power,
			readScenario(CALCULATORS.power, { pue: '1.1~1.4', count: '50000~200000' }, ctx).scenario,
			{
				samples: MC_SAMPLES,
				seed: seedFromString(inputsToQuery(CALCULATORS.power, solved.scenario, ctx)),
			},
		);
		expect(solved.quantiles).toEqual(expected.quantiles);
		for (const q of Object.values(solved.quantiles!)) {
			expect(q.p10!).toBeLessThanOrEqual(q.p50!);
			expect(q.p50!).toBeLessThanOrEqual(q.p90!);
		}
	});

	it('writes ranges back into the fields as low~high', () => {
		const state = make('power', { pue: '1.1~1.4' });
		expect(state.view().texts['pue']).toBe('1.1~1.4');
		expect(textsFor(CALCULATORS.power, state.view().solved.scenario)['pue']).toBe('1.1~1.4');
	});
});

describe(displayOutput, () => {
	const solvedFor = (id: CalculatorId, raw: Record<string, string>) => {
		const r = solve(CALCULATORS[id], contextFor(id), readScenario(CALCULATORS[id], raw, contextFor(id)).scenario);
		if (!r.ok) throw new Error(r.message);
		return r.solved;
	};
	const spec = (id: CalculatorId, key: string) => CALCULATORS[id].outputs.find((o) => o.key === key)!;

	it('gives the raw value and text for people', () => {
		const d = displayOutput(spec('power', 'facility_mw'), solvedFor('power', {}));
		expect(d).toEqual({
			value: String(solvedFor('power', {}).outputs['facility_mw']),
			text: '168 MW',
			main: '168 MW',
		});
	});

	it('gives P50 with P10 and P90 for ranges, in one unit', () => {
		const d = displayOutput(spec('power', 'facility_mw'), solvedFor('power', { pue: '1.1~1.4' }));
		expect(Number(d.p10)).toBeLessThanOrEqual(Number(d.value));
		expect(Number(d.value)).toBeLessThanOrEqual(Number(d.p90));
		expect(d.text).toMatch(/^\d+ MW \(\d+ to \d+\)$/);
		expect(d.text).toBe(`${d.main} ${d.band}`);
	});

	it('collapses a band the ranges do not move, but keeps its attributes', () => {
		const d = displayOutput(spec('power', 'accelerator_mw'), solvedFor('power', { pue: '1.1~1.4' }));
		expect(d.text).toBe('70 MW');
		expect(d.p10).toBe(d.p90);
	});

	it('writes the method id and an empty value for "never"', () => {
		expect(
			displayOutput(spec('cooling', 'method'), solvedFor('cooling', { rack_kw: '120' }), {
				'direct-to-chip': 'Direct-to-chip liquid',
			}),
		).toEqual({
			value: 'direct-to-chip',
			text: 'Direct-to-chip liquid',
			main: 'Direct-to-chip liquid',
		});
		const never = displayOutput(
			spec('growth', 'first_year_over_1gw'),
			solvedFor('growth', { end_year: '2024', base_year: '2024' }),
		);
		expect(never.value).toBe('');
		expect(never.text).toBe('not within the projection');
	});
});

describe(solve, () => {
	const broken: Calculator = {
		...CALCULATORS.reliability,
		compute: (v) => ({
			...CALCULATORS.reliability.compute(v),
			goodput: v['count']! > 5 ? Number.NaN : 1,
		}),
	};

	it('refuses a non-finite output with a message naming it', () => {
		const ctx = contextFor('reliability');
		const r = solve(broken, ctx, readScenario(broken, { count: '10' }, ctx).scenario);
		expect(r).toEqual({
			ok: false,
			message: 'These inputs give no finite value for “Goodput”; change one of them.',
		});
	});

	it('keeps the last good results when the engine cannot evaluate an edit', () => {
		const state = createCalculatorState(broken, contextFor('reliability'), CHARTS.reliability, {
			count: '4',
		});
		const good = state.view().solved;
		state.setText('count', '10');
		const view = state.view();
		expect(view.evalError).toMatch(/Goodput/);
		expect(view.hasErrors).toBe(true);
		expect(view.solved).toBe(good);
	});

	it('falls back to the defaults when the first scenario cannot be evaluated', () => {
		const fallback = createCalculatorState(
			{
				...broken,
				compute: (v) => ({
					...CALCULATORS.reliability.compute(v),
					goodput: v['count']! === 7 ? Number.NaN : 1,
				}),
			},
			contextFor('reliability'),
			CHARTS.reliability,
			{ count: '7' },
		);
		expect(fallback.view().solved.scenario.values['count']).toBe(contextFor('reliability').defaults['count']);
	});
});
