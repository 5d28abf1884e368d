import { describe, expect, it } from 'vitest';

import { formatInput, indefiniteArticle } from '../../src/format';

describe(indefiniteArticle, () => {
	it.each([
		['11.1 °C', 'an'],
		['8 °C', 'an'],
		['80 kW', 'an'],
		['800 kW', 'an'],
		['8,000', 'an'],
		['11', 'an'],
		['18 MW', 'an'],
		['11,000', 'an'],
		['18,500', 'an'],
		['1 MW', 'a'],
		['40.8 kW', 'a'],
		['110 kW', 'a'],
		['180', 'a'],
		['1,100', 'a'],
		['111,000', 'a'],
		['0.8', 'a'],
		['−3', 'a'],
		['1.2 × 10²⁵', 'a'],
	])('says "%s" takes "%s", as it is spoken', (text, article) => {
		expect(indefiniteArticle(text)).toBe(article);
	});

	it('goes by the first letter of text that is not a number', () => {
		expect(indefiniteArticle('immersion')).toBe('an');
		expect(indefiniteArticle('rear-door')).toBe('a');
	});

	it('reads the numbers the site prints', () => {
		expect(indefiniteArticle(formatInput(11.1, '°C'))).toBe('an');
		expect(indefiniteArticle(formatInput(8000, 'count'))).toBe('an');
	});
});
