import { describe, expect, it } from 'vitest';

import { reliabilityChart } from '../../../src/calculators/reliability/charts';
import { CALCULATORS } from '../../../src/registry/calculators';
import { allFinite, chartInput, points, TEST_THEME } from '../../charts/helpers';

describe(reliabilityChart, () => {
	const input = chartInput('reliability', { count: '16384' });
	const view = reliabilityChart(input, TEST_THEME);
	const [goodput, higher, job] = view.config.data.datasets;

	it('plots first-order and higher-order goodput (%) against job size on one axis', () => {
		expect(view.config.options?.scales?.['x']).toMatchObject({ type: 'logarithmic' });
		expect(view.config.options?.scales?.['y']).toMatchObject({ min: 0, max: 100 });
		for (const p of points(goodput!))
			expect(p.y).toBeCloseTo(
				(CALCULATORS.reliability.compute({ ...input.values, count: p.x })['goodput'] as number) * 100,
				12,
			);
		// Daly 2006 by hand: τ = √(2δM)(1 + √(δ/2M)/3 + (δ/2M)/9) − δ; goodput τ ÷ (M e^(R/M) (e^((τ+δ)/M) − 1)).
		const v = input.values;
		const daly = (n: number) => {
			const m = (v['mtbf_h_per_accel']! / n) * 3600;
			const d = v['checkpoint_s']!;
			const x = d / (2 * m);
			const tau = d >= 2 * m ? m : Math.sqrt(2 * d * m) * (1 + Math.sqrt(x) / 3 + x / 9) - d;
			return tau / (m * Math.exp(v['restart_s']! / m) * (Math.exp((tau + d) / m) - 1));
		};
		for (const p of points(higher!)) expect(p.y).toBeCloseTo(daly(p.x) * 100, 9);
		expect(Object.keys(view.config.options?.scales ?? {}).sort()).toEqual(['x', 'y']);
		expect(view.title).toMatch(/^Goodput falls from .+% to .+% as the job grows$/);
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
