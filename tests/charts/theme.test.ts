import { describe, expect, it } from 'vitest';

import { bandSeries } from '../../src/charts/band';
import { CHARTS } from '../helpers/engine';
import { logSpace, niceCeil, sweep } from '../../src/charts/sweep';
import { baseOptions, compactNumber, LIGHT_THEME, logTickLabel, withAlpha } from '../../src/charts/theme';
import { CALCULATOR_ORDER } from '../../src/registry/calculators';
import { chartInput, TEST_THEME } from './helpers';

describe(withAlpha, () => {
	it('turns hex colours into rgba and leaves other colours alone', () => {
		expect(withAlpha('#0b5c8a', 0.2)).toBe('rgba(11, 92, 138, 0.2)');
		expect(withAlpha('#fff', 0.5)).toBe('rgba(255, 255, 255, 0.5)');
		expect(withAlpha('rgb(1, 2, 3)', 0.5)).toBe('rgb(1, 2, 3)');
	});
});

describe(compactNumber, () => {
	it.each([
		// Thousands read the same on one axis: "1k" beside "10k", never "1,000" beside "10k".
		[1000, '1k'],
		[2500, '2.5k'],
		[10000, '10k'],
		[25000, '25k'],
		[250000, '250k'],
		[3e6, '3M'],
		[1e25, '10²⁵'],
		[2e25, '2×10²⁵'],
		[0.5, '0.5'],
		[1e-4, '10⁻⁴'],
	])('%d → %s', (v, text) => expect(compactNumber(v)).toBe(text));
});

describe(logTickLabel, () => {
	const ticks = [1000, 2000, 5000, 10000, 20000, 1e5, 1e6].map((value) => ({ value }));
	it('labels powers of ten and leaves other ticks blank on a wide axis', () => {
		expect(ticks.map((t, i) => logTickLabel(t.value, i, ticks))).toEqual(['1k', '', '', '10k', '', '100k', '1M']);
	});
	it('also labels 2 and 5 on an axis of less than three decades', () => {
		const narrow = [1000, 2000, 5000, 10000].map((value) => ({ value }));
		expect(narrow.map((t, i) => logTickLabel(t.value, i, narrow))).toEqual(['1k', '2k', '5k', '10k']);
		const growth = [20, 50, 100, 200, 500, 1000, 2000, 5000].map((value) => ({ value }));
		expect(growth.map((t, i) => logTickLabel(t.value, i, growth))).toEqual([
			'20',
			'50',
			'100',
			'200',
			'500',
			'1k',
			'2k',
			'5k',
		]);
	});
});

describe(baseOptions, () => {
	it('hides band datasets (labels starting with ~) from tooltips', () => {
		const filter = baseOptions(LIGHT_THEME, {}).plugins.tooltip.filter;
		expect(filter({ dataset: { label: '~P90' } })).toBe(false);
		expect(filter({ dataset: { label: 'Facility power' } })).toBe(true);
	});
});

describe(logSpace, () => {
	it('spreads points evenly in ratio, ends included', () => {
		const xs = logSpace(10, 1000, 3);
		expect(xs[0]).toBeCloseTo(10, 12);
		expect(xs[1]).toBeCloseTo(100, 12);
		expect(xs[2]).toBeCloseTo(1000, 12);
	});
});

describe(niceCeil, () => {
	it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
		expect(niceCeil(19.3)).toBe(20);
		expect(niceCeil(20)).toBe(20);
		expect(niceCeil(21)).toBe(25);
		expect(niceCeil(0.031)).toBe(0.05);
		expect(niceCeil(7.2e6)).toBe(1e7);
		expect(niceCeil(1)).toBe(1);
	});
	it('leaves zero, negatives and non-finite values alone', () => {
		expect(niceCeil(0)).toBe(0);
		expect(niceCeil(-3)).toBe(-3);
		expect(niceCeil(Infinity)).toBe(Infinity);
	});
});

describe(sweep, () => {
	it('evaluates the calculator at each x with the override', () => {
		const input = chartInput('power');
		const out = sweep(input, [1, 2], (count) => ({ count }));
		expect(out.map((o) => o['accelerator_mw'])).toEqual([700 / 1e6, 1400 / 1e6]);
	});
});

