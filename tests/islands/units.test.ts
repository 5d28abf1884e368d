import { describe, expect, it } from 'vitest';

import { CALCULATORS } from '../../src/registry/calculators';
import {
	COOLING_UNITS,
	FAHRENHEIT_DELTA,
	formatBtuPerH,
	formatGpm,
	formatUsGallons,
} from '../../src/calculators/cooling/units';
import { fromSiText, isDetail, toSiText } from '../../src/islands/calculator/model/units';

describe(toSiText, () => {
	it('converts °F of rise to the SI parameter, without float noise', () => {
		expect(toSiText(FAHRENHEIT_DELTA, '20')).toBe('11.1111111111');
		expect(toSiText(FAHRENHEIT_DELTA, '21.6')).toBe('12');
		expect(toSiText(FAHRENHEIT_DELTA, '18')).toBe('10');
		expect(toSiText(FAHRENHEIT_DELTA, '1.8e1')).toBe('10');
	});

	it('converts both ends of a range', () => {
		expect(toSiText(FAHRENHEIT_DELTA, '18~27')).toBe('10~15');
		expect(toSiText(FAHRENHEIT_DELTA, ' 9 ~ 36 ')).toBe('5~20');
	});

	it('leaves text that is not a number as typed, for the engine to refuse', () => {
		for (const text of ['', 'abc', '20 °F', '<b>1</b>', '1~', '~3'])
			expect(toSiText(FAHRENHEIT_DELTA, text)).toBe(text.trim());
	});
});

describe(fromSiText, () => {
	it('shows SI text in °F, ranges too', () => {
		expect(fromSiText(FAHRENHEIT_DELTA, '10')).toBe('18');
		expect(fromSiText(FAHRENHEIT_DELTA, '11.1')).toBe('19.98');
		expect(fromSiText(FAHRENHEIT_DELTA, '8.3~16.7')).toBe('14.94~30.06');
		expect(fromSiText(FAHRENHEIT_DELTA, 'abc')).toBe('abc');
	});

	it('round-trips through the field: what it shows converts back to the same SI number', () => {
		for (const si of ['10', '11.1', '12.5', '8.3', '16.7', '40', '1'])
			expect(Number(toSiText(FAHRENHEIT_DELTA, fromSiText(FAHRENHEIT_DELTA, si)))).toBe(Number(si));
	});
});

describe('imperial outputs', () => {
	it('formats US gallons per minute, US gallons and BTU/h from the SI values', () => {
		expect(formatGpm(3.785411784).text).toBe('1 US gpm');
		expect(formatGpm(172).text).toBe('45.4 US gpm');
		expect(formatUsGallons(3.785411784).text).toBe('1,000 US gal');
		expect(formatUsGallons(1859).text).toBe('491,000 US gal');
		expect(formatUsGallons(1e4).text).toBe('2.64 million US gal');
		expect(formatBtuPerH(409_440).text).toBe('409,000 BTU/h');
		expect(formatBtuPerH(3.48e6).text).toBe('3.48 million BTU/h');
	});
});

describe(isDetail, () => {
	const cooling = CALCULATORS.cooling.outputs;
	const main = (system: 'si' | 'imperial') =>
		cooling.filter((o) => !isDetail(o.key, !!o.detail, COOLING_UNITS, system)).map((o) => o.key);

	it('shows SI twins as headline results under SI and imperial ones under imperial', () => {
		expect(main('si')).toEqual([
			'heat_kw',
			'method',
			'air_m3_per_h_per_rack',
			'liquid_l_per_min_per_rack',
			'min_liquid_fraction',
			'cooling_tons',
			'annual_water_m3',
			'indirect_water_m3',
		]);
		expect(main('imperial')).toEqual([
			'method',
			'air_cfm_per_rack',
			'liquid_l_per_min_per_rack',
			'min_liquid_fraction',
			'cooling_tons',
			'annual_water_m3',
			'indirect_water_m3',
			'heat_btu_per_h',
		]);
	});

	it('keeps every contract output on the page in both systems', () => {
		expect(cooling.length).toBe(10);
		for (const system of ['si', 'imperial'] as const)
			expect(
				cooling.filter((o) => isDetail(o.key, !!o.detail, COOLING_UNITS, system)).length + main(system).length,
			).toBe(10);
	});

	it('leaves calculators without units alone', () => {
		for (const o of CALCULATORS.power.outputs)
			expect(isDetail(o.key, !!o.detail, undefined, 'imperial')).toBe(!!o.detail);
	});
});
