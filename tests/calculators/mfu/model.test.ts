import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { computeMfu, mfuCalculator, trainingDays, trainingFlop } from '../../../src/calculators/mfu/model';
import { FC_SEED, closeTo, valuesFor } from '../../helpers/engine';

describe('trainingFlop', () => {
	// Llama 3 paper: 405e9 parameters × 15.6e12 tokens; 6ND = 3.7908e25 (domain-facts §7 example 3).
	it('gives 6·N·D', () => {
		expect(trainingFlop(405e9, 15.6e12)).toBeCloseTo(3.7908e25, -21);
	});
});

describe('trainingDays', () => {
	// domain-facts §7 example 3: 16,384 H100 at 989 TFLOP/s, MFU 0.40 → 67.7 days; with goodput 0.9 → 75.2 days.
	it('reproduces worked example 3', () => {
		const c = trainingFlop(405e9, 15.6e12);
		expect(trainingDays(c, 16_384, 989, 0.4, 1, 0)).toBeCloseTo(67.7, 1);
		expect(trainingDays(c, 16_384, 989, 0.4, 0.9, 0)).toBeCloseTo(75.2, 1);
	});

	it('gives 26.62 M GPU-hours and USD 66.5 M at 2.50/GPU-h (example 3, steps 4-5)', () => {
		const o = computeMfu({
			peakTflops: 989,
			count: 16_384,
			params: 405e9,
			tokens: 15.6e12,
			mfuGeneral: 0.4,
			mfuPurpose: 0.4,
			goodputGeneral: 1,
			goodputPurpose: 1,
			spinupHGeneral: 0,
			spinupHPurpose: 0,
			gpuHourUsd: 2.5,
		});
		expect(o.gpuHoursGeneral / 1e6).toBeCloseTo(26.62, 2);
		expect(o.costGeneralUsd / 1e6).toBeCloseTo(66.5, 1);
		expect(o.daysSaved).toBe(0);
	});
});

describe('mfuCalculator', () => {
	it('follows the contract relations exactly', () => {
		const d = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
		fc.assert(
			fc.property(
				d(1, 20000),
				fc.integer({ min: 1, max: 10_000_000 }),
				d(1e6, 1e14),
				d(1e6, 1e16),
				d(0.01, 1),
				d(0.01, 1),
				d(0.01, 1),
				d(0.01, 1),
				d(0, 10000),
				d(0, 10000),
				d(0.01, 100),
				(peak, count, p, t, mg, mp, gg, gp, sg, sp, usd) => {
					const o = mfuCalculator.compute({
						peak_tflops: peak,
						count,
						params: p,
						tokens: t,
						mfu_general: mg,
						mfu_purpose: mp,
						goodput_general: gg,
						goodput_purpose: gp,
						spinup_h_general: sg,
						spinup_h_purpose: sp,
						gpu_hour_usd: usd,
					});
					const flop = 6 * p * t;
					const dg = (flop / (count * peak * 1e12 * mg * gg) / 3600 + sg) / 24;
					const dp = (flop / (count * peak * 1e12 * mp * gp) / 3600 + sp) / 24;
					expect(closeTo(o['train_flop'], flop)).toBe(true);
					expect(closeTo(o['days_general'], dg)).toBe(true);
					expect(closeTo(o['days_purpose'], dp)).toBe(true);
					expect(
						closeTo(o['days_saved'], dg - dp, 1e-6) || Math.abs((o['days_saved'] as number) - (dg - dp)) < 1e-9 * dg,
					).toBe(true);
					expect(closeTo(o['cost_general_usd'], dg * 24 * count * usd)).toBe(true);
					expect(closeTo(o['cost_purpose_usd'], dp * 24 * count * usd)).toBe(true);
				},
			),
			{ seed: FC_SEED, numRuns: 500 },
		);
	});

	it('has purpose-built finish sooner with the vendor-claim defaults', () => {
		const o = mfuCalculator.compute(valuesFor('mfu'));
		expect(o['days_saved']).toBeGreaterThan(0);
		expect(o['cost_saved_usd']).toBeGreaterThan(0);
	});
});
