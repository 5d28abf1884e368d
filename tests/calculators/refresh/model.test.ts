import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
	computeRefresh,
	positionsPerRack,
	racksByPower,
	racksFit,
	rackPflops,
	refreshCalculator,
	type RefreshInputs,
} from '../../../src/calculators/refresh/model';
import { readScenario } from '../../../src/engine';
import { FC_SEED, closeTo, contextFor, valuesFor } from '../../helpers/engine';

/** The registry defaults, written out (tests/fixtures/registry/assumptions/refresh.yaml). */
const defaults: RefreshInputs = {
	hallMw: 12,
	positions: 800,
	positionKw: 15,
	rackKw: 120,
	accelsPerRack: 72,
	peakTflops: 2500,
	retrofitUsdPerKw: 2000,
};

describe(computeRefresh, () => {
	it('works the default hall by hand: GB200 NVL72 racks at 120 kW gang eight 15 kW positions', () => {
		// 120 ÷ 15 = 8 positions a rack; 800 ÷ 8 = 100 racks; 12,000 kW ÷ 120 = 100 racks by power.
		// 100 × 72 = 7,200 GPUs × 2,500 TFLOP/s = 18,000 PFLOP/s. Retrofit: 100 × (120 − 15) × 2,000.
		const o = computeRefresh(defaults);
		expect(o.positionsPerRack).toBe(8);
		expect(o.racksFit).toBe(100);
		expect(o.usedItMw).toBe(12);
		expect(o.strandedMw).toBe(0);
		expect(o.accelerators).toBe(7200);
		expect(o.pflops).toBe(18_000);
		expect(o.racksAfterRetrofit).toBe(100);
		expect(o.retrofitUsd).toBe(21_000_000);
		expect(o.pflopsGained).toBe(0);
		expect(o.positionsUsed).toBe(800);
	});

	it('works one DGX H100 per rack in a 10 kW hall by hand: half the power stranded', () => {
		// DGX H100 10.2 kW (NVIDIA DGX H100 user guide); positions of 10 kW (Schneider Electric:
		// normal racks rarely exceed 10 kW). ceil(1.02) = 2 positions each, so 1,000 ÷ 2 = 500 racks
		// draw 500 × 10.2 = 5,100 kW of the hall's 10,000: 4.9 MW (49%) stranded. A retrofit to 10.2 kW
		// positions fits min(1,000, floor(10,000 ÷ 10.2) = 980) = 980 racks for 980 × 0.2 × 2,000 USD.
		const o = computeRefresh({
			hallMw: 10,
			positions: 1000,
			positionKw: 10,
			rackKw: 10.2,
			accelsPerRack: 8,
			peakTflops: 989.4,
			retrofitUsdPerKw: 2000,
		});
		expect(o.positionsPerRack).toBe(2);
		expect(o.racksFit).toBe(500);
		expect(o.usedItMw).toBeCloseTo(5.1, 12);
		expect(o.strandedMw).toBeCloseTo(4.9, 12);
		expect(o.strandedShare).toBeCloseTo(0.49, 12);
		expect(o.accelerators).toBe(4000);
		expect(o.pflops).toBeCloseTo(3957.6, 9);
		expect(o.racksAfterRetrofit).toBe(980);
		expect(o.retrofitUsd).toBeCloseTo(392_000, 6);
		expect(o.pflopsAfterRetrofit).toBeCloseTo(7756.896, 9);
	});

	it.each([
		// [case, overrides, positions per rack, racks that fit, stranded MW]
		['GB300 NVL72 at 132 kW needs nine positions; space runs out first', { rackKw: 132 }, 9, 88, 12 - 11.616],
		['racks denser than the hall can feed are limited by power', { rackKw: 120, positions: 2000 }, 8, 100, 0],
		['a rack bigger than the whole floor fits none', { positions: 7 }, 8, 0, 12],
		['racks lighter than a position take one each', { rackKw: 10, positionKw: 15 }, 1, 800, 4],
	] as const)('%s', (_case, overrides, perRack, fit, stranded) => {
		const o = computeRefresh({ ...defaults, ...overrides });
		expect(o.positionsPerRack).toBe(perRack);
		expect(o.racksFit).toBe(fit);
		expect(o.strandedMw).toBeCloseTo(stranded, 9);
	});

	it('charges nothing to retrofit positions already at the new rack power', () => {
		expect(computeRefresh({ ...defaults, positionKw: 130 }).retrofitUsd).toBe(0);
	});
});

describe.each([
	[positionsPerRack, [120, 15], 8],
	[positionsPerRack, [132, 15], 9],
	[racksByPower, [12, 132], 90],
	[racksFit, [800, 9, 12, 132], 88],
	[rackPflops, [100, 72, 2500], 18_000],
] as const)('%o', (fn, args, expected) => {
	it(`(${args.join(', ')}) = ${expected}`, () => {
		expect((fn as (...a: number[]) => number)(...args)).toBe(expected);
	});
});

