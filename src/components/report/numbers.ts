/**
 * Exact-looking numbers for reference tables (methodology, CSV): no rounding beyond float noise,
 * scientific notation for very large or small values. Prose uses src/lib/format.ts instead.
 */
import { formatScientific } from '../../format';

/** 5.9e11 → "5.9 × 10¹¹"; 16384 → "16,384"; 0.26 → "0.26"; a calendar year as written: 2024 → "2024". */
export function formatExact(n: number, unit?: string): string {
	if (!Number.isFinite(n)) return '—';
	if (unit === 'year' && Number.isInteger(n)) return String(n);
	const abs = Math.abs(n);
	if (n !== 0 && (abs >= 1e9 || abs < 1e-3)) {
		const digits = Math.min(
			15,
			Math.max(
				1,
				String(Number(n.toPrecision(12)).toExponential())
					.split('e')[0]!
					.replace(/[-.]/g, '').length,
			),
		);
		return formatScientific(n, digits);
	}
	return Number(n.toPrecision(12)).toLocaleString('en-US', { maximumFractionDigits: 10 });
}

/** Output units as readers write them. */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
	MW: 'MW',
	MWh: 'MWh',
	USD: 'US dollars',
	count: 'count',
	kW: 'kW',
	W: 'W',
	'm3/h': 'm³/h',
	CFM: 'CFM (cubic feet per minute)',
	'L/min': 'L/min',
	TR: 'tons of refrigeration',
	m3: 'm³',
	'BTU/h': 'BTU/h',
	FLOP: 'FLOP',
	year: 'calendar year',
	days: 'days',
	h: 'hours',
	s: 'seconds',
	fraction: 'fraction (0 to 1)',
	'per day': 'per day',
	'per s': 'per second',
	ms: 'milliseconds',
	'tokens/s': 'tokens per second',
	Wh: 'watt-hours',
	ratio: 'ratio',
	months: 'months',
	'MW-months': 'MW-months (megawatts × months)',
	'PFLOP/s': 'PFLOP/s (10¹⁵ FLOP per second)',
	method: 'named option (an id)',
};
