import { describe, expect, it } from 'vitest';

import { islandProps } from '../../src/components/calculator/islandProps';
import { CHARTS } from '../helpers/engine';
import { LIGHT_THEME } from '../../src/charts/theme';
import { CALCULATORS } from '../../src/registry/calculators';
import { calculatorCsv, scenarioLine, toCsv } from '../../src/islands/calculator/lazy/exports';
import {
	fromSliderPosition,
	LOG_STEPS,
	sliderAttributes,
	toSliderPosition,
} from '../../src/islands/calculator/model/slider';
import { createCalculatorState } from '../../src/islands/calculator/model/store';
import { formulaNumber, substituteFormula } from '../../src/islands/calculator/model/work';
import { contextFor } from '../helpers/engine';
import type { Accelerator } from '../../src/schemas/preset';

describe(toCsv, () => {
	it('joins rows with CRLF', () =>
		expect(
			toCsv([
				['a', 1],
				[null, 'b'],
			]),
		).toBe('a,1\r\n,b\r\n'));
});

describe(calculatorCsv, () => {
	const props = islandProps('power', { mode: 'page', idPrefix: 'x' });
	const ctx = contextFor('power');
	const accelerators = ctx.accelerators as readonly Accelerator[];
	const csvOf = (raw: Record<string, string>, a?: Record<string, string>) => {
		const make = (r: Record<string, string>) => createCalculatorState(CALCULATORS.power, ctx, CHARTS.power, r).view();
		const view = make(raw);
		return calculatorCsv({
			calc: CALCULATORS.power,
			ctx,
			accelerators,
			solved: view.solved,
			compare: a ? make(a).solved : null,
			charts: view.charts,
			provenance: props.provenance,
			presetProvenance: props.presetProvenance,
			sources: props.sources,
			url: 'https://example.test/calculators/power/?pue=1.1~1.4',
		})
			.trimEnd()
			.split('\r\n')
			.map((l) => l.split(','));
	};
	const row = (rows: string[][], section: string, key: string) => rows.find((r) => r[0] === section && r[1] === key)!;

	it('is one table of seven columns, one row per value', () => {
		const rows = csvOf({ pue: '1.1~1.4' });
		expect(rows[0]).toEqual(['section', 'key', 'label', 'value', 'unit', 'default_or_edited', 'source']);
		// Quoted cells may hold commas; every unquoted row has exactly seven cells.
		for (const r of rows.filter((r) => !r.join(',').includes('"'))) expect(r).toHaveLength(7);
	});

	it('marks a value the reader changed as edited and a default as default, with its source', () => {
		const rows = csvOf({ pue: '1.1~1.4', count: '12500' });
		expect(row(rows, 'input', 'pue_low').slice(3, 6)).toEqual(['1.1', 'ratio', 'edited']);
		expect(row(rows, 'input', 'pue_high')[3]).toBe('1.4');
		expect(row(rows, 'input', 'count').slice(3, 6)).toEqual(['12500', 'count', 'edited']);
		const sourced = CALCULATORS.power.fields.find(
			(f) =>
				!(f.param in CALCULATORS.power.preset!.sets) &&
				f.param !== 'count' &&
				f.param !== 'pue' &&
				props.provenance[f.param]?.source,
		)!;
		const r = row(rows, 'input', sourced.param);
		expect(r[5]).toBe('default');
		expect(r.join(',')).toContain(props.sources[props.provenance[sourced.param]!.source!]!.url);
	});

	it('credits a preset’s figures to that figure’s own sources', () => {
		const b200 = accelerators.find((a) => a.id === 'b200')!;
		const board = row(csvOf({ accelerator: 'b200' }), 'input', 'board_w');
		expect(board[3]).toBe(String(CALCULATORS.power.preset!.sets['board_w']!(b200)));
		expect(board[5]).toBe('default');
		// systems/b200.yaml: boardPowerW cites these two; its other figures cite the DGX B200 user guide.
		const cell = board.join(',');
		for (const id of ['thedailyscout-blackwell-power-2025', 'glennklockwood-b200'])
			expect(cell).toContain(props.sources[id]!.url);
		expect(cell).not.toContain(props.sources['nvidia-dgx-b200-user-guide']!.url);
		const overhead = row(csvOf({ accelerator: 'b200' }), 'input', 'server_overhead').join(',');
		expect(overhead).toContain(props.sources['nvidia-dgx-b200-user-guide']!.url);
	});

	it('writes numbers people can read: at most 12 significant figures', () => {
		const rows = csvOf({ count: '123457', board_w: '712.3', pue: '1.17' });
		for (const r of rows)
			if (/^-?\d/.test(r[3] ?? ''))
				expect(r[3]!.replace(/[-.e+]/g, '').replace(/^0+/, '').length).toBeLessThanOrEqual(12);
	});

	it('gives both scenarios when comparing', () => {
		const rows = csvOf({ pue: '1.3' }, { pue: '1.2' });
		expect(row(rows, 'input A', 'pue')[3]).toBe('1.2');
		expect(row(rows, 'input B', 'pue')[3]).toBe('1.3');
		expect(row(rows, 'output A', 'facility_mw')).toBeTruthy();
		expect(row(rows, 'output B', 'facility_mw')).toBeTruthy();
	});

	it('gives each ranged output its P50, P10 and P90', () => {
		const rows = csvOf({ pue: '1.1~1.4' });
		const [p50, p10, p90] = ['facility_mw', 'facility_mw_p10', 'facility_mw_p90'].map((k) =>
			Number(row(rows, 'output', k)[3]),
		);
		expect(p10).toBeLessThanOrEqual(p50!);
		expect(p50).toBeLessThanOrEqual(p90!);
	});
});

