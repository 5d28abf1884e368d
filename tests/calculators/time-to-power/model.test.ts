import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
	carryUsdPerMwMonth,
	computeTimeToPower,
	firstPowerMonths,
	gridMonths,
	idleMwMonths,
	readyMonths,
	timeToPowerCalculator,
	type TimeToPowerInputs,
} from '../../../src/calculators/time-to-power/model';
import { FC_SEED, closeTo, valuesFor } from '../../helpers/engine';

/** The registry defaults, written out (tests/fixtures/registry/assumptions/time-to-power.yaml). */
const defaults: TimeToPowerInputs = {
	loadMw: 100,
	constructionMonths: 24,
	interconnectMonths: 55,
	transformerMonths: 35,
	onsiteMw: 0,
	onsiteMonths: 18,
	capexUsdPerMw: 11_700_000,
	wacc: 0.08,
	valueUsdPerMwMonth: 860_000,
};

describe(computeTimeToPower, () => {
	it('works the default site by hand: 31 idle months of 100 MW at 938,000 USD each', () => {
		// Grid = max(55, 35) = 55 months; the building is done at 24, so it waits 31 months.
		// One idle MW-month = 11.7e6 × 0.08 ÷ 12 + 860,000 = 78,000 + 860,000 = 938,000 USD.
		const o = computeTimeToPower(defaults);
		expect(o.gridMonths).toBe(55);
		expect(o.readyMonths).toBe(55);
		expect(o.waitMonths).toBe(31);
		expect(o.bridgedMw).toBe(0);
		expect(o.firstPowerMonths).toBe(55);
		expect(o.idleMwMonths).toBe(3100);
		expect(o.carryUsdPerMwMonth).toBeCloseTo(938_000, 6);
		expect(o.delayCostUsd).toBeCloseTo(2_907_800_000, 0);
		expect(o.waitCoveredShare).toBe(0);
	});

	it('works the Colossus-style campus by hand: 247 MW of turbines from month 4 carry most of the wait', () => {
		// Published figures: built in about 122 days (Teslarati, 2024), about 300 MW (SemiAnalysis,
		// 2025), 15 turbines of up to 247 MW permitted (Shelby County, via Particle, 2025); the grid
		// path stays at the defaults. Wait = 55 − 4 = 51 months; the turbines run all of it, so
		// (300 − 247) × 51 = 2,703 MW-months stand idle, × 938,000 = 2,535,414,000 USD.
		const o = computeTimeToPower({
			...defaults,
			loadMw: 300,
			constructionMonths: 4,
			onsiteMw: 247,
			onsiteMonths: 4,
		});
		expect(o.waitMonths).toBe(51);
		expect(o.firstPowerMonths).toBe(4);
		expect(o.bridgeRunMonths).toBe(51);
		expect(o.idleMwMonths).toBe(2703);
		expect(o.delayCostUsd).toBeCloseTo(2_535_414_000, 0);
		expect(o.unbridgedDelayCostUsd).toBeCloseTo(300 * 51 * 938_000, 0);
		expect(o.waitCoveredShare).toBeCloseTo(247 / 300, 12);
	});

	it.each([
		// [case, overrides, first power, months on bridging, idle MW-months]
		['bridging that arrives after the grid buys nothing', { onsiteMw: 50, onsiteMonths: 70 }, 55, 0, 3100],
		['bridging ready before the building runs from the building', { onsiteMw: 50, onsiteMonths: 6 }, 24, 31, 50 * 31],
		['bridging ready mid-wait runs from its own date', { onsiteMw: 40, onsiteMonths: 45 }, 45, 10, 3100 - 400],
		['more bridging than load carries only the load', { onsiteMw: 500, onsiteMonths: 24 }, 24, 31, 0],
		['a building finished after the grid never waits', { constructionMonths: 60, onsiteMw: 50 }, 60, 0, 0],
	] as const)('%s', (_case, overrides, first, run, idle) => {
		const o = computeTimeToPower({ ...defaults, ...overrides });
		expect(o.firstPowerMonths).toBe(first);
		expect(o.bridgeRunMonths).toBe(run);
		expect(o.idleMwMonths).toBe(idle);
	});

	it('counts nothing idle and costs nothing when there is no wait', () => {
		const o = computeTimeToPower({ ...defaults, interconnectMonths: 12, transformerMonths: 20 });
		expect(o.waitMonths).toBe(0);
		expect(o.delayCostUsd).toBe(0);
		expect(o.waitCoveredShare).toBe(1);
	});
});

