import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
	breakevenOccupancy,
	capitalRecoveryFactor,
	computeTco,
	itKwPerAccel,
	type TcoInputs,
	tcoCalculator,
	usdPerEffectiveHour,
} from '../../../src/calculators/tco/model';
import { powerCalculator } from '../../../src/calculators/power/model';
import { readScenario } from '../../../src/engine';
import { FC_SEED, closeTo, contextFor, valuesFor } from '../../helpers/engine';
import { fixture } from '../../helpers/registry';

/**
 * A round-number case worked out by hand, so each step can be checked on paper:
 * IT power 1,000 W × 1.6 × 1.25 = 2,000 W = 2 kW; free capital over 4 years: 40,000 ÷ 4 = 10,000 a
 * year; colocation 100 × 2 kW × 12 = 2,400; electricity 2 × 1.25 × 0.5 × 8,760 × 100 ÷ 1,000 = 1,095;
 * operations 4,025; so owning costs 10,000 + 4,025 + 2,400 + 1,095 = 17,520 a year, 2 USD per hour
 * of the year. Busy half the time: 4 USD per allocated hour; at 50% MFU and 80% goodput, 4 ÷ 0.4 =
 * 10 USD per useful hour. Renting at 3.30 with 40% MFU and 75% goodput: 3.3 ÷ 0.3 = 11 USD.
 * Break-even: 17,520 ÷ (8,760 × 11 × 0.5 × 0.8) = 2 ÷ 4.4 = 5/11.
 */
const ROUND: TcoInputs = {
	count: 1000,
	boardPowerW: 1000,
	serverOverhead: 1.6,
	networkShare: 0.25,
	pue: 1.25,
	utilization: 0.5,
	priceUsdPerMwh: 100,
	capexUsdPerAccel: 40_000,
	lifeYears: 4,
	wacc: 0,
	coloUsdPerKwMonth: 100,
	opsUsdPerAccelYear: 4025,
	occupancy: 0.5,
	rentUsdPerHour: 3.3,
	mfuOwn: 0.5,
	mfuRent: 0.4,
	goodputOwn: 0.8,
	goodputRent: 0.75,
};

describe(computeTco, () => {
	const o = computeTco(ROUND);

	it.each([
		['itKwPerAccel', 2],
		['crf', 0.25],
		['capitalUsdPerYear', 10_000],
		['coloUsdPerYear', 2400],
		['energyUsdPerYear', 1095],
		['ownUsdPerYear', 17_520],
		['ownUsdPerHour', 4],
		['ownUsdPerEffectiveHour', 10],
		['rentUsdPerEffectiveHour', 11],
		['breakevenOccupancy', 5 / 11],
		['savingUsdPerEffectiveHour', 1],
		// 1,000 accelerators: 17.52 million a year to own; the same useful hours
		// (1,000 × 8,760 × 0.5 × 0.5 × 0.8 = 1.752 million) rented at 11 USD cost 19.272 million.
		['fleetOwnUsdPerYear', 17_520_000],
		['fleetRentUsdPerYear', 19_272_000],
		['fleetSavingUsdPerYear', 1_752_000],
	] as const)('works out %s = %s for the round-number case', (key, want) => {
		expect(closeTo(o[key], want, 1e-12)).toBe(true);
	});

	it('calls owning cheaper when it costs less per useful hour', () => {
		expect(o.cheaper).toBe('own');
	});

	it('calls renting cheaper on a tie, as the contract says ("else rent")', () => {
		// Rent at 3.00: 3 ÷ 0.3 = 10 USD per useful hour, the same as owning.
		const tie = computeTco({ ...ROUND, rentUsdPerHour: 3 });
		expect(closeTo(tie.rentUsdPerEffectiveHour, 10, 1e-12)).toBe(true);
		expect(tie.cheaper).toBe('rent');
	});

	it('reproduces the H100 defaults worked out by hand from their sources', () => {
		// IT power: 700 W × 1.82 (DGX H100 10.2 kW ÷ 8 × 700 W) × 1.1 = 1,401.4 W.
		// Capital recovery at 8% over 5 years: 0.08 ÷ (1 − 1.08⁻⁵) = 0.08 ÷ (1 − 0.680583) = 0.250456,
		// the (A/P, 8%, 5) factor of standard interest tables (0.25046).
		// Per year: 50,000 × 0.250456 = 12,522.82 capital; 3,000 operations; CBRE's 184.06 USD per
		// kW-month × 1.4014 kW × 12 = 3,095.30 colocation; 1.4014 × 1.2 × 0.8 × 8,760 × 80 ÷ 1,000 =
		// 942.82 electricity; 19,560.94 in all. At 80% occupancy: 19,560.94 ÷ 7,008 = 2.7912 per hour,
		// ÷ (0.4 × 0.9) = 7.7534 per useful hour. Renting at SemiAnalysis's 2.35: 2.35 ÷ 0.36 = 6.5278.
		// Break-even: 19,560.94 ÷ (8,760 × 6.5278 × 0.36) = 19,560.94 ÷ 20,586 = 0.95021.
		const d = tcoCalculator.compute(valuesFor('tco'));
		expect(d['it_kw_per_accel']).toBeCloseTo(1.4014, 10);
		expect(d['crf']).toBeCloseTo(0.250456, 6);
		expect(d['capital_usd_per_year']).toBeCloseTo(12_522.82, 2);
		expect(d['colo_usd_per_year']).toBeCloseTo(3095.3, 2);
		expect(d['energy_usd_per_year']).toBeCloseTo(942.82, 2);
		expect(d['own_usd_per_year']).toBeCloseTo(19_560.94, 2);
		expect(d['own_usd_per_hour']).toBeCloseTo(2.7912, 4);
		expect(d['own_usd_per_effective_hour']).toBeCloseTo(7.7534, 4);
		expect(d['rent_usd_per_effective_hour']).toBeCloseTo(6.5278, 4);
		expect(d['breakeven_occupancy']).toBeCloseTo(0.95021, 5);
		expect(d['cheaper']).toBe('rent');
	});
});

