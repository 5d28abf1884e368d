import { describe, expect, it } from 'vitest';

import { CALCULATORS } from '../../../src/registry/calculators';
import {
	breakdownFinding,
	fleetFinding,
	POWER_PARTS,
	powerBreakdownChart,
	powerByCountChart,
	powerCharts,
} from '../../../src/calculators/power/charts';
import { formatOutput } from '../../../src/format';
import { closeTo } from '../../helpers/engine';
import { allFinite, chartInput, datasetsOf, points, TEST_THEME } from '../../charts/helpers';

describe(powerBreakdownChart, () => {
	const input = chartInput('power');
	const view = powerBreakdownChart(input, TEST_THEME);
	const config = view.config;

	it('is one horizontal stacked bar with the four parts, in order', () => {
		expect(config.type).toBe('bar');
		expect(config.options?.indexAxis).toBe('y');
		expect(config.options?.scales?.['x']).toMatchObject({ stacked: true, type: 'linear' });
		expect(config.options?.scales?.['y']).toMatchObject({ stacked: true, type: 'category' });
		expect(config.data.datasets.map((d) => d.label)).toEqual([
			'Accelerators',
			'Rest of the servers',
			'Network and storage',
			'Facility overhead (PUE)',
		]);
	});

	it('stacks exactly the engine’s breakdown, which sums to facility power', () => {
		const values = config.data.datasets.map((d) => d.data[0] as number);
		expect(values).toEqual(POWER_PARTS.map((p) => input.outputs[p.key]));
		expect(
			closeTo(
				values.reduce((a, b) => a + b, 0),
				input.outputs['facility_mw'] as number,
			),
		).toBe(true);
	});

	it('takes its colours from the theme and turns animation off', () => {
		expect(config.data.datasets.map((d) => d.backgroundColor)).toEqual(TEST_THEME.series.slice(0, 4));
		expect(config.options?.animation).toBe(false);
		expect(view.legend.map((l) => l.color)).toEqual(TEST_THEME.series.slice(0, 4));
	});

	it('states the accelerators’ share of the power at the wall in its title', () => {
		// By hand: 100,000 × 700 W = 70 MW of boards; × 1.82 × 1.1 × 1.2 = 168.168 MW at the wall; 70 ÷ 168.168 = 41.6%.
		expect(view.title).toBe('Accelerators take 41.6% of the 168 MW at the wall');
		expect(breakdownFinding(null, 168)).toBe('Where the facility power goes');
		expect(breakdownFinding(70, 0)).toBe('Where the facility power goes');
	});

	it('describes the split in words from the same numbers, and tabulates it', () => {
		expect(view.summary).toContain(`Of ${formatOutput(input.outputs['facility_mw'], 'MW').text} at the wall`);
		expect(view.summary).toContain(formatOutput(input.outputs['accelerator_mw'], 'MW').text);
		expect(view.table.rows).toHaveLength(4);
		expect(view.table.rows[0]).toEqual([
			'Accelerators',
			input.outputs['accelerator_mw'],
			(input.outputs['accelerator_mw'] as number) / (input.outputs['facility_mw'] as number),
		]);
	});
});

