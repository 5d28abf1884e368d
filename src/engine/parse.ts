import type { Calculator, FieldProblem, NumberField, ParamValues, Preset } from './types';

/** A successfully read value, or why it was refused. Failures are values, never exceptions. */
export type Parsed<T> = { ok: true; value: T; warning?: string } | { ok: false; error: string };

/** A numeric input that is a 90% interval instead of a point. */
export interface Range {
	readonly low: number;
	readonly high: number;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Digits grouped by thousands with commas, as people write them: 12,500 or 1,234,567.89. */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
/** Multipliers people type after a number: 12.5k, 2M, 1.5B (also G), 3T. */
const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9, G: 1e9, T: 1e12 };

/**
 * Reads a number written by a person or a URL: plain or scientific notation (`1.5e26`), digits
 * grouped with commas (`12,500`), or a multiplier suffix (`12.5k`, `2M`). With `percent`, a
 * trailing `%` divides by 100 (`40%` is 0.4). Units, words and other separators are refused with
 * a message that says what is allowed.
 */
export function parseNumber(raw: string | number, options: { percent?: boolean } = {}): Parsed<number> {
	if (typeof raw === 'number') {
		return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, error: 'must be a finite number' };
	}
	let text = raw.trim();
	if (text === '') return { ok: false, error: 'is empty; enter a number' };
	let scale = 1;
	if (text.endsWith('%')) {
		if (!options.percent)
			return { ok: false, error: `"${truncate(text)}" is not a number here (a % is for shares, e.g. 40%)` };
		text = text.slice(0, -1).trim();
		scale = 0.01;
	} else {
		const suffix = MULTIPLIERS[text.slice(-1)];
		if (suffix !== undefined && text.length > 1) {
			text = text.slice(0, -1).trim();
			scale = suffix;
		}
	}
	if (GROUPED.test(text)) text = text.replaceAll(',', '');
	else if (/^[+-]?\d+,\d{1,2}$/.test(text))
		return {
			ok: false,
			error: `"${truncate(raw.trim())}" is not a number (the decimal mark is a point: write ${text.replace(',', '.')})`,
		};
	if (!NUMBER.test(text))
		return {
			ok: false,
			error: `"${truncate(raw.trim())}" is not a number (write digits, e.g. 12,500, 12.5k or 1.5e26)`,
		};
	const value = Number(text) * scale;
	if (!Number.isFinite(value)) return { ok: false, error: 'is too large to compute' };
	// 0.1 × 3 is 0.30000000000000004: a scaled value keeps the digits the reader typed.
	return { ok: true, value: scale === 1 ? value : Number(value.toPrecision(15)) };
}

