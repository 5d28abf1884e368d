import { describe, expect, it } from 'vitest';

import {
	jobSizeFinding,
	jobSizes,
	mfuBarsChart,
	mfuFinding,
	mfuJobSizeChart,
	mfuLinesChart,
} from '../../../src/calculators/mfu/charts';
import { CALCULATORS } from '../../../src/registry/calculators';
import { closeTo } from '../../helpers/engine';
import { allFinite, chartInput, points, TEST_THEME } from '../../charts/helpers';

describe(mfuBarsChart, () => {
	const input = chartInput('mfu');
	const view = mfuBarsChart(input, TEST_THEME);

	it('compares days of both infrastructures on one axis (cost is the same days at one price)', () => {
		const { config } = view;
		expect(config.type).toBe('bar');
		expect(config.data.labels).toEqual(['General-purpose', 'Purpose-built']);
		expect(config.data.datasets).toHaveLength(1);
		expect(config.data.datasets[0]!.data).toEqual([input.outputs['days_general'], input.outputs['days_purpose']]);
		expect(Object.keys(config.options?.scales ?? {}).sort()).toEqual(['x', 'y']);
	});

	it('states the finding in its title', () => {
		expect(view.title).toMatch(/^Purpose-built finishes .+ days? sooner$/);
		const later = mfuBarsChart(chartInput('mfu', { mfu_purpose: '0.2' }), TEST_THEME);
		expect(later.title).toMatch(/^Purpose-built finishes .+ later$/);
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

	it('states general-purpose days at the lowest and highest MFU drawn', () => {
		// By hand: goodput 1 − (60 ÷ τ + (τ ÷ 2 + 600) ÷ M) = 0.8409 with M = 50,000 h ÷ 16,384 = 10,986 s and
		// τ = √(2 × 60 × M) = 1,148 s; 6 × 405e9 × 15.6e12 FLOP ÷ (16,384 × 989.4e12 × 0.1 × 0.8409) = 321.9 days,
		// plus 3 days of spin-up = 325 days at 10% MFU; 321.9 ÷ 8 + 3 = 43.2 days at 80%.
		expect(view.title).toBe('Training takes 325 days at 10% MFU, 43.2 days at 80%');
		expect(mfuFinding({ mfu: 0.1, days: null }, { mfu: 0.8, days: 43.2 })).toBe('Days to train against MFU');
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

describe(mfuJobSizeChart, () => {
	const input = chartInput('mfu');
	const view = mfuJobSizeChart(input, TEST_THEME);
	const v = input.values;
	// Days by hand (domain-facts §4.3 and §5.4): C ÷ (n × peak × MFU × goodput) + spin-up, with the
	// first-order goodput 1 − (δ/τ + (τ/2 + R)/M), τ = √(2δM), M = MTBF per accelerator ÷ n.
	const byHand = (n: number, goodput?: number) => {
		const m = (v['mtbf_h_per_accel_general']! / n) * 3600;
		const tau = Math.sqrt(2 * v['checkpoint_s_general']! * m);
		const g = goodput ?? 1 - (v['checkpoint_s_general']! / tau + (tau / 2 + v['restart_s_general']!) / m);
		const seconds = (6 * v['params']! * v['tokens']!) / (n * v['peak_tflops']! * 1e12 * v['mfu_general']! * g);
		return (seconds / 3600 + v['spinup_h_general']!) / 24;
	};

	it('draws days against job size on log-log axes, falling slower than 1/n as goodput falls', () => {
		expect(view.config.options?.scales?.['x']).toMatchObject({ type: 'logarithmic' });
		expect(view.config.options?.scales?.['y']).toMatchObject({ type: 'logarithmic' });
		const [general, , ideal] = view.config.data.datasets;
		for (const p of points(general!)) expect(closeTo(p.y, byHand(p.x), 1e-9)).toBe(true);
		for (const p of points(ideal!)) expect(closeTo(p.y, byHand(p.x, 1), 1e-9)).toBe(true);
		// At 100,000 and more, goodput is under half: days sit over twice the ideal.
		const big = points(general!).filter((p) => p.x >= 100_000);
		expect(big.length).toBeGreaterThan(0);
		for (const p of big) expect(p.y! / byHand(p.x, 1)).toBeGreaterThan(2);
	});

	it('stops where the job would make no progress (goodput 0), leaving no gap or infinity', () => {
		const xs = points(view.config.data.datasets[0]!).map((p) => p.x);
		expect(Math.max(...xs)).toBeLessThan(262_144);
		expect(allFinite(view.config.data.datasets as { data: unknown }[])).toBe(true);
	});

	it('marks the reader’s job and spans it', () => {
		const mine = view.config.data.datasets[3]!;
		expect(points(mine)).toEqual([
			{ x: v['count'], y: input.outputs['days_general'] },
			{ x: v['count'], y: input.outputs['days_purpose'] },
		]);
		expect(jobSizes(8)[0]).toBe(2);
		expect(jobSizes(5_000_000).at(-1)).toBe(20_000_000);
		expect(jobSizes(16_384).at(-1)).toBe(2 ** 18);
	});

	it('keeps a goodput the link gives fixed across job sizes', () => {
		const fixed = mfuJobSizeChart(chartInput('mfu', { goodput_general: '0.9' }), TEST_THEME);
		for (const p of points(fixed.config.data.datasets[0]!)) expect(closeTo(p.y, byHand(p.x, 0.9), 1e-9)).toBe(true);
		expect(fixed.title).toBe('With goodput fixed at 90%, days fall as the job grows');
	});

	it('states how goodput falls across the sizes drawn, or names the chart when it cannot', () => {
		// By hand at the smallest size, 1,024: M = 50,000 h ÷ 1,024 = 175,781 s, τ = √(2 × 60 × M) = 4,593 s,
		// goodput 1 − (60 ÷ τ + (τ ÷ 2 + 600) ÷ M) = 97.0%.
		expect(view.title).toMatch(/^Goodput falls from 97% to \d+(\.\d)?% as the job grows$/);
		expect(jobSizeFinding(undefined, 0.97, 0.118)).toBe('Goodput falls from 97% to 11.8% as the job grows');
		expect(jobSizeFinding(undefined, null, 0.118)).toBe('Days to train against job size');
	});
});