describe(powerByCountChart, () => {
	it('plots the engine’s facility power at each count on linear axes from zero (the relation is linear)', () => {
		const input = chartInput('power', { count: '200000', pue: '1.3', budget_mw: '100' });
		const { config } = powerByCountChart(input, TEST_THEME);
		expect(config.type).toBe('line');
		expect(config.options?.scales?.['x']).toMatchObject({ type: 'linear', min: 0 });
		expect(config.options?.scales?.['y']).toMatchObject({ type: 'linear' });
		const line = points(config.data.datasets[0]!);
		expect(line).toHaveLength(25);
		for (const p of line) expect(p.y).toBe(CALCULATORS.power.compute({ ...input.values, count: p.x })['facility_mw']);
		expect(line[0]!.x).toBe(0);
		// 100 MW fits far fewer than 200,000 accelerators, so the axis runs to twice the fleet.
		expect(line[24]!.x).toBe(400_000);
	});

	it('marks the reader’s fleet at its count and facility power', () => {
		const input = chartInput('power', { count: '150000', pue: '1.25' });
		const view = powerByCountChart(input, TEST_THEME);
		const mark = view.config.data.datasets.find((d) => d.label === 'This fleet')!;
		// 150,000 × board power × server overhead × (1 + network share) × PUE, by hand from the inputs.
		const v = input.values;
		const mw = (150_000 * v['board_w']! * v['server_overhead']! * (1 + v['network_share']!) * 1.25) / 1e6;
		expect(points(mark)[0]!.x).toBe(150_000);
		expect(points(mark)[0]!.y).toBeCloseTo(mw, 6);
		expect(view.legend.map((l) => l.label)).toContain('This fleet');
	});

	it('draws the budget as a dashed horizontal line in the reference colour', () => {
		const input = chartInput('power', { budget_mw: '250' });
		const budget = powerByCountChart(input, TEST_THEME).config.data.datasets[1]!;
		expect(budget.label).toBe('Power budget');
		expect(points(budget).map((p) => p.y)).toEqual([250, 250]);
		expect(budget.borderDash).toEqual([6, 4]);
		expect(budget.borderColor).toBe(TEST_THEME.reference);
	});

	it('has no band without ranges', () => {
		const view = powerByCountChart(chartInput('power'), TEST_THEME);
		// The line, the budget and the reader's fleet.
		expect(view.config.data.datasets).toHaveLength(3);
		expect(view.config.options?.plugins?.aifgFill?.between).toEqual([]);
		expect(view.table.columns).toHaveLength(2);
	});

	it('adds a P10–P90 band around the line when an input is a range', () => {
		const input = chartInput('power', { pue: '1.1~1.5' });
		const view = powerByCountChart(input, TEST_THEME);
		const [, , p90, p10] = view.config.data.datasets;
		expect(p90?.label).toBe('~P90');
		expect(p10?.label).toBe('~P10');
		expect(view.config.options?.plugins?.aifgFill?.between).toEqual([
			{ upper: 2, lower: 3, color: 'rgba(160, 0, 1, 0.2)' },
		]);
		const line = points(view.config.data.datasets[0]!);
		points(p90!).forEach((p, i) => {
			expect(p.y!).toBeGreaterThanOrEqual(points(p10!)[i]!.y!);
			// No accelerators draw no power in every sample: the band closes at zero.
			if (line[i]!.x === 0) return;
			expect(line[i]!.y!).toBeGreaterThan(points(p10!)[i]!.y!);
			expect(line[i]!.y!).toBeLessThan(p.y!);
		});
		expect(view.table.columns.map((c) => c.label)).toEqual(['Accelerators', 'Facility power', 'P10', 'P90']);
		expect(view.legend.at(-1)?.label).toBe('P10 to P90');
	});

	it('gives the same band for the same seed', () => {
		const a = powerByCountChart(chartInput('power', { pue: '1.1~1.5' }), TEST_THEME);
		const b = powerByCountChart(chartInput('power', { pue: '1.1~1.5' }), TEST_THEME);
		expect(a.config.data.datasets[2]!.data).toEqual(b.config.data.datasets[2]!.data);
	});

	// By hand: 700 W × 1.82 × 1.1 × 1.2 = 1,681.68 W an accelerator at the wall.
	it.each([
		[{}, 'This fleet draws 168 MW, over the 100 MW budget'],
		[{ count: '50000' }, 'This fleet draws 84.1 MW, within the 100 MW budget'],
		[{ budget_mw: '0' }, 'This fleet draws 168 MW at the facility'],
		// A range's middle is its geometric mean: √(1.1 × 1.5) = 1.2845, so 140.14 MW × 1.2845 = 180 MW.
		[{ pue: '1.1~1.5' }, 'This fleet draws 180 MW, over the 100 MW budget'],
	])('with %j, states the fleet’s draw against the budget in its title: "%s"', (raw, title) => {
		expect(powerByCountChart(chartInput('power', raw), TEST_THEME).title).toBe(title);
	});

	it('falls back to naming the chart when the draw is missing', () => {
		expect(fleetFinding(null, 100)).toBe('Facility power against fleet size');
	});

	it('says "just over" or "just within" when the draw and the budget read the same', () => {
		expect(fleetFinding(100.2, 100)).toBe('This fleet draws just over the 100 MW budget');
		expect(fleetFinding(99.96, 100)).toBe('This fleet draws just within the 100 MW budget');
		expect(fleetFinding(101, 100)).toBe('This fleet draws 101 MW, over the 100 MW budget');
	});

	it('states the rise and the budget in words', () => {
		const input = chartInput('power');
		const view = powerByCountChart(input, TEST_THEME);
		expect(view.summary).toMatch(
			/^Facility power rises from .+ at .+ accelerators to .+ at .+\. This fleet of .+ draws .+\. A budget of 100 MW fits .+ accelerators\.$/,
		);
		expect(view.summary).toContain(formatOutput(input.outputs['max_count_in_budget'], 'count').text);
	});
});

describe('powerCharts', () => {
	it.each([
		{},
		{ count: '1' },
		{ count: '10000000', board_w: '2500', pue: '3' },
		{ budget_mw: '0' },
		{ count: '1000~5000000' },
	])('never puts NaN or Infinity in a chart (%o)', (raw) => {
		for (const view of powerCharts(chartInput('power', raw), TEST_THEME)) {
			expect(allFinite(datasetsOf(view))).toBe(true);
			expect(view.summary).not.toMatch(/NaN|Infinity|undefined/);
		}
	});
});
