import { describe, expect, it } from 'vitest';

import { csvCell, csvNumber, toCsv } from '../../src/format/csv';

describe('csvCell', () => {
	it.each([
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		['+1-555', "'+1-555"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tcmd', "'\tcmd"],
	])('prefixes text a spreadsheet would run as a formula: %s', (input, expected) => {
		expect(csvCell(input)).toBe(expected);
	});

	it('leaves negative numbers as numbers, since they are values, not text', () => {
		expect(csvCell(-5)).toBe('-5');
	});

	it('quotes commas, quotes and line breaks (RFC 4180)', () => {
		expect(csvCell('a, b')).toBe('"a, b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it('prints empty cells for missing values and non-finite numbers', () => {
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(null)).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
		expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
	});
});

describe('csvNumber', () => {
	it('drops float noise', () => {
		expect(csvNumber(0.1 + 0.2)).toBe('0.3');
		expect(csvNumber(1683601.9200000002)).toBe('1683601.92');
	});

	it('keeps whole numbers whole', () => {
		expect(csvNumber(450000)).toBe('450000');
	});
});

describe('toCsv', () => {
	it('writes a header and one row per record with CRLF line ends', () => {
		expect(toCsv(['id', 'mw'], [{ id: 'a', mw: 1.5 }, { id: 'b' }])).toBe('id,mw\r\na,1.5\r\nb,\r\n');
	});
});

describe('csvCell, as every download uses it', () => {
	it.each([
		[1.5, '1.5'],
		[null, ''],
		[Number.NaN, ''],
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['@cmd', "'@cmd"],
		['-2+3', "'-2+3"],
	])('%j → %s', (v, text) => expect(csvCell(v)).toBe(text));
});