describe(capitalRecoveryFactor, () => {
	it.each([
		// (A/P, i, n) factors as printed in standard compound-interest tables.
		[0.05, 5, 0.23097],
		[0.08, 5, 0.25046],
		[0.1, 4, 0.31547],
		[0.12, 10, 0.17698],
	])('at %s over %s years is %s, as the interest tables give', (wacc, life, table) => {
		expect(capitalRecoveryFactor(wacc, life)).toBeCloseTo(table, 5);
	});

	it('spreads the capital evenly when capital is free: 1 ÷ life', () => {
		expect(capitalRecoveryFactor(0, 4)).toBe(0.25);
		expect(capitalRecoveryFactor(0, 0.5)).toBe(2);
	});

	it.each([5e-324, 1e-300, 1e-12, 0.999e-9, 1e-9, 1e-7])(
		'at a cost of capital of %s stays finite and follows its series 1 ÷ life + wacc × (life + 1) ÷ (2 × life)',
		(wacc) => {
			// (1 + w)^−n = 1 − n·w + n(n+1)/2·w² − …, so w ÷ (1 − (1 + w)^−n) = 1/n + w(n+1)/(2n) + O(w²).
			for (const life of [0.5, 1, 5, 20]) {
				const crf = capitalRecoveryFactor(wacc, life);
				expect(Number.isFinite(crf)).toBe(true);
				expect(closeTo(crf, 1 / life + (wacc * (life + 1)) / (2 * life), 1e-9)).toBe(true);
			}
		},
	);
});

describe(breakevenOccupancy, () => {
	it('is the occupancy at which owning costs what renting does per useful hour', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 100, max: 1e6, noNaN: true }),
				fc.double({ min: 0.1, max: 100, noNaN: true }),
				fc.double({ min: 0.05, max: 1, noNaN: true }),
				fc.double({ min: 0.05, max: 1, noNaN: true }),
				(ownPerYear, rentEffective, mfu, goodput) => {
					const be = breakevenOccupancy(ownPerYear, rentEffective, mfu, goodput);
					const ownEffective = usdPerEffectiveHour(ownPerYear / (8760 * be), mfu, goodput);
					expect(closeTo(ownEffective, rentEffective, 1e-9)).toBe(true);
				},
			),
			{ seed: FC_SEED },
		);
	});
});

