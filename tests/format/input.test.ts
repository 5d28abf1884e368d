import { describe, expect, it } from 'vitest';

import { formatInput } from '../../src/format';

describe(formatInput, () => {
	it('writes a billion and up in scientific notation, with its unit', () => {
		expect(formatInput(5.9e11, 'FLOP/s/W')).toBe('5.9 × 10¹¹ FLOP/s/W');
		expect(formatInput(1.56e13, 'count')).toBe('1.56 × 10¹³');
		expect(formatInput(3.79e25, 'FLOP')).toBe('3.79 × 10²⁵ FLOP');
	});

	it('keeps smaller numbers in full, and years as years', () => {
		expect(formatInput(700, 'W')).toBe('700 W');
		expect(formatInput(100_000, 'count')).toBe('100,000');
		expect(formatInput(2030, 'year')).toBe('2030');
		expect(formatInput(0.4, 'fraction')).toBe('40%');
	});
});
