import { describe, expect, it } from 'vitest';

import { mfuBarsChart, mfuLinesChart } from '../../../src/calculators/mfu/charts';
import { CALCULATORS } from '../../../src/registry/calculators';
import { closeTo } from '../../helpers/engine';
import { allFinite, chartInput, points, TEST_THEME } from '../../charts/helpers';

describe(mfuBarsChart, () => {
	const input = chartInput('mfu');
	const view = mfuBarsChart(input, TEST_THEME);

	it('compares days and cost of both infrastructures on two axes', () => {
		const { config } = view;
		expect(config.type).toBe('bar');
		expect(config.data.labels).toEqual(['General-purpose', 'Purpose-built']);
		const [days, cost] = config.data.datasets;
		expect(days!.data).toEqual([input.outputs['days_general'], input.outputs['days_purpose']]);
		expect(cost!.data).toEqual([input.outputs['cost_general_usd'], input.outputs['cost_purpose_usd']]);
		expect(days!.yAxisID).toBe('y');
		expect(cost!.yAxisID).toBe('y1');
	});

	it('states the difference from the engine’s days_saved and cost_saved_usd', () => {
		expect(view.summary).toMatch(
			/^General-purpose infrastructure takes .+ days and \$.+; purpose-built takes .+\. The difference is .+\.$/,
		);
		expect(view.table.rows).toEqual([
			['General-purpose', input.outputs['days_general'], input.outputs['cost_general_usd']],
			['Purpose-built', input.outputs['days_purpose'], input.outputs['cost_purpose_usd']],
		]);
	});
});

describe(mfuLinesChart, () => {
	const input = chartInput('mfu');
	const view = mfuLinesChart(input, TEST_THEME);

	it('plots days against MFU for both, with each one’s goodput and spin-up', () => {
		const [general, purpose] = view.config.data.datasets;
		expect(points(general!)).toHaveLength(15);
		const at = (x: number) => CALCULATORS.mfu.compute({ ...input.values, mfu_general: x / 100, mfu_purpose: x / 100 });
		for (const p of points(general!)) expect(closeTo(p.y, at(p.x)['days_general'] as number, 1e-12)).toBe(true);
		for (const p of points(purpose!)) expect(closeTo(p.y, at(p.x)['days_purpose'] as number, 1e-12)).toBe(true);
		expect(view.config.options?.scales?.['x']).toMatchObject({ min: 10, max: 80 });
	});

	it('marks the reader’s two scenarios', () => {
		const mine = view.config.data.datasets[2]!;
		expect(points(mine)).toEqual([
			{ x: input.values['mfu_general']! * 100, y: input.outputs['days_general'] },
			{ x: input.values['mfu_purpose']! * 100, y: input.outputs['days_purpose'] },
		]);
	});

	it('is finite with a band and at the extremes', () => {
		expect(
			allFinite(
				mfuLinesChart(chartInput('mfu', { tokens: '1e10~1e13' }), TEST_THEME).config.data.datasets as {
					data: unknown;
				}[],
			),
		).toBe(true);
		expect(
			allFinite(
				mfuLinesChart(chartInput('mfu', { count: '1', params: '1e14', tokens: '1e16' }), TEST_THEME).config.data
					.datasets as { data: unknown }[],
			),
		).toBe(true);
	});
});
