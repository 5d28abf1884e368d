/**
 * The cooling calculator's imperial view: °F rises; BTU/h, CFM, US gpm and US gallons. Display
 * only: the state, the URL and every `data-value` stay in SI.
 */
import {
	as,
	fahrenheitFromKelvinDelta,
	type FahrenheitDelta,
	type KelvinDelta,
	kelvinFromFahrenheitDelta,
	type LitresPerMinute,
	LITRES_PER_US_GALLON,
	usGpmFromLPerMin,
} from '../../engine';
import { type Formatted, formatNumber } from '../../format';
import type { FieldUnits, UnitsConfig } from '../../islands/calculator/model/units';

const join = (number: string, unit: string): Formatted => ({ number, unit, text: `${number} ${unit}` });

/** A temperature difference in °F. */
export const FAHRENHEIT_DELTA: FieldUnits = {
	unit: '°F',
	note: 'limits are in °C; a rise of 1 °C is 1.8 °F',
	toSi: (f) => kelvinFromFahrenheitDelta(as<FahrenheitDelta>(f)),
	fromSi: (k) => fahrenheitFromKelvinDelta(as<KelvinDelta>(k)),
};

/** US gallons per minute from litres per minute. */
export const formatGpm = (lPerMin: number): Formatted =>
	join(formatNumber(usGpmFromLPerMin(as<LitresPerMinute>(lPerMin))), 'US gpm');

/** US gallons from cubic metres, in millions from a million up. */
export function formatUsGallons(m3: number): Formatted {
	const gal = (m3 * 1000) / LITRES_PER_US_GALLON;
	return Math.abs(gal) >= 1e6 ? join(formatNumber(gal / 1e6), 'million US gal') : join(formatNumber(gal), 'US gal');
}

/** BTU per hour, in millions from a million up. */
export const formatBtuPerH = (btu: number): Formatted =>
	Math.abs(btu) >= 1e6 ? join(formatNumber(btu / 1e6), 'million BTU/h') : join(formatNumber(btu), 'BTU/h');

/** The cooling calculator's imperial view: °F rises; BTU/h, CFM, US gpm and US gallons. */
export const COOLING_UNITS: UnitsConfig = {
	fields: { air_delta_t_c: FAHRENHEIT_DELTA, liquid_delta_t_c: FAHRENHEIT_DELTA },
	twins: [
		['heat_kw', 'heat_btu_per_h'],
		['air_m3_per_h_per_rack', 'air_cfm_per_rack'],
	],
	outputs: { liquid_l_per_min_per_rack: formatGpm, annual_water_m3: formatUsGallons, heat_btu_per_h: formatBtuPerH },
};
