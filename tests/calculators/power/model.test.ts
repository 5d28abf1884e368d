import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
	computePower,
	facilityPowerMw,
	itPowerMw,
	maxAcceleratorsInBudget,
	powerCalculator,
} from '../../../src/calculators/power/model';
import { FC_SEED, closeTo, valuesFor } from '../../helpers/engine';

// domain-facts §7, example 1: 100,000 H100s, 700 W, DGX H100 nameplate factor 10.2/5.6,
// +10% network and storage, PUE 1.2 (NVIDIA DGX H100 datasheet via repos; Epoch AI cross-check).
const example1 = {
	count: 100_000,
	boardPowerW: 700,
	serverOverhead: 10.2 / 5.6,
	networkShare: 0.1,
	pue: 1.2,
	rackKw: 40,
	utilization: 1,
	priceUsdPerMwh: 80,
	budgetMw: 100,
	pueDesign: 0,
	capacityUsdPerMwDay: 329.17,
};

describe('computePower', () => {
	it('reproduces worked example 1: 140.25 MW IT and 168.3 MW at the wall', () => {
		const o = computePower(example1);
		expect(o.acceleratorMw).toBeCloseTo(70.0, 6);
		expect(o.itMw).toBeCloseTo(140.25, 6);
		expect(o.facilityMw).toBeCloseTo(168.3, 6);
		// 168.3 MW × 8,760 h = 1,474 GWh at full load
		expect(o.annualMwh / 1000).toBeCloseTo(1474.3, 1);
	});

	it('matches the example variant without the network adder (153.0 MW)', () => {
		expect(computePower({ ...example1, networkShare: 0 }).facilityMw).toBeCloseTo(153.0, 6);
	});

	it('lands close to Epoch AI’s ~1.7 kW per H100 all-in', () => {
		const perGpuKw = computePower(example1).perAcceleratorFacilityW / 1000;
		expect(Math.abs(perGpuKw - 1.7) / 1.7).toBeLessThan(0.02);
	});

	it('splits facility power into parts that add up', () => {
		const o = computePower(example1);
		expect(o.acceleratorMw + o.restOfServerMw + o.networkMw + o.overheadMw).toBeCloseTo(o.facilityMw, 9);
	});
});

describe('contract relations (power)', () => {
	const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
	it('hold to floating-point precision for any valid input', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10_000_000 }),
				positive(50, 2500),
				positive(1, 3),
				positive(0, 0.5),
				positive(1, 3),
				positive(1, 1000),
				positive(0, 1),
				positive(0, 1000),
				positive(0, 100_000),
				(count, board, so, ns, pue, rack, util, price, budget) => {
					const v = {
						count,
						board_w: board,
						server_overhead: so,
						network_share: ns,
						pue,
						rack_kw: rack,
						utilization: util,
						price_usd_mwh: price,
						budget_mw: budget,
						// the defaults of the new inputs: design-day PUE unset (0), any capacity price
						pue_design: 0,
						capacity_usd_per_mw_day: 329.17,
					};
					const o = powerCalculator.compute(v);
					const it_mw = (count * board * so * (1 + ns)) / 1e6;
					expect(closeTo(o['it_mw'], it_mw)).toBe(true);
					expect(closeTo(o['facility_mw'], it_mw * pue)).toBe(true);
					expect(o['racks']).toBe(Math.ceil((it_mw * 1000) / rack));
					expect(closeTo(o['annual_mwh'], it_mw * pue * util * 8760)).toBe(true);
					expect(closeTo(o['annual_cost_usd'], it_mw * pue * util * 8760 * price)).toBe(true);
					expect(o['max_count_in_budget']).toBe(Math.floor((budget * 1e6) / (board * so * (1 + ns) * pue)));
				},
			),
			{ seed: FC_SEED, numRuns: 500 },
		);
	});
});

