import fc from 'fast-check';
import { chartInput, TEST_THEME } from '../../charts/helpers';
import { CHARTS } from '../../helpers/engine';
import { describe, expect, it } from 'vitest';

import { growthCalculator, projectedFlop, trainingPowerMw } from '../../../src/calculators/growth/model';
import { FC_SEED, closeTo, valuesFor } from '../../helpers/engine';

describe('projectedFlop', () => {
	it('multiplies by the growth rate once a year', () => {
		expect(projectedFlop(3.8e25, 4.5, 6)).toBeCloseTo(3.8e25 * 4.5 ** 6, -20);
		expect(projectedFlop(1e25, 4, 0)).toBe(1e25);
	});
});

describe('trainingPowerMw', () => {
	// Cross-check with Epoch AI via domain-facts §1.6: Llama 3.1 405B's 3.8e25 FLOP over ~78 days at
	// 40% MFU on H100s (~1,700 W all-in) needs roughly the 27 MW Epoch reports for its 16k-GPU cluster.
	it('puts the Llama 3.1 405B run near Epoch’s 27 MW', () => {
		const mw = trainingPowerMw(3.8e25, 78, 0.4, 989.4e12 / 1700);
		expect(mw).toBeGreaterThan(20);
		expect(mw).toBeLessThan(30);
	});
});

describe('growthCalculator', () => {
	it('follows the contract relations exactly', () => {
		const d = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
		fc.assert(
			fc.property(
				fc.integer({ min: 2010, max: 2040 }),
				fc.integer({ min: 0, max: 20 }),
				d(1e20, 1e32),
				d(1, 10),
				d(1e9, 1e15),
				d(0.5, 3),
				d(0.01, 1),
				d(1, 1000),
				d(0.5, 2),
				(base, n, flop, g, fpw, eg, mfu, days, dg) => {
					const o = growthCalculator.compute({
						base_year: base,
						end_year: base + n,
						base_flop: flop,
						growth_per_year: g,
						flop_per_s_per_w: fpw,
						efficiency_growth_per_year: eg,
						mfu,
						run_days: days,
						run_days_growth_per_year: dg,
					});
					const flopEnd = flop * g ** n;
					expect(closeTo(o['flop_end'], flopEnd, 1e-12)).toBe(true);
					const power = flopEnd / (days * dg ** n * 86400 * mfu * fpw * eg ** n) / 1e6;
					expect(closeTo(o['power_mw_end'], power, 1e-12)).toBe(true);
					const first = o['first_year_over_1gw'];
					if (first === null) expect(power).toBeLessThan(1000);
					else {
						expect(first).toBeGreaterThanOrEqual(base);
						expect(first).toBeLessThanOrEqual(base + n);
					}
				},
			),
			{ seed: FC_SEED, numRuns: 300 },
		);
	});

	it('finds the first year a run needs a gigawatt at the registry defaults', () => {
		const v = valuesFor('growth');
		const o = growthCalculator.compute(v);
		// The contract's relation, written out here rather than read from the model.
		const powerMw = (year: number) => {
			const n = year - v['base_year']!;
			return (
				(v['base_flop']! * v['growth_per_year']! ** n) /
				(v['run_days']! *
					v['run_days_growth_per_year']! ** n *
					86_400 *
					v['mfu']! *
					v['flop_per_s_per_w']! *
					v['efficiency_growth_per_year']! ** n) /
				1e6
			);
		};
		const first = o['first_year_over_1gw'] as number;
		expect(powerMw(first)).toBeGreaterThanOrEqual(1000);
		expect(powerMw(first - 1)).toBeLessThan(1000);
	});

	// domain-facts §1.7 / Epoch & EPRI (Aug 2025): the largest single run by 2030 needs 4-16 GW.
	it('projects a 2030 frontier run inside Epoch/EPRI’s 4-16 GW range at the defaults', () => {
		const o = growthCalculator.compute(valuesFor('growth'));
		expect(o['power_mw_end']).toBeGreaterThan(4000);
		expect(o['power_mw_end']).toBeLessThan(16000);
	});

	it('reports no gigawatt year when growth is flat', () => {
		const o = growthCalculator.compute(valuesFor('growth', { growth_per_year: 1 }));
		expect(o['first_year_over_1gw']).toBeNull();
	});

	it('charts every year from base_year to end_year', () => {
		const views = CHARTS.growth(chartInput('growth', { base_year: '2024', end_year: '2030' }), TEST_THEME);
		for (const view of views)
			expect(view.table.rows.map((row) => row[0])).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
	});

	it('rejects an end year before the base year and falls back to the base year', () => {
		expect(growthCalculator.crossCheck?.({ ...valuesFor('growth'), base_year: 2030, end_year: 2025 })).toEqual([
			{ param: 'end_year', message: 'Project to must be the reference year (2030) or later', fallback: 2030 },
		]);
	});
});