describe.each([
	[gridMonths, [55, 35], 55],
	[gridMonths, [12, 48], 48],
	[readyMonths, [24, 55], 55],
	[readyMonths, [60, 55], 60],
	[firstPowerMonths, [0, 55, 24, 6], 55],
	[firstPowerMonths, [10, 55, 24, 6], 24],
	[idleMwMonths, [100, 31, 40, 31], 3100 - 1240],
	[idleMwMonths, [100, 31, 200, 31], 0],
	[carryUsdPerMwMonth, [12_000_000, 0.1, 0], 100_000],
] as const)('%o', (fn, args, expected) => {
	it(`(${args.join(', ')}) = ${expected}`, () => {
		expect((fn as (...a: number[]) => number)(...args)).toBeCloseTo(expected, 9);
	});
});

const months = fc.double({ min: 0, max: 600, noNaN: true, noDefaultInfinity: true });
const mw = fc.double({ min: 0.1, max: 100_000, noNaN: true, noDefaultInfinity: true });
const onsite = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100_000, noNaN: true, noDefaultInfinity: true }));
const money = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true });
const rate = fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true });

describe('contract relations (time to power)', () => {
	it('hold exactly for any valid input', () => {
		fc.assert(
			fc.property(
				mw,
				months,
				months,
				months,
				onsite,
				months,
				money,
				rate,
				money,
				(load, c, i, t, om, omMonths, capex, wacc, value) => {
					const v = {
						load_mw: load,
						construction_months: c,
						interconnect_months: i,
						transformer_months: t,
						onsite_mw: om,
						onsite_months: omMonths,
						capex_usd_per_mw: capex,
						wacc,
						value_usd_per_mw_month: value,
					};
					const o = timeToPowerCalculator.compute(v);
					const grid = Math.max(i, t);
					const ready = Math.max(c, grid);
					const wait = Math.max(0, grid - c);
					const bridged = Math.min(om, load);
					expect(o['grid_months']).toBe(grid);
					expect(o['ready_months']).toBe(ready);
					expect(o['wait_months']).toBe(wait);
					expect(o['bridged_mw']).toBe(bridged);
					expect(o['first_power_months']).toBe(om > 0 ? Math.min(ready, Math.max(c, omMonths)) : ready);
					const idle = Math.max(0, load * wait - bridged * Math.max(0, ready - Math.max(c, omMonths)));
					expect(closeTo(o['idle_mw_months'], idle) || Math.abs(Number(o['idle_mw_months']) - idle) < 1e-6).toBe(true);
					const carry = (capex * wacc) / 12 + value;
					expect(closeTo(o['delay_cost_usd'], Number(o['idle_mw_months']) * carry)).toBe(true);
				},
			),
			{ seed: FC_SEED, numRuns: 1000 },
		);
	});
});

describe('time-to-power invariants', () => {
	const base = valuesFor('time-to-power');

	it('never gives first power later than full grid power', () => {
		fc.assert(
			fc.property(onsite, months, months, (om, omMonths, c) => {
				const o = timeToPowerCalculator.compute({
					...base,
					onsite_mw: om,
					onsite_months: omMonths,
					construction_months: c,
				});
				expect(Number(o['first_power_months'])).toBeLessThanOrEqual(Number(o['ready_months']));
			}),
			{ seed: FC_SEED },
		);
	});

	it('never raises the cost of the wait as bridging power grows', () => {
		fc.assert(
			fc.property(onsite, fc.double({ min: 0, max: 1000, noNaN: true }), months, (om, extra, omMonths) => {
				const at = (x: number) =>
					Number(timeToPowerCalculator.compute({ ...base, onsite_mw: x, onsite_months: omMonths })['delay_cost_usd']);
				expect(at(om + extra)).toBeLessThanOrEqual(at(om) * (1 + 1e-12));
			}),
			{ seed: FC_SEED },
		);
	});

	it('keeps the covered share between 0 and 1 and idle capacity within the whole wait', () => {
		fc.assert(
			fc.property(mw, onsite, months, months, (load, om, omMonths, c) => {
				const o = timeToPowerCalculator.compute({
					...base,
					load_mw: load,
					onsite_mw: om,
					onsite_months: omMonths,
					construction_months: c,
				});
				const share = Number(o['wait_covered_share']);
				expect(share).toBeGreaterThanOrEqual(0);
				expect(share).toBeLessThanOrEqual(1 + 1e-12);
				expect(Number(o['idle_mw_months'])).toBeLessThanOrEqual(load * Number(o['wait_months']) * (1 + 1e-12));
			}),
			{ seed: FC_SEED },
		);
	});

	it('at the registry defaults, the finished building waits more than two years for the grid', () => {
		expect(Number(timeToPowerCalculator.compute(base)['wait_months'])).toBeGreaterThan(24);
	});
});
