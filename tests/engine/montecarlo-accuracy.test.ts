/**
 * The Monte Carlo's sample count is set by the accuracy readers get: P10 and P90 within 1.2% of a
 * 100,000-sample reference on every one of 20 seeds. Measured when this test was written: 0.91%
 * at 10,000 samples, 1.3% at 5,000 and 2.4% at 2,000, so a cut in the sample count fails here.
 */
import { describe, expect, it } from 'vitest';

import { MC_SAMPLES as ISLAND_SAMPLES, runJob } from '../../src/islands/calculator/model/mc';
import { MC_SAMPLES, simulate } from '../../src/engine';
import { CALCULATORS } from '../../src/registry/calculators';
import { valuesFor } from '../helpers/engine';

const calc = CALCULATORS.power;
const scenario = {
	values: valuesFor('power'),
	ranges: { pue: { low: 1.1, high: 1.5 }, board_w: { low: 600, high: 800 }, utilization: { low: 0.5, high: 0.9 } },
};
const reference = simulate(calc, scenario, { samples: 100_000, seed: 7 }).quantiles;

const worstError = (quantiles: (seed: number) => Readonly<Record<string, { p10: number; p90: number }>>) => {
	let worst = 0;
	for (let seed = 1; seed <= 20; seed++) {
		const q = quantiles(seed);
		for (const key of ['facility_mw', 'annual_mwh'])
			for (const p of ['p10', 'p90'] as const)
				worst = Math.max(worst, Math.abs(q[key]![p] - reference[key]![p]!) / reference[key]![p]!);
	}
	return worst;
};

describe('Monte Carlo accuracy', () => {
	it('puts P10 and P90 within 1.2% of a 100,000-sample reference at the default sample count', () => {
		expect(worstError((seed) => simulate(calc, scenario, { seed }).quantiles as never)).toBeLessThan(0.012);
	});

	it('runs the island’s jobs (workers and main thread) with that same count', () => {
		expect(ISLAND_SAMPLES).toBe(MC_SAMPLES);
		const job = { key: 'k', values: scenario.values, ranges: scenario.ranges, preset: undefined, seed: 3 };
		expect(runJob(calc, () => [], job).quantiles).toEqual(
			simulate(calc, scenario, { samples: MC_SAMPLES, seed: 3 }).quantiles,
		);
	});
});
