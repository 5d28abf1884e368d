import { describe, expect, it } from 'vitest';

import {
	bridgingSteps,
	delayCostChart,
	delayFinding,
	pathsChart,
	pathsFinding,
	TIME_PATHS,
} from '../../../src/calculators/time-to-power/charts';
import { CALCULATORS } from '../../../src/registry/calculators';
import { allFinite, chartInput, points, TEST_THEME } from '../../charts/helpers';

describe(pathsChart, () => {
	it('draws each path as a bar from month 0 to its own months, on one time axis', () => {
		const view = pathsChart(chartInput('time-to-power', { onsite_mw: '60', onsite_months: '9' }), TEST_THEME);
		expect(view.config.options?.indexAxis).toBe('y');
		expect(view.config.data.labels).toEqual(TIME_PATHS.map((p) => p.label));
		// Defaults: construction 24, interconnection 55, transformers 35; bridging as set.
		expect(view.config.data.datasets[0]!.data).toEqual([
			[0, 24],
			[0, 55],
			[0, 35],
			[0, 9],
		]);
		expect(view.config.options?.scales?.['x']).toMatchObject({ type: 'linear', beginAtZero: true });
	});

	it('shades the months the finished building waits for the grid, and names only the shading', () => {
		const view = pathsChart(chartInput('time-to-power'), TEST_THEME);
		expect(view.config.options?.plugins?.aifgFill?.xBands).toEqual([
			{ from: 24, to: 55, color: expect.stringMatching(/^rgba\(/) as unknown as string },
		]);
		// The bars are named on their axis; a legend of them would repeat it.
		expect(view.legend.map((l) => l.label)).toEqual(['Finished building waits for the grid']);
		expect(view.keepLegend).toBe(true);
	});

	// Defaults: construction 24 months, the grid at max(55, 35) = 55, so the building waits 55 − 24 = 31.
	it.each([
		[{}, 'The finished building waits 31 months for the grid'],
		[{ construction_months: '60' }, 'Grid power is ready at 55 months, before the building'],
		[{ construction_months: '55' }, 'Grid and building are both ready at 55 months'],
		[{ interconnect_months: '24~96' }, 'The finished building waits 24 months for the grid'],
	])('with %j, states the wait in its title: "%s"', (raw, title) => {
		// A range's middle is its geometric mean: √(24 × 96) = 48 months to the grid, 24 of them waiting.
		expect(pathsChart(chartInput('time-to-power', raw), TEST_THEME).title).toBe(title);
	});

	it('falls back to naming the chart when the wait is missing', () => {
		expect(pathsFinding(null, 55, 24)).toBe('The paths to power, month by month');
		expect(pathsFinding(31, Number.NaN, 24)).toBe('The paths to power, month by month');
	});

	it('leaves the bridging bar empty, and says so, when there is no bridging power', () => {
		const view = pathsChart(chartInput('time-to-power'), TEST_THEME);
		expect(view.config.data.datasets[0]!.data[3]).toBeNull();
		expect(view.table.rows[3]).toEqual(['Bridging power', null]);
		expect(view.summary).toBe(
			'The building is finished at 24 months; grid power arrives at 55 months, set by the longer of interconnection (55 months) and transformers (35 months). ' +
				'The finished building waits 31 months for the grid. There is no bridging power, so the site first runs when the grid arrives.',
		);
	});

	it('has no wait band when the grid is ready before the building', () => {
		const view = pathsChart(chartInput('time-to-power', { construction_months: '60' }), TEST_THEME);
		expect(view.config.options?.plugins?.aifgFill?.xBands).toEqual([]);
		expect(view.summary).toContain('The grid is ready before the building.');
	});
});

describe(delayCostChart, () => {
	const input = chartInput('time-to-power');
	const view = delayCostChart(input, TEST_THEME);
	const [line, site] = view.config.data.datasets;

	it('sweeps bridging power from none to a quarter above the load', () => {
		const xs = bridgingSteps(input.values);
		expect(xs[0]).toBe(0);
		expect(xs[xs.length - 1]).toBe(125);
		expect(points(line!).map((p) => p.x)).toEqual(xs);
	});

	it('plots the engine’s cost of the wait, in billions of US dollars once it reaches a billion', () => {
		for (const p of points(line!))
			expect(p.y).toBeCloseTo(
				Number(CALCULATORS['time-to-power'].compute({ ...input.values, onsite_mw: p.x })['delay_cost_usd']) / 1e9,
				9,
			);
		// By hand: no bridging → 3,100 MW-months × 938,000 USD = 2.9078 billion; 100 MW or more → 0.
		expect(points(line!)[0]!.y).toBeCloseTo(2.9078, 9);
		expect(points(line!).at(-1)!.y).toBe(0);
		expect(view.config.options?.scales?.['y']?.title).toMatchObject({ text: 'Cost of the wait (billion USD)' });
	});

	it('plots a smaller cost in millions', () => {
		// 10 MW × 31 months × 938,000 USD = 290.78 million.
		const small = delayCostChart(chartInput('time-to-power', { load_mw: '10' }), TEST_THEME);
		expect(points(small.config.data.datasets[0]!)[0]!.y).toBeCloseTo(290.78, 9);
		expect(small.config.options?.scales?.['y']?.title).toMatchObject({ text: 'Cost of the wait (million USD)' });
	});

	it.each([
		[{}, 'With no bridging power, the wait costs $2.91 billion'],
		// 60 MW from month 18 carries 60 of the 100 MW from 24 to 55: (3,100 − 60 × 31) × 938,000 = $1.16 billion.
		[{ onsite_mw: '60' }, 'With 60 MW of bridging, the wait costs $1.16 billion'],
		[{ construction_months: '60' }, 'The grid is ready in time, so the wait costs nothing'],
	])('with %j, states what the wait costs in its title: "%s"', (raw, title) => {
		expect(delayCostChart(chartInput('time-to-power', raw), TEST_THEME).title).toBe(title);
	});

	it('falls back to naming the chart when the cost is missing', () => {
		expect(delayFinding(null, 0, 31)).toBe('Cost of the wait against bridging power');
		expect(delayFinding(2.9e9, 0, null)).toBe('Cost of the wait against bridging power');
	});

	it('marks this site’s bridging power and cost', () => {
		expect(points(site!)).toEqual([{ x: 0, y: Number(input.outputs['delay_cost_usd']) / 1e9 }]);
		expect(view.summary).toMatch(/^With no bridging power the wait costs \$2\.91 billion; with 125 MW it costs \$0\./);
	});

	it('prints tooltips in US dollars', () => {
		const label = view.config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: unknown) => string;
		expect(label({ dataset: { label: 'Cost of the wait', yAxisID: 'y' }, parsed: { x: 0, y: 2.9078 } })).toBe(
			'Cost of the wait: $2.91 billion',
		);
	});

	it('is finite with a band, and with zero load left to wait', () => {
		const ranged = delayCostChart(chartInput('time-to-power', { interconnect_months: '36~72' }), TEST_THEME);
		expect(ranged.config.data.datasets).toHaveLength(4);
		expect(allFinite(ranged.config.data.datasets as { data: unknown }[])).toBe(true);
		const none = delayCostChart(chartInput('time-to-power', { construction_months: '80' }), TEST_THEME);
		expect(allFinite(none.config.data.datasets as { data: unknown }[])).toBe(true);
	});
});
