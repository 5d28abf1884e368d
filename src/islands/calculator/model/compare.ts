/**
 * Comparing scenarios, for people: the difference between two values of an output (absolute and
 * in per cent) and the inputs in which two scenarios differ. Pure; used by the island (A/B, the
 * named-scenario banner) and at build time by the scenario pages.
 */
import type { Range, Scenario } from '../../../engine';
import type { Calculator, OutputSpec, Preset } from '../../../engine';
import { formatCount, formatNumber, formatOutput } from '../../../format';
import { valueText } from './fieldText';

export { valueText };

/** How far B is from A: `+18 MW` and `+12%`; null when there is nothing to subtract. */
export interface Difference {
	readonly abs: string;
	/** Relative to A; empty when A is zero. */
	readonly pct: string;
	/** -1, 0 or 1. */
	readonly sign: number;
}

const MINUS = '−';
const signed = (sign: number, text: string) => (sign > 0 ? `+${text}` : sign < 0 ? `${MINUS}${text}` : text);

/**
 * B − A for one output, in the output's unit: percentage points for fractions, years for years.
 * Returns null for text outputs and when either side has no value.
 */
export function difference(
	spec: OutputSpec,
	a: number | string | null | undefined,
	b: number | string | null | undefined,
): Difference | null {
	if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) return null;
	const d = b - a;
	const sign = Math.sign(d);
	const m = Math.abs(d);
	let abs: string;
	if (sign === 0) abs = '0';
	else if (spec.unit === 'fraction') {
		const points = formatNumber(m * 100, 3);
		abs = `${points} ${points === '1' ? 'point' : 'points'}`;
	} else if (spec.unit === 'year') abs = `${Math.round(m)} ${Math.round(m) === 1 ? 'year' : 'years'}`;
	else if (spec.unit === 'count') abs = formatCount(m);
	else abs = formatOutput(m, spec.unit).text;
	const pct = a === 0 ? '' : sign === 0 ? '0%' : `${formatNumber((m / Math.abs(a)) * 100, 2)}%`;
	return { abs: signed(sign, abs), pct: pct && signed(sign, pct), sign };
}

/** One input in which two scenarios differ, as text for people. */
export interface InputDifference {
	readonly param: string;
	readonly label: string;
	/** The value in the first scenario (the report default, or A). */
	readonly from: string;
	/** The value in the second (the named scenario, or B). */
	readonly to: string;
}

const rangeText = (r: Range, unit: string) => `${valueText(r.low, unit)} to ${valueText(r.high, unit)}`;

/** An input's value for people: "1.2", "700 W", "1.1 to 1.4" for a range. */
export function inputText(scenario: Scenario, param: string, unit: string): string {
	const r = scenario.ranges[param];
	const v = scenario.values[param];
	return r ? rangeText(r, unit) : v === undefined ? 'worked out' : valueText(v, unit);
}

const sameRange = (a: Range | undefined, b: Range | undefined) =>
	a === b || (a !== undefined && b !== undefined && a.low === b.low && a.high === b.high);

/** The preset and the fields in which `to` differs from `from`, in the calculator's order. */
export function scenarioDifferences(
	calc: Calculator,
	from: Scenario,
	to: Scenario,
	accelerators: readonly Preset[] = [],
): InputDifference[] {
	const out: InputDifference[] = [];
	if (calc.preset && from.preset !== to.preset) {
		const name = (id: string | undefined) => accelerators.find((a) => a.id === id)?.name ?? id ?? '';
		out.push({ param: calc.preset.param, label: calc.preset.label, from: name(from.preset), to: name(to.preset) });
	}
	for (const f of calc.fields) {
		const ra = from.ranges[f.param];
		const rb = to.ranges[f.param];
		if (sameRange(ra, rb) && (ra || from.values[f.param] === to.values[f.param])) continue;
		out.push({
			param: f.param,
			label: f.label,
			from: inputText(from, f.param, f.unit),
			to: inputText(to, f.param, f.unit),
		});
	}
	return out;
}
