import { describe, expect, it } from 'vitest';

import { reliabilityChart } from '../../../src/calculators/reliability/charts';
import { CALCULATORS } from '../../../src/registry/calculators';
import { allFinite, chartInput, points, TEST_THEME } from '../../charts/helpers';

describe(reliabilityChart, () => {
	const input = chartInput('reliability', { count: '16384' });
	const view = reliabilityChart(input, TEST_THEME);
	const [goodput, interruptions, job] = view.config.data.datasets;

	it('plots goodput (%) and interruptions per day against job size from the engine', () => {
		expect(view.config.options?.scales?.['x']).toMatchObject({ type: 'logarithmic' });
		expect(view.config.options?.scales?.['y']).toMatchObject({ min: 0, max: 100 });
		for (const p of points(goodput!))
			expect(p.y).toBeCloseTo(
				(CALCULATORS.reliability.compute({ ...input.values, count: p.x })['goodput'] as number) * 100,
				12,
			);
		for (const p of points(interruptions!))
			expect(p.y).toBe(CALCULATORS.reliability.compute({ ...input.values, count: p.x })['interruptions_per_day']);
		expect((interruptions as { yAxisID?: string }).yAxisID).toBe('y1');
	});

	it('marks this job', () => {
		expect(points(job!)).toEqual([{ x: 16384, y: (input.outputs['goodput'] as number) * 100 }]);
	});

	it('summarises the fall in goodput and this job’s value', () => {
		expect(view.summary).toMatch(
			/^Goodput falls from .+% at .+ accelerators to .+% at .+, as interruptions rise from .+ per day to .+ per day\. This job, with 16,384 accelerators, keeps .+%\.$/,
		);
	});

	it('formats tooltip values on the goodput axis as percentages', () => {
		const label = view.config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: unknown) => string;
		expect(label({ dataset: { label: 'Goodput', yAxisID: 'y' }, parsed: { x: 1, y: 95.5 } })).toBe('Goodput: 95.5%');
	});

	it('is finite with a band and for a single accelerator', () => {
		const ranged = reliabilityChart(chartInput('reliability', { mtbf_h_per_accel: '20000~100000' }), TEST_THEME);
		expect(ranged.config.data.datasets).toHaveLength(5);
		expect(allFinite(ranged.config.data.datasets as { data: unknown }[])).toBe(true);
		expect(
			allFinite(
				reliabilityChart(chartInput('reliability', { count: '1' }), TEST_THEME).config.data.datasets as {
					data: unknown;
				}[],
			),
		).toBe(true);
	});
});
