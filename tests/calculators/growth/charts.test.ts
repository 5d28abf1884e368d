import { describe, expect, it } from 'vitest';

import {
	GIGAWATT_MW,
	growthCharts,
	growthFlopChart,
	growthFlopFinding,
	growthPowerChart,
	growthPowerFinding,
	growthRows,
} from '../../../src/calculators/growth/charts';
import { CALCULATORS } from '../../../src/registry/calculators';
import { allFinite, chartInput, datasetsOf, points, TEST_THEME } from '../../charts/helpers';

describe(growthRows, () => {
	it('has every year from base_year to end_year, each the engine’s projection to that year', () => {
		const input = chartInput('growth');
		const rows = growthRows(input);
		const base = input.values['base_year']!;
		expect(rows.map((r) => r.year)).toEqual(
			Array.from({ length: input.values['end_year']! - base + 1 }, (_, i) => base + i),
		);
		for (const r of rows) {
			const o = CALCULATORS.growth.compute({ ...input.values, end_year: r.year });
			expect(r.flop).toBe(o['flop_end']);
			expect(r.mw).toBe(o['power_mw_end']);
		}
		expect(rows.at(-1)!.mw).toBe(input.outputs['power_mw_end']);
	});
});

describe(growthPowerChart, () => {
	const input = chartInput('growth');
	const view = growthPowerChart(input, TEST_THEME);

	it('plots MW per year on a log axis with the 1 GW line', () => {
		expect(view.config.options?.scales?.['y']).toMatchObject({ type: 'logarithmic' });
		const gw = view.config.data.datasets[1]!;
		expect(gw.label).toBe('1 GW');
		expect(points(gw).map((p) => p.y)).toEqual([GIGAWATT_MW, GIGAWATT_MW]);
		expect(gw.borderColor).toBe(TEST_THEME.reference);
	});

	it('labels years without thousands separators', () => {
		const ticks = view.config.options?.scales?.['x']?.ticks as { callback: (v: number) => string };
		expect(ticks.callback(2030)).toBe('2030');
	});

	it('says when a run crosses 1 GW, or that none does', () => {
		const crossing = input.outputs['first_year_over_1gw'];
		expect(typeof crossing).toBe('number');
		expect(view.summary).toContain(`reaching 1 GW in ${crossing}.`);
		const never = growthPowerChart(chartInput('growth', { end_year: String(input.values['base_year']) }), TEST_THEME);
		expect(never.summary).toContain('does not reach 1 GW by');
	});

	// By hand from the frozen defaults: 3.8 × 10²⁵ FLOP ÷ (78 d × 86,400 s × 0.4 × 5.9 × 10¹¹ FLOP/s per W)
	// = 23.89 MW in 2024, times 4.5 ÷ (1.15 × 1.4) = 2.795 a year: 522 MW in 2027, 1,458 MW in 2028
	// (the first year over 1 GW), 11,392 MW in 2030.
	it.each([
		['2030', 'A run first needs 1 GW in 2028 and 11.4 GW in 2030'],
		['2028', 'A run needs 1.46 GW in 2028, its first year over 1 GW'],
		['2027', 'A run needs 522 MW in 2027, short of 1 GW'],
	])('projected to %s, states when a run first needs 1 GW: "%s"', (end, title) => {
		expect(growthPowerChart(chartInput('growth', { end_year: end }), TEST_THEME).title).toBe(title);
	});

	it('marks the last year projected, the year the results are for', () => {
		const mark = view.config.data.datasets.find((d) => d.label === 'Last year projected')!;
		expect(points(mark)).toEqual([{ x: 2030, y: input.outputs['power_mw_end'] }]);
		expect(mark).toMatchObject({ showLine: false, pointRadius: 6, clip: false });
		expect(view.legend.map((l) => l.label)).toEqual(['Power of one run', '1 GW', 'Last year projected']);
	});

	it('falls back to naming the chart when the power is missing', () => {
		expect(growthPowerFinding(null, 2030, 2028)).toBe('Power one training run needs, per year');
		expect(growthPowerFinding(Number.POSITIVE_INFINITY, 2030, null)).toBe('Power one training run needs, per year');
	});

	it('bands the power line when an input is a range', () => {
		const ranged = growthPowerChart(chartInput('growth', { growth_per_year: '3~6' }), TEST_THEME);
		expect(ranged.config.options?.plugins?.aifgFill?.between).toEqual([
			{ upper: 2, lower: 3, color: 'rgba(160, 0, 2, 0.2)' },
		]);
		expect(ranged.table.columns.map((c) => c.label)).toEqual(['Year', 'Power of one run', 'P10', 'P90']);
	});
});

describe(growthFlopChart, () => {
	it('states the compute of the largest run in the last year', () => {
		// By hand: 3.8 × 10²⁵ × 4.5⁶ = 3.8 × 10²⁵ × 8,303.77 = 3.16 × 10²⁹ FLOP.
		expect(growthFlopChart(chartInput('growth'), TEST_THEME).title).toBe(
			'The largest run reaches 3.16 × 10²⁹ FLOP in 2030',
		);
		// A range's middle is its geometric mean: √(4 × 5)⁶ = 20³ = 8,000, so 3.04 × 10²⁹.
		expect(growthFlopChart(chartInput('growth', { growth_per_year: '4~5' }), TEST_THEME).title).toBe(
			'The largest run reaches 3.04 × 10²⁹ FLOP in 2030',
		);
		expect(growthFlopFinding(null, 2030)).toBe('Frontier training compute per year');
	});

	it('marks the last year projected, so one line and its mark are named', () => {
		const input = chartInput('growth');
		const view = growthFlopChart(input, TEST_THEME);
		const mark = view.config.data.datasets.find((d) => d.label === 'Last year projected')!;
		expect(points(mark)).toEqual([{ x: 2030, y: input.outputs['flop_end'] }]);
		expect(view.legend.map((l) => l.label)).toEqual(['Training compute', 'Last year projected']);
	});

	it('plots FLOP per year on a log axis', () => {
		const view = growthFlopChart(chartInput('growth'), TEST_THEME);
		expect(view.config.options?.scales?.['y']).toMatchObject({ type: 'logarithmic' });
		expect(view.summary).toMatch(
			/^Training compute of the largest run grows from .+ × 10.+ FLOP in \d{4} to .+ FLOP in \d{4}\.$/,
		);
	});
});

describe('growthCharts', () => {
	it('stays finite at the extremes', () => {
		for (const v of growthCharts(
			chartInput('growth', { base_flop: '1e32', growth_per_year: '10', end_year: '2060' }),
			TEST_THEME,
		)) {
			expect(allFinite(datasetsOf(v))).toBe(true);
		}
	});
});