const kw = fc.double({ min: 0.5, max: 2000, noNaN: true, noDefaultInfinity: true });
const hall = fc.double({ min: 0.01, max: 10_000, noNaN: true, noDefaultInfinity: true });

describe('contract relations (refresh)', () => {
	it('hold exactly for any valid input', () => {
		fc.assert(
			fc.property(
				hall,
				fc.integer({ min: 1, max: 1_000_000 }),
				kw,
				kw,
				fc.integer({ min: 1, max: 10_000 }),
				fc.double({ min: 1, max: 100_000, noNaN: true, noDefaultInfinity: true }),
				fc.double({ min: 0, max: 100_000, noNaN: true, noDefaultInfinity: true }),
				(hallMw, positions, positionKw, rackKw, accels, peak, usdPerKw) => {
					const o = refreshCalculator.compute({
						hall_mw: hallMw,
						positions,
						position_kw: positionKw,
						rack_kw: rackKw,
						accels_per_rack: accels,
						peak_tflops: peak,
						retrofit_usd_per_kw: usdPerKw,
					});
					const perRack = Math.ceil(rackKw / positionKw);
					const byPower = Math.floor((hallMw * 1000) / rackKw);
					const fit = Math.min(Math.floor(positions / perRack), byPower);
					const used = (fit * rackKw) / 1000;
					const after = Math.min(positions, byPower);
					expect(o['positions_per_rack']).toBe(perRack);
					expect(o['racks_fit']).toBe(fit);
					expect(closeTo(o['used_it_mw'], used) || used === 0).toBe(true);
					expect(Number(o['stranded_mw'])).toBeCloseTo(hallMw - used, 9);
					expect(o['accelerators']).toBe(fit * accels);
					expect(closeTo(o['pflops'], (fit * accels * peak) / 1000) || fit === 0).toBe(true);
					expect(o['racks_after_retrofit']).toBe(after);
					const retrofit = after * Math.max(0, rackKw - positionKw) * usdPerKw;
					expect(closeTo(o['retrofit_usd'], retrofit) || retrofit === 0).toBe(true);
					expect(closeTo(o['pflops_after_retrofit'], (after * accels * peak) / 1000) || after === 0).toBe(true);
				},
			),
			{ seed: FC_SEED, numRuns: 1000 },
		);
	});
});

describe('refresh invariants', () => {
	const base = valuesFor('refresh');

	it('never uses more power or positions than the hall has, and a retrofit never holds fewer racks', () => {
		fc.assert(
			fc.property(hall, fc.integer({ min: 1, max: 100_000 }), kw, kw, (hallMw, positions, positionKw, rackKw) => {
				const o = refreshCalculator.compute({
					...base,
					hall_mw: hallMw,
					positions,
					position_kw: positionKw,
					rack_kw: rackKw,
				});
				expect(Number(o['used_it_mw'])).toBeLessThanOrEqual(hallMw * (1 + 1e-12));
				expect(Number(o['positions_used'])).toBeLessThanOrEqual(positions);
				expect(Number(o['racks_after_retrofit'])).toBeGreaterThanOrEqual(Number(o['racks_fit']));
				expect(Number(o['pflops_gained'])).toBeGreaterThanOrEqual(0);
			}),
			{ seed: FC_SEED },
		);
	});

	it('never fits fewer racks when the positions are designed for more power', () => {
		fc.assert(
			fc.property(kw, fc.double({ min: 0, max: 500, noNaN: true }), (positionKw, extra) => {
				const at = (p: number) => Number(refreshCalculator.compute({ ...base, position_kw: p })['racks_fit']);
				expect(at(Math.min(2000, positionKw + extra))).toBeGreaterThanOrEqual(at(positionKw));
			}),
			{ seed: FC_SEED },
		);
	});

	it('at the registry defaults, the hall takes GB200 NVL72 racks without stranding power', () => {
		expect(refreshCalculator.compute(base)['stranded_mw']).toBe(0);
	});
});

describe('the refresh preset (a system)', () => {
	const values = (raw: Record<string, string>) =>
		readScenario(refreshCalculator, raw, contextFor('refresh')).scenario.values;

	it.each([
		// [preset, rack kW, accelerators per rack, peak TFLOP/s] from tests/fixtures/registry/systems/
		['gb200', 120, 72, 2500],
		['gb300', 132, 72, 2500],
		['h100-sxm', 40.8, 32, 989.4],
	] as const)('%s sets the rack power, accelerators per rack and peak of its rack', (id, rack, accels, peak) => {
		const v = values({ accelerator: id });
		expect([v['rack_kw'], v['accels_per_rack'], v['peak_tflops']]).toEqual([rack, accels, peak]);
	});

	it('lets an explicit parameter override the preset', () => {
		const v = values({ accelerator: 'h100-sxm', rack_kw: '10.2', accels_per_rack: '8' });
		expect([v['rack_kw'], v['accels_per_rack'], v['peak_tflops']]).toEqual([10.2, 8, 989.4]);
	});
});
