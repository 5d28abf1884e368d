import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { computeMfu, mfuCalculator, trainingDays, trainingFlop } from '../../../src/calculators/mfu/model';
import { FC_SEED, closeTo, valuesFor } from '../../helpers/engine';

/** Inputs that only matter when goodput is derived or FP8 chosen; BF16 and given goodputs here. */
const UNUSED_RELIABILITY = {
	peakFp8Tflops: 1979,
	precisionBits: 16,
	mtbfHPerAccelGeneral: 50_000,
	mtbfHPerAccelPurpose: 50_000,
	checkpointSGeneral: 60,
	checkpointSPurpose: 60,
	restartSGeneral: 600,
	restartSPurpose: 600,
	memoryGb: 80,
	stateBytesPerParam: 16,
};

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
			...UNUSED_RELIABILITY,
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
						peak_fp8_tflops: 2 * peak,
						precision_bits: 16,
						memory_gb: 80,
						state_bytes_per_param: 16,
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

	// The contract: without goodput_* in the link, each side's goodput is the reliability page's
	// first-order goodput for `count` accelerators, 1 − (δ/τ + (τ/2 + R)/M) with τ = √(2δM),
	// written out here from domain-facts §5.4 rather than through the reliability model.
	const firstOrder = (count: number, mtbfH: number, ckptS: number, restartS: number) => {
		const m = (mtbfH / count) * 3600;
		const tau = Math.sqrt(2 * ckptS * m);
		return 1 - (ckptS / tau + (tau / 2 + restartS) / m);
	};

	it('derives each side’s goodput from the job size when the link gives none', () => {
		const v = valuesFor('mfu');
		expect(v['goodput_general']).toBeUndefined();
		for (const count of [1024, 16_384, 100_000]) {
			const o = mfuCalculator.compute({ ...v, count, checkpoint_s_purpose: 10, restart_s_purpose: 120 });
			expect(o['goodput_general']).toBeCloseTo(firstOrder(count, 50_000, 60, 600), 12);
			expect(o['goodput_purpose']).toBeCloseTo(firstOrder(count, 50_000, 10, 120), 12);
		}
		// 16,384 GPUs: 0.841 at the 50,000 h default (0.842 at the log's 50,677 h, domain-facts §7 example 4); 100,000: about 0.41.
		expect(mfuCalculator.compute({ ...v, count: 16_384 })['goodput_general']).toBeCloseTo(0.841, 3);
		expect(mfuCalculator.compute({ ...v, count: 100_000 })['goodput_general']).toBeCloseTo(0.41, 2);
	});

	it('lets a link’s goodput override the derived one, side by side', () => {
		const v = valuesFor('mfu');
		const o = mfuCalculator.compute({ ...v, goodput_purpose: 0.96 });
		expect(o['goodput_purpose']).toBe(0.96);
		expect(o['goodput_general']).toBeCloseTo(firstOrder(v['count']!, 50_000, 60, 600), 12);
	});

	it('takes longer per FLOP as the job grows, because goodput falls', () => {
		const v = valuesFor('mfu');
		// Accelerator-days per training FLOP rise with count only through goodput (spin-up aside).
		const perAccel = (count: number) => {
			const o = mfuCalculator.compute({ ...v, count, spinup_h_general: 0 });
			return (o['days_general'] as number) * count;
		};
		expect(perAccel(100_000)).toBeGreaterThan(perAccel(16_384) * 1.9);
	});

	it('reads MFU against the FP8 peak at 8 bits: half the BF16 days on an H100 at the same MFU', () => {
		const v = { ...valuesFor('mfu'), spinup_h_general: 0, goodput_general: 1 };
		const bf16 = mfuCalculator.compute(v);
		const fp8 = mfuCalculator.compute({ ...v, precision_bits: 8 });
		expect(fp8['peak_used_tflops']).toBe(1978.9);
		expect(fp8['days_general']).toBeCloseTo((bf16['days_general'] as number) * (989.4 / 1978.9), 9);
	});

	it('checks that the training state fits: 16 bytes a parameter, fully sharded (ZeRO)', () => {
		// 405e9 × 16 B = 6.48 TB; on 16,384 H100s 0.396 GB each; on 64 it is 101 GB, over 80 GB.
		const v = valuesFor('mfu');
		expect(mfuCalculator.compute(v)['state_gb_per_accel']).toBeCloseTo(6.48e3 / 16_384, 6);
		const small = { ...v, count: 64 };
		expect(mfuCalculator.compute(small)['memory_share']).toBeCloseTo(101.25 / 80, 9);
		expect(mfuCalculator.compute(small)['min_count_for_memory']).toBe(81);
		expect(mfuCalculator.crossWarn!(small)[0]).toMatchObject({ param: 'count' });
		expect(mfuCalculator.crossWarn!(small)[0]!.message).toMatch(/does not fit.*101 GB.*80 GB.*81 accelerators/);
		expect(mfuCalculator.crossWarn!(v)).toEqual([]);
	});

	it('rejects a precision other than 16 or 8 and falls back to BF16', () => {
		expect(mfuCalculator.crossCheck!({ ...valuesFor('mfu'), precision_bits: 12 })).toEqual([
			expect.objectContaining({ param: 'precision_bits', fallback: 16 }),
		]);
	});

	it('has purpose-built finish sooner with the vendor-claim defaults', () => {
		const o = mfuCalculator.compute(valuesFor('mfu'));
		expect(o['days_saved']).toBeGreaterThan(0);
		expect(o['cost_saved_usd']).toBeGreaterThan(0);
	});
});