describe('power invariants', () => {
	it('facility power equals IT power × PUE', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1e6, noNaN: true }),
				fc.double({ min: 1, max: 3, noNaN: true }),
				(it, pue) => {
					expect(facilityPowerMw(itPowerMw(it, 700, 1.5, 0.1), pue)).toBeCloseTo(itPowerMw(it, 700, 1.5, 0.1) * pue, 6);
				},
			),
			{ seed: FC_SEED },
		);
	});

	it('never falls as accelerator count rises', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 1, max: 1000 }), (count, extra) => {
				const base = valuesFor('power');
				const a = powerCalculator.compute({ ...base, count })['facility_mw'] as number;
				const b = powerCalculator.compute({ ...base, count: Math.min(10_000_000, count + extra) })[
					'facility_mw'
				] as number;
				expect(b).toBeGreaterThanOrEqual(a);
			}),
			{ seed: FC_SEED },
		);
	});

	it('fits no accelerator into a zero budget', () => {
		expect(maxAcceleratorsInBudget(0, 700, 1.82, 0.1, 1.2)).toBe(0);
	});

	it('at the registry defaults, 100,000 H100s do not fit a 100 MW budget', () => {
		const o = powerCalculator.compute(valuesFor('power'));
		expect(o['facility_mw']).toBeGreaterThan(100);
		expect(o['max_count_in_budget']).toBeLessThan(100_000);
	});
});

describe('design-day PUE and the capacity charge', () => {
	it('sizes the grid at the annual PUE while the design-day PUE is unset', () => {
		const o = computePower(example1);
		// 140.25 MW of IT × 1.2 = 168.3 MW, the same as the facility draw
		expect(o.gridMw).toBeCloseTo(168.3, 9);
		expect(o.gridMw).toBe(o.facilityMw);
	});

	it('charges PJM 2026/27 capacity on 168 MW at about 20 million USD a year', () => {
		// 168.3 MW × 329.17 USD/MW-day × 365 days = 20,220,749 USD (systems reference: "about $20M a year on 168 MW")
		const o = computePower(example1);
		expect(o.capacityCostUsd).toBeCloseTo(168.3 * 329.17 * 365, 3);
		expect(Math.abs(o.capacityCostUsd - 20e6) / 20e6).toBeLessThan(0.02);
		// energy: 168.3 MW × 8,760 h × 80 USD/MWh = 117,944,640 USD at full load
		expect(o.annualCostUsd).toBeCloseTo(168.3 * 8760 * 80, 3);
		expect(o.totalCostUsd).toBeCloseTo(168.3 * 8760 * 80 + 168.3 * 329.17 * 365, 3);
	});

	it('sizes the grid connection and the budget fit at the design-day PUE, energy at the annual one', () => {
		const o = computePower({ ...example1, pueDesign: 1.4 });
		// 140.25 MW × 1.4 = 196.35 MW at the design day; energy still at 1.2
		expect(o.gridMw).toBeCloseTo(196.35, 9);
		expect(o.facilityMw).toBeCloseTo(168.3, 9);
		expect(o.annualMwh).toBeCloseTo(168.3 * 8760, 6);
		expect(o.capacityCostUsd).toBeCloseTo(196.35 * 329.17 * 365, 3);
		// 100 MW ÷ (700 × 10.2/5.6 × 1.1 × 1.4 W) = 50,929.5 → 50,929 accelerators (59,417 at 1.2)
		expect(o.maxCountInBudget).toBe(Math.floor(100e6 / (700 * (10.2 / 5.6) * 1.1 * 1.4)));
		expect(o.maxCountInBudget).toBe(50_929);
		expect(computePower(example1).maxCountInBudget).toBe(59_417);
	});
});

describe('design-day PUE checks', () => {
	it('rejects a design-day PUE between 0 and 1 and falls back to "same as PUE"', () => {
		const [p] = powerCalculator.crossCheck!({ ...valuesFor('power'), pue_design: 0.5 });
		expect(p).toMatchObject({ param: 'pue_design', fallback: 0 });
		expect(powerCalculator.crossCheck!({ ...valuesFor('power'), pue_design: 0 })).toEqual([]);
		expect(powerCalculator.crossCheck!({ ...valuesFor('power'), pue_design: 1.3 })).toEqual([]);
	});

	it('warns when the design day is below the annual average', () => {
		expect(powerCalculator.crossWarn!({ ...valuesFor('power'), pue: 1.2, pue_design: 1.1 })).toHaveLength(1);
		expect(powerCalculator.crossWarn!({ ...valuesFor('power'), pue: 1.2, pue_design: 1.35 })).toEqual([]);
	});
});