describe('contract relations (tco)', () => {
	const d = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
	// The contract's relations, written out here independently of the code.
	const contractCrf = (wacc: number, life: number) => (wacc > 0 ? wacc / (1 - (1 + wacc) ** -life) : 1 / life);
	const inputs = fc.record({
		count: fc.integer({ min: 1, max: 10_000_000 }),
		board_w: d(50, 2500),
		server_overhead: d(1, 3),
		network_share: d(0, 0.5),
		pue: d(1, 3),
		utilization: d(0, 1),
		price_usd_mwh: d(0, 1000),
		capex_usd_per_accel: d(100, 2_000_000),
		life_years: d(0.5, 20),
		// Zero, or far enough from it that the contract's form of the annuity keeps its precision
		// (1 − (1 + wacc)^−life loses digits to cancellation below about 1e-6).
		wacc: fc.oneof(fc.constant(0), d(1e-6, 0.5)),
		colo_usd_per_kw_month: d(0, 2000),
		ops_usd_per_accel_year: d(0, 1_000_000),
		occupancy: d(0.01, 1),
		rent_usd_per_hour: d(0.01, 100),
		mfu_own: d(0.01, 1),
		mfu_rent: d(0.01, 1),
		goodput_own: d(0.01, 1),
		goodput_rent: d(0.01, 1),
	});

	it('hold for any valid input', () => {
		fc.assert(
			fc.property(inputs, (v) => {
				const o = tcoCalculator.compute(v);
				const itKw = (v.board_w * v.server_overhead * (1 + v.network_share)) / 1000;
				const crf = contractCrf(v.wacc, v.life_years);
				const ownYear =
					v.capex_usd_per_accel * crf +
					v.ops_usd_per_accel_year +
					v.colo_usd_per_kw_month * itKw * 12 +
					(itKw * v.pue * v.utilization * 8760 * v.price_usd_mwh) / 1000;
				const ownHour = ownYear / (8760 * v.occupancy);
				const ownEff = ownHour / (v.mfu_own * v.goodput_own);
				const rentEff = v.rent_usd_per_hour / (v.mfu_rent * v.goodput_rent);
				expect(closeTo(o['it_kw_per_accel'], itKw)).toBe(true);
				expect(closeTo(o['crf'], crf, 1e-9)).toBe(true);
				expect(closeTo(o['own_usd_per_year'], ownYear, 1e-9)).toBe(true);
				expect(closeTo(o['own_usd_per_hour'], ownHour, 1e-9)).toBe(true);
				expect(closeTo(o['own_usd_per_effective_hour'], ownEff, 1e-9)).toBe(true);
				expect(closeTo(o['rent_usd_per_effective_hour'], rentEff)).toBe(true);
				expect(closeTo(o['breakeven_occupancy'], ownYear / (8760 * rentEff * v.mfu_own * v.goodput_own), 1e-9)).toBe(
					true,
				);
				const [own, rent] = [o['own_usd_per_effective_hour'] as number, o['rent_usd_per_effective_hour'] as number];
				expect(o['cheaper']).toBe(own < rent ? 'own' : 'rent');
			}),
			{ seed: FC_SEED, numRuns: 1000 },
		);
	});

	it('calls owning cheaper exactly when the fleet is busier than the break-even occupancy', () => {
		fc.assert(
			fc.property(inputs, (v) => {
				const o = tcoCalculator.compute(v);
				const be = o['breakeven_occupancy'] as number;
				// Away from the knife edge, where rounding could decide either way.
				fc.pre(Math.abs(v.occupancy - be) > 1e-9 * be);
				expect(o['cheaper']).toBe(v.occupancy > be ? 'own' : 'rent');
			}),
			{ seed: FC_SEED, numRuns: 1000 },
		);
	});

	it('makes every per-accelerator result independent of fleet size', () => {
		fc.assert(
			fc.property(inputs, fc.integer({ min: 1, max: 10_000_000 }), (v, other) => {
				const a = tcoCalculator.compute(v);
				const b = tcoCalculator.compute({ ...v, count: other });
				for (const key of ['own_usd_per_effective_hour', 'rent_usd_per_effective_hour', 'breakeven_occupancy'])
					expect(b[key]).toBe(a[key]);
			}),
			{ seed: FC_SEED },
		);
	});

	it('never raises the cost of a useful owned hour as occupancy rises', () => {
		fc.assert(
			fc.property(inputs, d(0.01, 1), (v, other) => {
				const [lo, hi] = [Math.min(v.occupancy, other), Math.max(v.occupancy, other)];
				const atLo = tcoCalculator.compute({ ...v, occupancy: lo })['own_usd_per_effective_hour'] as number;
				const atHi = tcoCalculator.compute({ ...v, occupancy: hi })['own_usd_per_effective_hour'] as number;
				expect(atHi).toBeLessThanOrEqual(atLo);
			}),
			{ seed: FC_SEED },
		);
	});
});

describe(itKwPerAccel, () => {
	it('is the power calculator’s IT power for one accelerator', () => {
		// 700 W × 1.82 × 1.1 = 1,401.4 W; 100,000 of them are 140.14 MW, as the power page says.
		expect(itKwPerAccel(700, 1.82, 0.1)).toBeCloseTo(1.4014, 12);
		const power = powerCalculator.compute(valuesFor('power', { count: 100_000, server_overhead: 1.82 }));
		expect(power['it_mw']).toBeCloseTo((itKwPerAccel(700, 1.82, 0.1) * 100_000) / 1000, 9);
	});
});

describe('the accelerator preset', () => {
	const read = (accelerator: string, raw: Record<string, string> = {}) =>
		readScenario(tcoCalculator, { accelerator, ...raw }, contextFor('tco')).scenario.values;
	const system = (id: string) => fixture.accelerators.find((a) => a.id === id)!;

	it('sets the power figures of its system and its published capital per accelerator', () => {
		const gb200 = system('gb200');
		expect(gb200.capexUsdPerAccel).toBeDefined();
		expect(read('gb200')).toMatchObject({
			board_w: gb200.boardPowerW,
			server_overhead: gb200.serverOverhead,
			network_share: gb200.networkShare,
			capex_usd_per_accel: gb200.capexUsdPerAccel,
		});
	});

	it('keeps the registry’s capital estimate for a system that publishes none', () => {
		expect(system('h100-sxm').capexUsdPerAccel).toBeUndefined();
		expect(read('h100-sxm')['capex_usd_per_accel']).toBe(valuesFor('tco')['capex_usd_per_accel']);
	});

	it('yields to an explicit parameter', () => {
		expect(read('gb200', { capex_usd_per_accel: '60000' })['capex_usd_per_accel']).toBe(60_000);
	});
});
