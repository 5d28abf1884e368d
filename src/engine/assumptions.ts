import type { Calculator, ParamValues } from './types';

/**
 * What the engine reads of an assumption record (content/assumptions/*.yaml): the default and its
 * plausible range. The record's full type is the content schema's; the engine never reads files.
 */
interface AssumptionValue {
	/** A number, or a preset id for preset fields. */
	readonly value: number | string;
	/** Plausible 90% interval, used for default ranges, tornado charts and Monte Carlo. */
	readonly low?: number | undefined;
	readonly high?: number | undefined;
}

export type AssumptionLookup = (id: string) => AssumptionValue | undefined;

/** The default of every numeric field (derived fields have none) and the default preset, from the registry. */
export function defaultsFor(
	calc: Calculator,
	lookup: AssumptionLookup,
): { defaults: ParamValues; defaultPreset?: string } {
	const defaults: ParamValues = {};
	for (const field of calc.fields) {
		if (field.derived) continue;
		const a = lookup(field.assumption);
		if (!a || typeof a.value !== 'number')
			throw new Error(
				`assumption "${field.assumption}" (default of ${calc.id}.${field.param}) is missing or not a number`,
			);
		defaults[field.param] = a.value;
	}
	if (!calc.preset) return { defaults };
	const p = lookup(calc.preset.assumption);
	if (!p || typeof p.value !== 'string')
		throw new Error(
			`assumption "${calc.preset.assumption}" (default preset of ${calc.id}) is missing or not a preset id`,
		);
	return { defaults, defaultPreset: p.value };
}

/** Default ranges (low~high) of every field whose assumption has both ends. */
export function defaultRanges(
	calc: Calculator,
	lookup: AssumptionLookup,
): Record<string, { low: number; high: number }> {
	const ranges: Record<string, { low: number; high: number }> = {};
	for (const field of calc.fields) {
		const a = lookup(field.assumption);
		if (a?.low !== undefined && a.high !== undefined && a.high > a.low)
			ranges[field.param] = { low: a.low, high: a.high };
	}
	return ranges;
}
