import { describe, expect, it } from 'vitest';

import { OCCUPANCIES, tcoFinding, tcoOccupancyChart } from '../../../src/calculators/tco/charts';
import { formatOutput } from '../../../src/format';
import { CALCULATORS } from '../../../src/registry/calculators';
import { allFinite, chartInput, points, TEST_THEME } from '../../charts/helpers';

const usd = (v: unknown) => formatOutput(v as number, 'USD').text;

describe(tcoOccupancyChart, () => {
	// Against on-demand rental near 3.50 USD an hour, the lines cross inside the chart.
	const input = chartInput('tco', { rent_usd_per_hour: '3.5' });
	const view = tcoOccupancyChart(input, TEST_THEME);
	const { config } = view;
	const [own, rent, breakeven, fleet] = config.data.datasets;

	it('plots the engine’s cost of a useful owned hour at every occupancy from 10% to 100%', () => {
		expect(config.type).toBe('line');
		expect(OCCUPANCIES).toHaveLength(37);
		expect(OCCUPANCIES[0]).toBeCloseTo(0.1, 12);
		expect(OCCUPANCIES.at(-1)).toBeCloseTo(1, 12);
		const line = points(own!);
		expect(own!.label).toBe('Owning');
		expect(line).toHaveLength(37);
		line.forEach((p, i) =>
			expect(p.y).toBe(
				CALCULATORS.tco.compute({ ...input.values, occupancy: OCCUPANCIES[i]! })['own_usd_per_effective_hour'],
			),
		);
		expect(line.map((p) => p.x)).toEqual(OCCUPANCIES.map((x) => Number((x * 100).toFixed(6))));
	});

	it('draws renting as a flat dashed line at the engine’s rent per useful hour', () => {
		expect(rent!.label).toBe('Renting');
		expect(points(rent!).map((p) => p.y)).toEqual([
			input.outputs['rent_usd_per_effective_hour'],
			input.outputs['rent_usd_per_effective_hour'],
		]);
		expect(rent!.borderDash).toEqual([6, 3]);
	});

	it('marks the break-even occupancy where the lines cross, and this fleet on the owning line', () => {
		const be = input.outputs['breakeven_occupancy'] as number;
		// 19,560.94 ÷ (8,760 × 3.5) = 0.638, worked out in the model test's defaults.
		expect(be).toBeCloseTo(0.638, 3);
		expect(breakeven!.label).toBe('Break-even');
		for (const p of points(breakeven!)) expect(p.x).toBeCloseTo(be * 100, 4);
		expect(points(breakeven!).map((p) => p.y)).toEqual([0, config.options?.scales?.['y']?.max]);
		expect(breakeven!.borderColor).toBe(TEST_THEME.reference);
		expect(fleet!.label).toBe('This fleet');
		expect(points(fleet!)).toEqual([{ x: 80, y: input.outputs['own_usd_per_effective_hour'] }]);
		expect(fleet).toMatchObject({ showLine: false, pointRadius: 6 });
	});

	it('states the finding in its title and the numbers in its summary', () => {
		expect(view.title).toBe('Owning is cheaper above 63.8% occupancy');
		expect(view.summary).toContain(`renting costs ${usd(input.outputs['rent_usd_per_effective_hour'])}`);
		expect(view.summary).toContain('The lines cross at 63.8% occupancy.');
		expect(view.summary).toContain(`pays ${usd(input.outputs['own_usd_per_effective_hour'])} per useful hour to own`);
	});

	it('says renting wins at any occupancy when owning never pays, and drops the break-even mark', () => {
		const never = tcoOccupancyChart(chartInput('tco', { rent_usd_per_hour: '1.7' }), TEST_THEME);
		expect(never.title).toBe('Renting is cheaper at any occupancy');
		expect(never.summary).toMatch(/The lines do not cross: owning would need 1\d\d% of the hours in a year\./);
		expect(points(never.config.data.datasets[2]!)).toEqual([]);
		expect(never.legend.map((l) => l.label)).not.toContain('Break-even');
	});

	it('keeps the axis where the comparison is readable: at least 2.5 times the larger cost, ending on a round tick', () => {
		const top = config.options?.scales?.['y']?.max as number;
		const full = points(own!).at(-1)!.y!;
		const larger = Math.max(
			input.outputs['rent_usd_per_effective_hour'] as number,
			input.outputs['own_usd_per_effective_hour'] as number,
			full,
		);
		expect(top).toBeGreaterThanOrEqual(2.5 * larger);
		expect(top).toBeLessThanOrEqual(5 * larger);
		const mantissa = top / 10 ** Math.floor(Math.log10(top));
		expect([1, 2, 2.5, 5]).toContain(Number(mantissa.toPrecision(6)));
		expect(config.options?.scales?.['x']).toMatchObject({ min: 10, max: 100 });
	});

	it('tabulates every occupancy with both costs', () => {
		expect(view.table.columns.map((c) => c.label)).toEqual([
			'Occupancy',
			'Owning, per useful hour',
			'Renting, per useful hour',
		]);
		expect(view.table.rows).toHaveLength(37);
		expect(view.table.rows[36]).toEqual([
			OCCUPANCIES[36],
			points(own!)[36]!.y,
			input.outputs['rent_usd_per_effective_hour'],
		]);
	});

	it('adds a P10–P90 band around owning when an input is a range, and stays finite', () => {
		const ranged = tcoOccupancyChart(chartInput('tco', { capex_usd_per_accel: '40000~60000' }), TEST_THEME);
		const sets = ranged.config.data.datasets;
		expect(sets.map((d) => d.label).slice(4)).toEqual(['~P90', '~P10']);
		expect(ranged.config.options?.plugins?.aifgFill?.between).toEqual([
			{ upper: 4, lower: 5, color: 'rgba(160, 0, 1, 0.2)' },
		]);
		points(sets[4]!).forEach((p, i) => expect(p.y!).toBeGreaterThanOrEqual(points(sets[5]!)[i]!.y!));
		expect(ranged.table.columns.map((c) => c.label).slice(3)).toEqual(['Owning P10', 'Owning P90']);
		expect(allFinite(sets as { data: unknown }[])).toBe(true);
	});
});

describe(tcoFinding, () => {
	it.each([
		[0.5, 'Owning is cheaper above 50% occupancy'],
		[1, 'Owning is cheaper above 100% occupancy'],
		[1.2, 'Renting is cheaper at any occupancy'],
		[null, 'Cost per useful hour against occupancy'],
	])('for a break-even of %s says "%s"', (be, title) => {
		expect(tcoFinding(be)).toBe(title);
	});
});
