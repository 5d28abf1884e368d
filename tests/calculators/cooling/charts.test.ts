import { describe, expect, it } from 'vitest';

import { coolingChart, coolingFinding } from '../../../src/calculators/cooling/charts';
import type { FillOptions } from '../../../src/charts/theme';
import { CALCULATORS } from '../../../src/registry/calculators';
import { allFinite, chartInput, points, TEST_THEME } from '../../charts/helpers';

describe(coolingChart, () => {
	const input = chartInput('cooling', { rack_kw: '120', liquid_fraction: '0.85' });
	const view = coolingChart(input, TEST_THEME);
	const { config } = view;

	it('plots all-air airflow against rack density from the engine', () => {
		expect(config.type).toBe('line');
		const line = points(config.data.datasets[0]!);
		expect(line).toHaveLength(41);
		expect(line[0]).toEqual({ x: 0, y: 0 });
		for (const p of line.slice(1))
			expect(p.y).toBe(
				CALCULATORS.cooling.compute({ ...input.values, rack_kw: p.x, liquid_fraction: 0 })['air_m3_per_h_per_rack'],
			);
	});

	it('marks this rack at the airflow left to air', () => {
		const current = config.data.datasets[1]!;
		expect(current.label).toBe('This rack');
		expect(points(current)).toEqual([{ x: 120, y: input.outputs['air_m3_per_h_per_rack'] }]);
		expect(current).toMatchObject({ showLine: false, pointRadius: 6 });
	});

	it('shades the four cooling classes between the sourced ceilings', () => {
		const v = input.values;
		const bands = (config.options?.plugins?.aifgFill?.xBands ?? []) as NonNullable<FillOptions['xBands']>;
		expect(bands.map((b) => [b.from, b.to])).toEqual([
			[0, v['air_max_kw']],
			[v['air_max_kw'], v['rear_door_max_kw']],
			[v['rear_door_max_kw'], v['dlc_max_kw']],
			[v['dlc_max_kw'], config.options?.scales?.['x']?.max],
		]);
		expect(bands.every((b) => b.color.startsWith('rgba('))).toBe(true);
		expect(view.legend.filter((l) => l.kind === 'box').map((l) => l.label)).toEqual([
			'Air (contained aisles)',
			'Rear-door heat exchanger',
			'Direct-to-chip liquid',
			'Immersion',
		]);
	});

	it('names the class this density calls for in its summary', () => {
		expect(input.outputs['method']).toBe('direct-to-chip');
		expect(view.summary).toContain('calls for direct-to-chip liquid');
		expect(view.summary).toMatch(
			/^With an 11\.1 °C air temperature rise, an all-air rack needs [\d,]+ m³\/h of air for every 10 kW/,
		);
	});

	it('puts "a" or "an" before the rise as it is spoken, in either unit', () => {
		// 11.1 K is 19.98 °F, printed to three figures as 20.
		expect(coolingChart({ ...input, units: 'imperial' }, TEST_THEME).summary).toMatch(
			/^With a 20 °F air temperature rise/,
		);
		expect(coolingChart(chartInput('cooling', { air_delta_t_c: '8' }), TEST_THEME).summary).toMatch(
			/^With an 8 °C air temperature rise/,
		);
	});

	// Classes by hand from the frozen ceilings: air to 35 kW, rear-door to 80 kW, direct-to-chip to 150 kW.
	it.each([
		['20', 'A 20 kW rack can be cooled by contained air'],
		['40.8', 'A 40.8 kW rack calls for a rear-door heat exchanger'],
		['80', 'An 80 kW rack calls for a rear-door heat exchanger'],
		['120', 'A 120 kW rack calls for direct-to-chip liquid'],
		['200', 'A 200 kW rack calls for immersion cooling'],
	])('titles a %s kW rack with its class: "%s"', (kw, title) => {
		expect(coolingChart(chartInput('cooling', { rack_kw: kw }), TEST_THEME).title).toBe(title);
	});

	it('titles a ranged density by its middle, the geometric mean', () => {
		// √(20 × 80) = 40 kW.
		expect(coolingChart(chartInput('cooling', { rack_kw: '20~80' }), TEST_THEME).title).toBe(
			'A 40 kW rack calls for a rear-door heat exchanger',
		);
	});

	it('falls back to naming the chart when the density or class is missing', () => {
		expect(coolingFinding(null, 'air')).toBe('Airflow per rack against rack density');
		expect(coolingFinding(Number.NaN, 'air')).toBe('Airflow per rack against rack density');
		expect(coolingFinding(40, undefined)).toBe('Airflow per rack against rack density');
	});

	it('tabulates every point with its class', () => {
		expect(view.table.rows).toHaveLength(41);
		expect(view.table.rows[0]![2]).toBe('Air (contained aisles)');
		expect(view.table.rows[40]![2]).toBe('Immersion');
	});

	it('adds a band for ranges and keeps every value finite', () => {
		const ranged = coolingChart(chartInput('cooling', { air_delta_t_c: '8~15' }), TEST_THEME);
		expect(ranged.config.data.datasets).toHaveLength(4);
		expect(ranged.config.options?.plugins?.aifgFill?.between).toHaveLength(1);
		expect(allFinite(ranged.config.data.datasets as { data: unknown }[])).toBe(true);
		expect(
			allFinite(
				coolingChart(chartInput('cooling', { rack_kw: '1000', racks: '1000000' }), TEST_THEME).config.data.datasets as {
					data: unknown;
				}[],
			),
		).toBe(true);
	});
});
