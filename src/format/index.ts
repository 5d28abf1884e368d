/**
 * Turns engine numbers (base units, unrounded) into text for people: significant figures,
 * thousands separators, and the unit chosen by magnitude (MW or GW). Pure; runs in the browser
 * and at build time.
 */
import type { OutputUnit } from '../engine';

const SUPERSCRIPT: Record<string, string> = {
	'-': '⁻',
	'0': '⁰',
	'1': '¹',
	'2': '²',
	'3': '³',
	'4': '⁴',
	'5': '⁵',
	'6': '⁶',
	'7': '⁷',
	'8': '⁸',
	'9': '⁹',
};

/** Rounds to `sig` significant figures and prints with thousands separators (en-US). */
export function formatNumber(value: number, sig = 3, locale = 'en-US'): string {
	if (!Number.isFinite(value)) return '—';
	if (value === 0) return '0';
	const abs = Math.abs(value);
	if (abs >= 1e15 || abs < 1e-4) return formatScientific(value, sig);
	const rounded = Number(value.toPrecision(sig));
	const decimals = Math.max(0, sig - 1 - Math.floor(Math.log10(Math.abs(rounded))));
	return rounded.toLocaleString(locale, { maximumFractionDigits: Math.min(decimals, 10), minimumFractionDigits: 0 });
}

/** 3.79e25 → "3.79 × 10²⁵". */
export function formatScientific(value: number, sig = 3): string {
	if (!Number.isFinite(value)) return '—';
	const [mantissa, exponent] = value.toExponential(sig - 1).split('e') as [string, string];
	const exp = String(Number(exponent))
		.split('')
		.map((c) => SUPERSCRIPT[c] ?? c)
		.join('');
	return `${Number(mantissa)} × 10${exp}`;
}

/** Whole numbers with separators (racks, accelerators). */
export function formatCount(value: number, locale = 'en-US'): string {
	if (!Number.isFinite(value)) return '—';
	if (Math.abs(value) >= 1e9) return `${formatNumber(value / 1e9, 3, locale)} billion`;
	return Math.round(value).toLocaleString(locale);
}

function formatUsd(value: number, sig = 3, locale = 'en-US'): string {
	if (!Number.isFinite(value)) return '—';
	const abs = Math.abs(value);
	const sign = value < 0 ? '−' : '';
	if (abs >= 1e12) return `${sign}$${formatNumber(abs / 1e12, sig, locale)} trillion`;
	if (abs >= 1e9) return `${sign}$${formatNumber(abs / 1e9, sig, locale)} billion`;
	if (abs >= 1e6) return `${sign}$${formatNumber(abs / 1e6, sig, locale)} million`;
	return `${sign}$${formatNumber(abs, sig, locale)}`;
}

export interface Formatted {
	/** Number part, e.g. "168". */
	readonly number: string;
	/** Unit part, e.g. "MW" (may be empty). */
	readonly unit: string;
	/** Both, ready to print: "168 MW". */
	readonly text: string;
}

const join = (number: string, unit: string): Formatted => ({ number, unit, text: unit ? `${number} ${unit}` : number });

