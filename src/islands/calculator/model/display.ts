/** What an output element shows, and the text each field starts with. Pure. */
import type { Calculator, OutputSpec, Scenario } from '../../../engine';
import { type Formatted, formatOutput } from '../../../format';
import { fieldText } from './fieldText';
import type { Solved } from './solve';

/** What one output element shows: raw attributes and text for people. */
export interface OutputDisplay {
	/** `data-value`: the raw number (P50 with ranges), the method id, or '' for "none". */
	readonly value: string;
	readonly p10?: string;
	readonly p90?: string;
	/** Everything people see: `main`, then `band` when there is one. */
	readonly text: string;
	readonly main: string;
	/** "(140 to 205)" with ranges. */
	readonly band?: string;
}

const raw = (v: number | string | null | undefined): string => (v === null || v === undefined ? '' : String(v));

/**
 * Formats an output of a solved scenario: "168 MW", or with ranges "168 MW (140 to 205)".
 * `labels` names text outputs (the cooling method ids); `format` replaces the output's own unit
 * (an imperial view). `data-value` is always the engine's number in the contract's unit.
 */
export function displayOutput(
	spec: OutputSpec,
	solved: Solved,
	labels?: Readonly<Record<string, string>>,
	format?: (v: number) => Formatted,
): OutputDisplay {
	const f = (v: number | string | null | undefined) =>
		format && typeof v === 'number' && Number.isFinite(v) ? format(v) : formatOutput(v, spec.unit, 3, labels);
	const point = solved.outputs[spec.key];
	const q = solved.quantiles?.[spec.key];
	if (!q || spec.unit === 'method') {
		const text = f(point).text;
		return { value: raw(point), text, main: text };
	}
	const mid = f(q.p50);
	const lo = f(q.p10);
	const hi = f(q.p90);
	const sameUnit = lo.unit === mid.unit && hi.unit === mid.unit;
	const band = sameUnit ? `${lo.number} to ${hi.number}` : `${lo.text} to ${hi.text}`;
	const base = { value: raw(q.p50), p10: raw(q.p10), p90: raw(q.p90), main: mid.text };
	// An output the ranges do not move reads as one number; its attributes still carry P10 and P90.
	return lo.text === hi.text
		? { ...base, text: mid.text }
		: { ...base, text: `${mid.text} (${band})`, band: `(${band})` };
}

/** The text each field starts with for a scenario: the number, or `low~high` for a range. */
export function textsFor(calc: Calculator, scenario: Scenario): Record<string, string> {
	const texts: Record<string, string> = {};
	for (const f of calc.fields) {
		const r = scenario.ranges[f.param];
		const v = scenario.values[f.param];
		texts[f.param] = r ? `${fieldText(r.low)}~${fieldText(r.high)}` : v === undefined ? '' : fieldText(v);
	}
	return texts;
}
