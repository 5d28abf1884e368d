import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { computeReliability, reliabilityCalculator } from '../../../src/calculators/reliability/model';
import {
	clusterMtbfH,
	dalyGoodput,
	dalyIntervalS,
	expectedGoodput,
	youngDalyIntervalS,
} from '../../../src/models/reliability';
import { FC_SEED, closeTo, valuesFor } from '../../helpers/engine';

// domain-facts §7 example 4, from the Llama 3 paper (arXiv 2407.21783): 419 unexpected
// interruptions in 54 days on 16,384 GPUs; checkpoint 60 s and restart 600 s are chosen inputs.
const perGpuMtbfH = (16_384 * 54 * 24) / 419;

describe('clusterMtbfH', () => {
	it('recovers 3.093 h between interruptions at 16,384 GPUs', () => {
		expect(clusterMtbfH(perGpuMtbfH, 16_384)).toBeCloseTo(3.093, 3);
	});
	it('falls to about 30 minutes at 100,000 GPUs', () => {
		expect(clusterMtbfH(perGpuMtbfH, 100_000) * 60).toBeCloseTo(30.4, 1);
	});
});

describe('youngDalyIntervalS', () => {
	it('gives about 1,156 s at 16,384 GPUs (example 4, step 4)', () => {
		expect(youngDalyIntervalS(60, clusterMtbfH(perGpuMtbfH, 16_384))).toBeCloseTo(1156, 0);
	});
});

describe('expectedGoodput', () => {
	it('gives about 84% (example 4, step 5)', () => {
		const mtbf = clusterMtbfH(perGpuMtbfH, 16_384);
		expect(expectedGoodput(60, youngDalyIntervalS(60, mtbf), 600, mtbf)).toBeCloseTo(0.842, 3);
	});
	it('is clamped to 0 when failures outpace progress', () => {
		expect(expectedGoodput(3600, 10, 86_400, 0.001)).toBe(0);
	});
});

describe('reliabilityCalculator', () => {
	it('follows the contract relations for any valid input', () => {
		const d = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10_000_000 }),
				d(10, 1e8),
				d(0.1, 86_400),
				d(0, 86_400),
				(count, mtbf, ck, rs) => {
					const o = reliabilityCalculator.compute({ count, mtbf_h_per_accel: mtbf, checkpoint_s: ck, restart_s: rs });
					const cm = mtbf / count;
					const tau = Math.sqrt(2 * ck * cm * 3600);
					const g = Math.min(1, Math.max(0, 1 - (ck / tau + (tau / 2 + rs) / (cm * 3600))));
					expect(closeTo(o['cluster_mtbf_h'], cm)).toBe(true);
					expect(closeTo(o['interruptions_per_day'], 24 / cm)).toBe(true);
					expect(closeTo(o['checkpoint_interval_s'], tau)).toBe(true);
					expect(Math.abs((o['goodput'] as number) - g)).toBeLessThan(1e-12);
				},
			),
			{ seed: FC_SEED, numRuns: 500 },
		);
	});

	it('loses goodput as the job grows', () => {
		const base = valuesFor('reliability');
		const small = computeReliability({
			count: 16_384,
			mtbfHPerAccel: base['mtbf_h_per_accel']!,
			checkpointS: 60,
			restartS: 600,
		});
		const large = computeReliability({
			count: 100_000,
			mtbfHPerAccel: base['mtbf_h_per_accel']!,
			checkpointS: 60,
			restartS: 600,
		});
		expect(large.goodput).toBeLessThan(small.goodput);
	});
});

describe('dalyIntervalS', () => {
	// Daly 2006, figures 3-5 (R = 10 min, δ = 5 min): the higher-order model predicts
	// 117 min at M = 24 h, 57 min at M = 6 h and 9.1 min at M = 15 min.
	it.each([
		[24, 117, 0],
		[6, 57, 0],
		[0.25, 9.1, 1],
	])('gives the paper’s optimum at M = %s h', (mtbfH, minutes, digits) => {
		expect(dalyIntervalS(300, mtbfH) / 60).toBeCloseTo(minutes, digits);
	});
	it('is the MTBF once a checkpoint takes twice the MTBF', () => {
		expect(dalyIntervalS(7200, 1)).toBe(3600);
	});
});

describe('dalyGoodput', () => {
	/**
	 * An independent oracle: simulate the process the model describes. Work comes in segments of τ
	 * seconds plus a δ-second checkpoint; failures arrive at random (exponential, mean M); after a
	 * failure the job restarts (R seconds, which a failure can also interrupt) and redoes the segment.
	 */
	function simulate(tau: number, delta: number, restart: number, m: number, segments: number, seed: number): number {
		let state = seed >>> 0;
		const uniform = () => {
			state = (state + 0x6d2b79f5) >>> 0;
			let t = state;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		const nextFailure = () => -m * Math.log(1 - uniform());
		let wall = 0;
		for (let i = 0; i < segments; i++) {
			let need = tau + delta;
			for (;;) {
				const f = nextFailure();
				if (f >= need) {
					wall += need;
					break;
				}
				wall += f;
				need = restart + tau + delta;
			}
		}
		return (segments * tau) / wall;
	}

	it('matches a simulation of failures, checkpoints and restarts within 0.5%', () => {
		for (const [tau, delta, restart, m] of [
			[1148, 60, 600, 11_000],
			[426, 60, 600, 1800],
			[120, 30, 300, 400],
		] as const) {
			const simulated = simulate(tau, delta, restart, m, 200_000, 20261202);
			expect(Math.abs(dalyGoodput(delta, tau, restart, m / 3600) - simulated)).toBeLessThan(0.005);
		}
	});

	it('agrees with the first-order goodput when checkpoints and restarts are small against the MTBF', () => {
		const mtbf = 1000;
		const tau = youngDalyIntervalS(1, mtbf);
		expect(Math.abs(dalyGoodput(1, tau, 1, mtbf) - expectedGoodput(1, tau, 1, mtbf))).toBeLessThan(1e-4);
	});
});

describe('the first-order warning', () => {
	it('says nothing at Llama 3’s scale, where the two estimates agree within two points', () => {
		expect(reliabilityCalculator.crossWarn!(valuesFor('reliability', { count: 16_384 }))).toEqual([]);
	});
	it('says the first-order model is off at 100,000 accelerators and gives the higher-order goodput', () => {
		const v = valuesFor('reliability', { count: 100_000 });
		const o = reliabilityCalculator.compute(v);
		const [w] = reliabilityCalculator.crossWarn!(v);
		expect(w!.param).toBe('count');
		expect(w!.message).toContain(`${((o['goodput_higher_order'] as number) * 100).toFixed(1)}%`);
		expect(o['goodput_higher_order'] as number).toBeGreaterThan((o['goodput'] as number) + 0.02);
	});
});