describe(scenarioLine, () => {
	it('names the inputs a scenario sets, with labels and formatted values', () => {
		const calc = CALCULATORS.power;
		const ctx = contextFor('power');
		const scenario = (raw: Record<string, string>) =>
			createCalculatorState(calc, ctx, CHARTS.power, raw).view().solved.scenario;
		expect(scenarioLine(calc, ctx, scenario({}))).toBe('the report defaults');
		const line = scenarioLine(calc, ctx, scenario({ count: '200000', pue: '1.1~1.4' }));
		expect(line).toContain('200,000');
		expect(line).toContain('1.1 to 1.4');
		expect(line).not.toMatch(/count|pue|=/);
	});
});

describe('sliders', () => {
	const count = CALCULATORS.power.fields.find((f) => f.param === 'count')!;
	const pue = CALCULATORS.power.fields.find((f) => f.param === 'pue')!;

	it('maps log sliders onto equal ratios', () => {
		expect(sliderAttributes(count.slider!)).toEqual({ min: 0, max: LOG_STEPS, step: 1 });
		expect(toSliderPosition(count.slider!, 1000)).toBe(0);
		expect(toSliderPosition(count.slider!, 1_000_000)).toBe(LOG_STEPS);
		expect(toSliderPosition(count.slider!, 31_623)).toBe(LOG_STEPS / 2);
		expect(fromSliderPosition(count, count.slider!, LOG_STEPS / 2)).toBe(32000);
	});

	it('keeps linear sliders native and rounds to the step', () => {
		expect(sliderAttributes(pue.slider!)).toEqual({ min: 1, max: 2, step: 0.01 });
		expect(fromSliderPosition(pue, pue.slider!, 1.2300000000000002)).toBe(1.23);
	});

	it('clamps values outside the slider and keeps whole numbers whole', () => {
		expect(toSliderPosition(count.slider!, 5)).toBe(0);
		expect(Number.isInteger(fromSliderPosition(count, count.slider!, 37))).toBe(true);
	});
});

describe(substituteFormula, () => {
	it('puts values in for parameter names and output keys, leaving other words', () => {
		expect(substituteFormula('ceil(it_mw × 1000 ÷ rack_kw)', { rack_kw: 40 }, { it_mw: 140.14 })).toBe(
			'ceil(140.1 × 1000 ÷ 40)',
		);
		expect(substituteFormula('air up to air_max_kw', { air_max_kw: 20 }, {})).toBe('air up to 20');
	});

	it('writes whole numbers in full and big ones in scientific notation', () => {
		expect(formulaNumber(16384)).toBe('16,384');
		expect(formulaNumber(3.8e25)).toBe('3.8 × 10²⁵');
		expect(formulaNumber(0.123456)).toBe('0.1235');
	});

	it('ignores names inherited from Object.prototype', () => {
		expect(substituteFormula('constructor × count', { count: 2 }, {})).toBe('constructor × 2');
	});
});

describe(islandProps, () => {
	it('passes the defaults, presets and only the sources the calculator cites', () => {
		const p = islandProps('power', { mode: 'inline', idPrefix: 'p', initial: { count: 5 } });
		expect(p.initial).toEqual({ count: '5' });
		expect(p.defaultPreset).toBe('h100-sxm');
		expect(p.accelerators?.map((a) => a.id)).toContain('b200');
		expect(p.provenance['pue']?.source).toBe('thefreesheet-uptime-pue-2025');
		for (const id of Object.keys(p.sources)) expect(p.sources[id]!.url).toMatch(/^https?:\/\//);
		expect(islandProps('cooling', { mode: 'page', idPrefix: 'c' }).accelerators?.map((a) => a.id)).toContain('gb200');
		expect(islandProps('reliability', { mode: 'page', idPrefix: 'r' }).accelerators).toBeUndefined();
	});

	it('serialises to JSON and back unchanged (Astro passes it as a prop)', () => {
		const p = islandProps('mfu', { mode: 'page', idPrefix: 'm' });
		expect(JSON.parse(JSON.stringify(p))).toEqual(JSON.parse(JSON.stringify(p)));
		expect(JSON.stringify(p)).not.toMatch(/function|=>/);
		expect(LIGHT_THEME.series).toHaveLength(5);
	});
});
