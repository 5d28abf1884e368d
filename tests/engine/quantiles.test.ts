import { describe, expect, it } from 'vitest';

import { mulberry32, quantileUnsorted, rangeMidpoint } from '../../src/engine';

/** The q-quantile by sorting, with linear interpolation between order statistics. */
function byFullSort(values: readonly number[], q: number): number {
	const s = [...values].sort((a, b) => a - b);
	const pos = (s.length - 1) * q;
	const lo = Math.floor(pos);
	return lo + 1 < s.length ? s[lo]! + (s[lo + 1]! - s[lo]!) * (pos - lo) : s[lo]!;
}

describe(quantileUnsorted, () => {
	it.each([0, 0.1, 0.25, 0.5, 0.9, 1])('matches a full sort at q = %s on 1,001 seeded values', (q) => {
		const random = mulberry32(42);
		const values = Array.from({ length: 1001 }, () => random() * 100 - 20);
		expect(quantileUnsorted(Float64Array.from(values), q)).toBeCloseTo(byFullSort(values, q), 12);
	});

	it('interpolates between the two middle values of an even count', () => {
		expect(quantileUnsorted(Float64Array.from([4, 1, 3, 2]), 0.5)).toBe(2.5);
	});

	it('returns NaN for no values', () => {
		expect(quantileUnsorted(new Float64Array(0), 0.5)).toBeNaN();
	});
});

describe(rangeMidpoint, () => {
	it('takes the geometric mean of a positive range', () => expect(rangeMidpoint({ low: 1, high: 100 })).toBe(10));
	it('takes the arithmetic mean when the range reaches zero or below', () =>
		expect(rangeMidpoint({ low: 0, high: 0.4 })).toBeCloseTo(0.2, 12));
});
