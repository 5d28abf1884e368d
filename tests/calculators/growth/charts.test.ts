import { describe, expect, it } from 'vitest';

import {
	GIGAWATT_MW,
	growthCharts,
	growthFlopChart,
	growthPowerChart,
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

	it('bands the power line when an input is a range', () => {
		const ranged = growthPowerChart(chartInput('growth', { growth_per_year: '3~6' }), TEST_THEME);
		expect(ranged.config.options?.plugins?.aifgFill?.between).toEqual([
			{ upper: 2, lower: 3, color: 'rgba(160, 0, 2, 0.2)' },
		]);
		expect(ranged.table.columns.map((c) => c.label)).toEqual(['Year', 'Power of one run', 'P10', 'P90']);
	});
});

describe(growthFlopChart, () => {
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
