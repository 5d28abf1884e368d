/**
 * Each calculator's stated conclusion, against numbers worked out here by hand: the margin's sign
 * and the figures its sentences quote.
 */
import { describe, expect, it } from 'vitest';

import { coolingConclusion } from '../../src/calculators/cooling/conclusion';
import { growthConclusion } from '../../src/calculators/growth/conclusion';
import { mfuConclusion } from '../../src/calculators/mfu/conclusion';
import { powerConclusion } from '../../src/calculators/power/conclusion';
import { refreshConclusion } from '../../src/calculators/refresh/conclusion';
import { reliabilityConclusion } from '../../src/calculators/reliability/conclusion';
import { timeToPowerConclusion } from '../../src/calculators/time-to-power/conclusion';

describe('cooling: air can carry the heat left to it', () => {
	// A 40 kW rack with 75% of its heat on liquid leaves 40 × 0.25 = 10 kW to air.
	const v = { rack_kw: 40, liquid_fraction: 0.75, air_max_kw: 20, rear_door_max_kw: 30 };

	it('has a margin of the rear-door ceiling less the heat left to air', () => {
		expect(coolingConclusion.margin({}, v)).toBeCloseTo(30 - 10, 12);
		expect(coolingConclusion.margin({}, { ...v, liquid_fraction: 0 })).toBeCloseTo(30 - 40, 12);
	});

	it('quotes the heat left to air and the ceiling it fits', () => {
		expect(coolingConclusion.text.holds(v, {})).toBe(
			'Air can carry the heat left to it: 10 kW per rack, within the 20 kW that contained air handles.',
		);
		// 40 × 0.4 = 16 kW by liquid leaves 24 kW: above 20, within the door's 30; 1 − 20/40 = 50% would avoid the door
		expect(coolingConclusion.text.holds({ ...v, liquid_fraction: 0.4 }, {})).toBe(
			"Air can carry the heat left to it with a rear-door heat exchanger: 24 kW per rack is above the 20 kW contained air handles but within the door's 30 kW; the door moves it into water at the rack, so no cold-plate coolant is needed unless liquid takes at least 50% of the heat.",
		);
		expect(coolingConclusion.text.fails({ ...v, liquid_fraction: 0.2 }, {})).toBe(
			'Air cannot carry the heat left to it: 32 kW per rack, above the 30 kW even a rear-door heat exchanger handles; liquid must take at least 50% for contained air to carry the rest.',
		);
	});
});

describe('power: the cluster fits the power budget', () => {
	it('holds while facility power is under the budget, and quotes both', () => {
		expect(powerConclusion.margin({ facility_mw: 168 }, { budget_mw: 200 })).toBe(32);
		expect(powerConclusion.margin({ facility_mw: 250 }, { budget_mw: 200 })).toBe(-50);
		expect(powerConclusion.text.holds({ budget_mw: 200 }, { facility_mw: 168 })).toBe(
			'The cluster fits the 200 MW power budget: it draws 168 MW.',
		);
	});
});

describe('growth: a frontier run needs a gigawatt by the last year', () => {
	it('compares the last year’s power with 1,000 MW', () => {
		expect(growthConclusion.margin({ power_mw_end: 1500 }, {})).toBe(500);
		expect(growthConclusion.margin({ power_mw_end: 900 }, {})).toBe(-100);
		expect(growthConclusion.text.holds({ end_year: 2030 }, { power_mw_end: 1500 })).toBe(
			'A frontier run needs a gigawatt by 2030: 1.5 GW.',
		);
	});
});

describe('mfu: purpose-built finishes sooner', () => {
	it('holds while days saved is positive', () => {
		expect(mfuConclusion.margin({ days_saved: 3 }, {})).toBe(3);
		expect(mfuConclusion.margin({ days_saved: -1 }, {})).toBe(-1);
	});
});

describe('reliability: goodput stays at or above 90%', () => {
	it('measures the margin from 0.9 and says "90%" in every sentence', () => {
		expect(reliabilityConclusion.margin({ goodput: 0.95 }, {})).toBeCloseTo(0.05, 12);
		expect(reliabilityConclusion.margin({ goodput: 0.85 }, {})).toBeCloseTo(-0.05, 12);
		expect(reliabilityConclusion.statement).toBe('Goodput stays at or above 90%');
		expect(reliabilityConclusion.text.fails({}, { goodput: 0.41 })).toBe('Goodput is below 90%: 41%.');
	});
});

describe('time to power: bridging covers at least half of the wait', () => {
	it('measures the covered share from one half', () => {
		// 247 MW of 300 MW bridged through the whole 51-month wait covers 247 ÷ 300 = 82.3%.
		expect(timeToPowerConclusion.margin({ wait_covered_share: 247 / 300 }, {})).toBeCloseTo(247 / 300 - 0.5, 12);
		expect(timeToPowerConclusion.margin({ wait_covered_share: 0 }, {})).toBe(-0.5);
	});

	it('quotes the share and the wait, and says when there is none', () => {
		expect(timeToPowerConclusion.text.holds({}, { wait_covered_share: 247 / 300, wait_months: 51 })).toBe(
			'Bridging power covers at least 50% of the wait for the grid: 82.3% of 51 months.',
		);
		expect(timeToPowerConclusion.text.fails({}, { wait_covered_share: 0, wait_months: 31 })).toBe(
			'Without bridging power, the finished building waits 31 months for the grid.',
		);
		expect(timeToPowerConclusion.text.fails({}, { wait_covered_share: 0.2, wait_months: 31 })).toBe(
			'Bridging power covers 20% of the wait for the grid (31 months), short of 50%.',
		);
		expect(timeToPowerConclusion.text.holds({}, { wait_covered_share: 1, wait_months: 0 })).toBe(
			'There is no wait to cover: the grid is ready by the time the building is.',
		);
	});
});

describe('refresh: the hall strands no more than a quarter of its power', () => {
	it('measures the margin from 25% of the hall', () => {
		// One DGX H100 per 10 kW position pair: 4.9 of 10 MW stranded, 49%.
		expect(refreshConclusion.margin({ stranded_share: 0.49 }, {})).toBeCloseTo(0.25 - 0.49, 12);
		expect(refreshConclusion.margin({ stranded_share: 0 }, {})).toBe(0.25);
	});

	it('quotes the stranded power and its share', () => {
		expect(refreshConclusion.text.fails({}, { stranded_mw: 4.9, stranded_share: 0.49 })).toBe(
			'The new system strands more than 25% of the hall’s power: 4.9 MW (49%) is left unused.',
		);
		expect(refreshConclusion.statement).toBe(
			'The hall takes the new system without stranding more than 25% of its power',
		);
	});
});
