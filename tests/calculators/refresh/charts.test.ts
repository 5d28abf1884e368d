import { describe, expect, it } from 'vitest';

import { positionSteps, racksByPositionChart, refreshFinding } from '../../../src/calculators/refresh/charts';
import { CALCULATORS } from '../../../src/registry/calculators';
import { allFinite, chartInput, points, TEST_THEME } from '../../charts/helpers';

describe(racksByPositionChart, () => {
	const input = chartInput('refresh');
	const view = racksByPositionChart(input, TEST_THEME);
	const [fit, retrofit, rack, hall] = view.config.data.datasets;

	it('plots the engine’s racks that fit against the position design power, past the new rack’s power', () => {
		const xs = positionSteps(input.values);
		expect(xs[0]).toBe(1);
		expect(xs.at(-1)).toBe(150); // 120 kW × 1.25
		for (const p of points(fit!))
			expect(p.y).toBe(CALCULATORS.refresh.compute({ ...input.values, position_kw: p.x })['racks_fit']);
		expect(view.config.options?.scales?.['x']).toMatchObject({ type: 'linear', min: 0, max: 150 });
	});

	it('marks the new system’s rack power as a vertical line, and the racks a retrofit holds as a level', () => {
		expect(points(rack!).map((p) => p.x)).toEqual([120, 120]);
		expect(points(rack!)[0]!.y).toBe(0);
		// By hand: min(800 positions, 12,000 kW ÷ 120 kW) = 100 racks after a retrofit.
		expect(points(retrofit!).map((p) => p.y)).toEqual([100, 100]);
	});

	it('marks this hall', () => {
		expect(points(hall!)).toEqual([{ x: 15, y: 100 }]);
	});

	// By hand: min(floor(positions ÷ ceil(120 kW ÷ position kW)), floor(12,000 kW ÷ 120 kW) = 100).
	it.each([
		[{}, '100 racks of 120 kW fit in 15 kW positions'], // 8 positions a rack: 800 ÷ 8 = 100
		[{ position_kw: '10' }, '66 racks of 120 kW fit in 10 kW positions'], // 12 a rack: floor(800 ÷ 12)
		[{ position_kw: '10~40' }, '100 racks of 120 kW fit in 20 kW positions'], // √(10 × 40) = 20: 6 a rack, power sets 100
		[{ position_kw: '10', positions: '12' }, '1 rack of 120 kW fits in 10 kW positions'],
		[{ position_kw: '10', positions: '4' }, 'No 120 kW rack fits in 10 kW positions'],
	])('with %j, states the racks the hall holds in its title: "%s"', (raw, title) => {
		expect(racksByPositionChart(chartInput('refresh', raw), TEST_THEME).title).toBe(title);
	});

	it('falls back to naming the chart when the count is missing', () => {
		expect(refreshFinding(null, 120, 15)).toBe('New racks that fit against the position design power');
	});

	it('summarises the hall, the racks and what is stranded', () => {
		expect(view.summary).toBe(
			'A hall of 800 positions designed for 15 kW each holds 100 racks of 120 kW, each taking 8 positions, and strands 0 MW of its 12 MW. ' +
				'From positions of 120 kW (the new rack’s power, marked) every rack needs one position; a retrofit to that power holds 100 racks.',
		);
	});

	it('counts fewer racks on positions designed for less power', () => {
		const low = points(fit!).filter((p) => p.x < 15);
		expect(low.every((p) => (p.y ?? 0) <= 100)).toBe(true);
		// 7.5 kW positions: 16 a rack, 800 ÷ 16 = 50 racks (by hand).
		expect(CALCULATORS.refresh.compute({ ...input.values, position_kw: 7.5 })['racks_fit']).toBe(50);
	});

	it('is finite with a band and when no rack fits', () => {
		const ranged = racksByPositionChart(chartInput('refresh', { position_kw: '10~20' }), TEST_THEME);
		expect(ranged.config.data.datasets).toHaveLength(6);
		expect(allFinite(ranged.config.data.datasets as { data: unknown }[])).toBe(true);
		const none = racksByPositionChart(chartInput('refresh', { positions: '3' }), TEST_THEME);
		expect(allFinite(none.config.data.datasets as { data: unknown }[])).toBe(true);
	});
});