/** Formats an engine output by its unit, picking the scale (MW/GW, MWh/GWh/TWh, s/min/h). */
export function formatOutput(
	value: number | string | null | undefined,
	unit: OutputUnit,
	sig = 3,
	labels?: Readonly<Record<string, string>>,
): Formatted {
	if (value === null || value === undefined) return join(unit === 'year' ? 'not within the projection' : '—', '');
	if (typeof value === 'string') return join(labels?.[value] ?? value, '');
	if (!Number.isFinite(value)) return join('—', '');
	const n = (v: number) => formatNumber(v, sig);
	switch (unit) {
		case 'MW':
			if (Math.abs(value) >= 1000) return join(n(value / 1000), 'GW');
			if (Math.abs(value) < 1 && value !== 0) return join(n(value * 1000), 'kW');
			return join(n(value), 'MW');
		case 'MWh':
			if (Math.abs(value) >= 1e6) return join(n(value / 1e6), 'TWh');
			if (Math.abs(value) >= 1000) return join(n(value / 1000), 'GWh');
			return join(n(value), 'MWh');
		case 'kW':
			if (Math.abs(value) >= 1000) return formatOutput(value / 1000, 'MW', sig);
			return join(n(value), 'kW');
		case 'W':
			if (Math.abs(value) >= 1e4) return formatOutput(value / 1000, 'kW', sig);
			return join(n(value), 'W');
		case 'USD':
			return join(formatUsd(value, sig), '');
		case 'count':
			return join(
				Math.abs(value) >= 1e7 && !Number.isInteger(value) ? formatScientific(value, sig) : formatCount(value),
				'',
			);
		case 'FLOP':
			return join(formatScientific(value, sig), 'FLOP');
		case 'year':
			return join(String(Math.round(value)), '');
		case 'days':
			return join(n(value), Math.abs(value) === 1 ? 'day' : 'days');
		case 'h':
			if (Math.abs(value) >= 1e5) return join(formatCount(value), 'h');
			return join(n(value), 'h');
		case 's':
			if (Math.abs(value) >= 7200) return join(n(value / 3600), 'h');
			if (Math.abs(value) >= 120) return join(n(value / 60), 'min');
			if (Math.abs(value) < 1 && value !== 0) return formatOutput(value * 1000, 'ms', sig);
			return join(n(value), 's');
		case 'ms':
			if (Math.abs(value) >= 1000) return formatOutput(value / 1000, 's', sig);
			if (Math.abs(value) < 1 && value !== 0) return join(n(value * 1000), 'µs');
			return join(n(value), 'ms');
		case 'fraction':
			return join(`${n(value * 100)}%`, '');
		case 'per day':
			return join(n(value), 'per day');
		case 'per s':
			return join(n(value), 'per second');
		case 'tokens/s':
			return join(n(value), 'tokens/s');
		case 'Wh':
			if (Math.abs(value) >= 1e6) return join(n(value / 1e6), 'MWh');
			if (Math.abs(value) >= 1000) return join(n(value / 1000), 'kWh');
			return join(n(value), 'Wh');
		case 'ratio':
			return join(`${n(value)}×`, '');
		case 'm3/h':
			return join(n(value), 'm³/h');
		case 'm3':
			return join(n(value), 'm³');
		case 'CFM':
			return join(n(value), 'CFM');
		case 'L/min':
			return join(n(value), 'L/min');
		case 'TR':
			return join(n(value), 'tons');
		case 'BTU/h':
			return join(n(value), 'BTU/h');
		case 'months':
			return join(n(value), Math.abs(value) === 1 ? 'month' : 'months');
		case 'MW-months':
			return join(n(value), 'MW-months');
		case 'PFLOP/s':
			if (Math.abs(value) >= 1e6) return join(n(value / 1e6), 'ZFLOP/s');
			if (Math.abs(value) >= 1000) return join(n(value / 1000), 'EFLOP/s');
			return join(n(value), 'PFLOP/s');
		case 'TFLOP/s':
			if (Math.abs(value) >= 1000) return formatOutput(value / 1000, 'PFLOP/s', sig);
			return join(n(value), 'TFLOP/s');
		case 'GB':
			if (Math.abs(value) >= 1000) return join(n(value / 1000), 'TB');
			if (Math.abs(value) < 1 && value !== 0) return join(n(value * 1000), 'MB');
			return join(n(value), 'GB');
		case 'method':
			return join(String(value), '');
	}
}

/** Formats an input value with its unit label for summaries ("1.2", "700 W"). */
export function formatInput(value: number, unit: string): string {
	if (unit === 'FLOP') return `${formatScientific(value, 3)} FLOP`;
	// From a billion up, a count of digits is unreadable: 5.9 × 10¹¹ FLOP/s per W, as the field and its chart write it.
	if (Math.abs(value) >= 1e9 && unit !== 'year')
		return `${formatScientific(value, 3)}${unit === 'count' ? '' : ` ${unit}`}`;
	if (unit === 'count' || unit === 'year') return unit === 'year' ? String(value) : formatCount(value);
	if (unit === 'fraction') return `${formatNumber(value * 100, 3)}%`;
	if (unit === 'ratio') return formatNumber(value, 3);
	if (unit.startsWith('×')) return `${formatNumber(value, 4)}${unit}`;
	return `${formatNumber(value, 4)} ${unit}`;
}

/**
 * "a" or "an" before a formatted number, by how it is spoken: "an 11.1 °C rise", "an 80 kW rack",
 * "an 18,000-accelerator job", but "a 110 kW rack" and "a 1,100 kW hall" (one hundred…, one
 * thousand…). A number is spoken from its leading group of digits: eight, eighty and eight hundred
 * start with a vowel sound, and so do eleven and eighteen when they are the whole group. Text that
 * is not a number goes by its first letter.
 */
export function indefiniteArticle(text: string): 'a' | 'an' {
	const digits = /^\d[\d,]*/.exec(text.trim())?.[0].replaceAll(',', '');
	if (digits === undefined) return /^[aeiou]/i.test(text.trim()) ? 'an' : 'a';
	const group = digits.slice(0, ((digits.length - 1) % 3) + 1);
	return group.startsWith('8') || group === '11' || group === '18' ? 'an' : 'a';
}