describe(bandSeries, () => {
	it('returns null without ranges', () => {
		expect(bandSeries(chartInput('power'), [1, 2], (count) => ({ count }), 'facility_mw')).toBeNull();
	});
	it('keeps P10 ≤ P90 at every x and stays aligned with xs', () => {
		const band = bandSeries(
			chartInput('power', { pue: '1.1~1.6', board_w: '600~1000' }),
			[1000, 10000, 100000],
			(count) => ({ count }),
			'facility_mw',
		)!;
		expect(band.map((b) => b.x)).toEqual([1000, 10000, 100000]);
		for (const b of band) expect(b.p10!).toBeLessThanOrEqual(b.p90!);
	});
});

describe('CHARTS', () => {
	it.each(CALCULATOR_ORDER)('gives %s charts with ids, titles, summaries, tables and legends', (id) => {
		const views = CHARTS[id](chartInput(id), TEST_THEME);
		expect(views.length).toBeGreaterThan(0);
		for (const v of views) {
			expect(v.id).toMatch(/^[a-z-]+$/);
			expect(v.title.length).toBeGreaterThan(5);
			expect(v.summary).toMatch(/\.$/);
			expect(v.summary).not.toMatch(/NaN|Infinity|undefined|null|—/);
			expect(v.table.rows.length).toBeGreaterThan(0);
			for (const row of v.table.rows) expect(row).toHaveLength(v.table.columns.length);
			expect(v.legend.length).toBeGreaterThan(0);
		}
		expect(new Set(views.map((v) => v.id)).size).toBe(views.length);
	});
});

describe('tooltip text', () => {
	type Item = {
		dataset: { label?: string; yAxisID?: string };
		parsed: { x: number | null; y: number | null };
	};
	const labelOf = (view: { config: unknown }) =>
		(
			view.config as {
				options: { plugins: { tooltip: { callbacks: { label: (i: Item) => string } } } };
			}
		).options.plugins.tooltip.callbacks.label;

	it('formats by the axis unit, by a function, and shows a dash for a gap', () => {
		const label = baseOptions(LIGHT_THEME, { y: 'MW', y1: (v) => `${v} things` }).plugins.tooltip.callbacks.label;
		expect(label({ dataset: { label: 'Power' }, parsed: { x: 1, y: 1500 } })).toBe('Power: 1.5 GW');
		expect(label({ dataset: { label: 'Other', yAxisID: 'y1' }, parsed: { x: 1, y: 3 } })).toBe('Other: 3 things');
		expect(label({ dataset: {}, parsed: { x: 1, y: null } })).toBe(': —');
		expect(
			baseOptions(LIGHT_THEME, {}).plugins.tooltip.callbacks.label({
				dataset: { label: 'R' },
				parsed: { x: 0, y: 2 },
			}),
		).toBe('R: 2×');
	});

	it('reads the horizontal bar’s value from x', () => {
		const label = labelOf(CHARTS.power(chartInput('power'), TEST_THEME)[0]!);
		expect(label({ dataset: { label: 'Accelerators' }, parsed: { x: 70, y: 0 } })).toBe('Accelerators: 70 MW');
	});
});

describe('edges', () => {
	it('labels no tick for zero or negative log values, and the first of a very short axis', () => {
		expect(logTickLabel(0, 0, [])).toBe('');
		expect(logTickLabel(-1, 0, [])).toBe('');
		expect(logTickLabel(3, 0, [{ value: 3 }, { value: 4 }])).toBe('3');
	});

	it('writes negative and tiny numbers compactly', () => {
		expect(compactNumber(-25000)).toBe('-25k');
		expect(compactNumber(0)).toBe('0');
		expect(compactNumber(2.5e-5)).toBe('2.5×10⁻⁵');
	});

	it('leaves a gap in a band where no sample is finite', () => {
		const input = chartInput('power', { pue: '1.1~1.4' });
		const broken = {
			...input,
			calc: { ...input.calc, compute: () => ({ facility_mw: Number.NaN }) },
		};
		expect(bandSeries(broken, [1, 2], (count) => ({ count }), 'facility_mw')).toEqual([
			{ x: 1, p10: null, p90: null },
			{ x: 2, p10: null, p90: null },
		]);
	});

	it('keeps charts finite and worded when the engine gives no number', () => {
		for (const id of CALCULATOR_ORDER) {
			const input = chartInput(id);
			const empty = {
				...input,
				outputs: Object.fromEntries(Object.keys(input.outputs).map((k) => [k, null])),
			};
			for (const view of CHARTS[id](empty, TEST_THEME)) {
				expect(view.summary).not.toMatch(/NaN|undefined/);
				expect(view.table.rows.length).toBeGreaterThan(0);
			}
		}
	});
});
