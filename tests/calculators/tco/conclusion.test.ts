/** The build-or-buy conclusion against numbers worked out here by hand. */
import { describe, expect, it } from 'vitest';

import { tcoConclusion } from '../../../src/calculators/tco/conclusion';

describe('tco: owning is cheaper per useful hour', () => {
	// 10 USD per useful hour to own, 11 to rent, break-even at 5/11 occupancy (the model test's round case).
	const owns = { own_usd_per_effective_hour: 10, rent_usd_per_effective_hour: 11, breakeven_occupancy: 5 / 11 };
	const rents = { own_usd_per_effective_hour: 7.75, rent_usd_per_effective_hour: 6.53, breakeven_occupancy: 0.95 };

	it('has a margin of rent less own per useful hour: positive while owning is cheaper', () => {
		expect(tcoConclusion.margin(owns, {})).toBe(1);
		expect(tcoConclusion.margin(rents, {})).toBeCloseTo(-1.22, 12);
		expect(tcoConclusion.statement).toBe('Owning is cheaper per useful hour');
	});

	it('quotes both costs and the occupancy where it flips', () => {
		expect(tcoConclusion.text.holds({}, owns)).toBe(
			'Owning is cheaper per useful hour: $10 against $11 to rent. Owning pays once the fleet is busy at least 45.5% of the time.',
		);
		expect(tcoConclusion.text.fails({}, rents)).toBe(
			'Renting is cheaper per useful hour: $6.53 against $7.75 to own. Owning pays once the fleet is busy at least 95% of the time.',
		);
	});

	it('says when no occupancy makes owning pay', () => {
		expect(tcoConclusion.text.fails({}, { ...rents, breakeven_occupancy: 1.22 })).toBe(
			'Renting is cheaper per useful hour: $6.53 against $7.75 to own. No occupancy makes owning pay at these prices: it would take 122% of the hours in a year.',
		);
		expect(tcoConclusion.text.breaks({})).toBe('Owning stops being cheaper with');
		expect(tcoConclusion.text.mends({})).toBe('Owning would be cheaper with');
	});
});
