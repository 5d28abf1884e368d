import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
	clusterMtbfH,
	computeReliability,
	expectedGoodput,
	reliabilityCalculator,
	youngDalyIntervalS,
} from '../../../src/calculators/reliability/model';
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