function truncate(text: string): string {
	return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** Formats a limit for messages without float noise (1e-7 stays readable). */
export function formatLimit(n: number): string {
	if (n !== 0 && (Math.abs(n) >= 1e7 || Math.abs(n) < 1e-3)) return n.toExponential().replace('e+', 'e');
	return String(Number(n.toPrecision(12)));
}

/** Checks a number against a field's hard limits; returns a soft-range warning when it applies. */
export function checkField(field: NumberField, value: number): Parsed<number> {
	const label = field.label;
	if (!Number.isFinite(value)) return { ok: false, error: `${label} must be a finite number` };
	if (field.integer && !Number.isInteger(value)) return { ok: false, error: `${label} must be a whole number` };
	const belowMin = field.minExclusive ? value <= field.min : value < field.min;
	if (belowMin) {
		const bound = field.minExclusive ? `more than ${formatLimit(field.min)}` : `at least ${formatLimit(field.min)}`;
		return { ok: false, error: `${label} must be ${bound}${field.minNote ? `; ${field.minNote}` : ''}` };
	}
	if (value > field.max) return { ok: false, error: `${label} must be at most ${formatLimit(field.max)}` };
	if (field.softMin !== undefined && value < field.softMin) {
		return {
			ok: true,
			value,
			warning: `${label} below ${formatLimit(field.softMin)}: ${field.softMinNote ?? 'unusually low'}`,
		};
	}
	if (field.softMax !== undefined && value > field.softMax) {
		return {
			ok: true,
			value,
			warning: `${label} above ${formatLimit(field.softMax)}: ${field.softMaxNote ?? 'unusually high'}`,
		};
	}
	return { ok: true, value };
}

/** Reads one field from text: a number, or a range `low~high` when ranges are allowed. */
export function parseFieldText(field: NumberField, raw: string): Parsed<number | Range> {
	const text = raw.trim();
	const percent = field.unit === 'fraction';
	const tilde = text.indexOf('~');
	if (tilde > 0) {
		const lowText = text.slice(0, tilde);
		const highText = text.slice(tilde + 1);
		const low = parseNumber(lowText, { percent });
		const high = parseNumber(highText, { percent });
		if (!low.ok) return { ok: false, error: `${field.label}: low end ${low.error}` };
		if (!high.ok) return { ok: false, error: `${field.label}: high end ${high.error}` };
		if (high.value < low.value)
			return { ok: false, error: `${field.label}: the range's low end must not exceed its high end` };
		const lowChecked = checkField(field, low.value);
		if (!lowChecked.ok) return lowChecked;
		const highChecked = checkField(field, high.value);
		if (!highChecked.ok) return highChecked;
		if (low.value === high.value) return { ok: true, value: low.value };
		const warning = lowChecked.warning ?? highChecked.warning;
		return warning
			? { ok: true, value: { low: low.value, high: high.value }, warning }
			: { ok: true, value: { low: low.value, high: high.value } };
	}
	const n = parseNumber(text, { percent });
	if (!n.ok) return { ok: false, error: `${field.label} ${n.error}` };
	return checkField(field, n.value);
}

/** The reader's scenario: a point value for every field, plus ranges for some. */
export interface Scenario {
	readonly values: ParamValues;
	readonly ranges: Readonly<Record<string, Range>>;
	/** Preset id in force (`h100-sxm`), if the calculator has presets. */
	readonly preset?: string | undefined;
}

export interface ScenarioResult {
	readonly scenario: Scenario;
	/** Parameters that were given but refused, and why. The default was used instead. */
	readonly ignored: readonly FieldProblem[];
	/** Accepted values outside their usual range. */
	readonly warnings: readonly FieldProblem[];
}

export interface ScenarioContext {
	/** Default value of every numeric param (from the assumption registry). */
	readonly defaults: ParamValues;
	/** Default preset id, if the calculator has presets. */
	readonly defaultPreset?: string | undefined;
	readonly accelerators?: readonly Preset[] | undefined;
}

/**
 * The values a preset sets: each param its `sets` names, from the preset record. A figure the
 * platform does not publish (undefined, or not finite) is left out, so the field keeps its default.
 */
export function presetValues(calc: Calculator, preset: Preset): ParamValues {
	const out: ParamValues = {};
	for (const [param, get] of Object.entries(calc.preset?.sets ?? {})) {
		const v = get(preset);
		if (v !== undefined && Number.isFinite(v)) out[param] = v;
	}
	return out;
}

/** Midpoint used as the point value of a range: geometric for positive ranges, arithmetic otherwise. */
export function rangeMidpoint(r: Range): number {
	return r.low > 0 ? Math.sqrt(r.low * r.high) : (r.low + r.high) / 2;
}

/**
 * Builds a scenario from untrusted text (a URL query or form fields). Missing params take the
 * default; a preset sets defaults that explicit params override; malformed or out-of-range params
 * are ignored with a message. Unknown params are ignored silently. Never throws.
 */
export function readScenario(
	calc: Calculator,
	raw: Readonly<Record<string, string | undefined>>,
	ctx: ScenarioContext,
): ScenarioResult {
	const ignored: FieldProblem[] = [];
	const warnings: FieldProblem[] = [];
	const values: ParamValues = { ...ctx.defaults };
	const ranges: Record<string, Range> = {};
	let preset: string | undefined;

	if (calc.preset) {
		preset = ctx.defaultPreset;
		const requested = raw[calc.preset.param];
		if (requested !== undefined) {
			const found = ctx.accelerators?.find((a) => a.id === requested || a.aliases?.includes(requested));
			if (found) preset = found.id;
			else
				ignored.push({
					param: calc.preset.param,
					message: `unknown accelerator "${truncate(requested)}"; expected one of ${(ctx.accelerators ?? []).map((a) => a.id).join(', ')}`,
				});
		}
		const acc = ctx.accelerators?.find((a) => a.id === preset);
		if (acc) Object.assign(values, presetValues(calc, acc));
	}

	for (const field of calc.fields) {
		const text = raw[field.param];
		if (text === undefined) continue;
		// An empty derived field is the calculator's to work out: no value, not an error.
		if (field.derived && text.trim() === '') {
			delete values[field.param];
			continue;
		}
		const parsed = parseFieldText(field, text);
		if (!parsed.ok) {
			ignored.push({ param: field.param, message: parsed.error });
			continue;
		}
		if (typeof parsed.value === 'number') values[field.param] = parsed.value;
		else {
			ranges[field.param] = parsed.value;
			const mid = rangeMidpoint(parsed.value);
			values[field.param] = field.integer ? Math.round(mid) : mid;
		}
		if (parsed.warning) warnings.push({ param: field.param, message: parsed.warning });
	}

	// A cross-field error (end_year before base_year) drops the field back to its fallback or
	// default; repeat until the values agree, so reading the same link twice gives the same result.
	for (let round = 0; round < 4; round++) {
		const problems = calc.crossCheck?.(values) ?? [];
		if (problems.length === 0) break;
		for (const problem of problems) {
			if (!ignored.some((p) => p.param === problem.param))
				ignored.push({ param: problem.param, message: problem.message });
			values[problem.param] = problem.fallback ?? ctx.defaults[problem.param] ?? values[problem.param]!;
			delete ranges[problem.param];
		}
	}
	warnings.push(...(calc.crossWarn?.(values) ?? []));
	return { scenario: { values, ranges, preset }, ignored, warnings };
}

/** Writes a scenario back as URL params: only what differs from the defaults (and the preset). */
export function scenarioToParams(calc: Calculator, scenario: Scenario, ctx: ScenarioContext): Record<string, string> {
	const out: Record<string, string> = {};
	const base: ParamValues = { ...ctx.defaults };
	if (calc.preset && scenario.preset !== undefined) {
		if (scenario.preset !== ctx.defaultPreset) out[calc.preset.param] = scenario.preset;
		const acc = ctx.accelerators?.find((a) => a.id === scenario.preset);
		if (acc) Object.assign(base, presetValues(calc, acc));
	}
	for (const field of calc.fields) {
		const range = scenario.ranges[field.param];
		const value = scenario.values[field.param];
		if (range) out[field.param] = `${numberText(range.low)}~${numberText(range.high)}`;
		else if (value !== undefined && value !== base[field.param]) out[field.param] = numberText(value);
	}
	return out;
}

/** Shortest text that reads back as the same number (`1e+26` → `1e26`). */
export function numberText(n: number): string {
	return String(n).replace('e+', 'e');
}

export type { FieldProblem };
