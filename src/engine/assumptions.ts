import type { Calculator, ParamValues } from './types';

/**
 * One record of the assumption registry (content/assumptions/*.yaml): a default the engine uses,
 * with its plausible range and where it comes from. The engine never reads files: the site and the
 * tests load the records and pass them in.
 */
export interface Assumption {
	readonly id: string;
	readonly label: string;
	/** A number, or a preset id for preset fields. */
	readonly value: number | string;
	readonly unit: string;
	/** Plausible 90% interval, used for default ranges, tornado charts and Monte Carlo. */
	readonly low?: number | undefined;
	readonly high?: number | undefined;
	/** Source id in content/sources/. */
	readonly source: string;
	/** Page, table or section in the source. */
	readonly locator?: string | undefined;
	readonly confidence: 'verified-primary' | 'verified-secondary' | 'derived' | 'unverified' | 'illustrative';
	/** One line: why this value. */
	readonly note: string;
}

export type AssumptionLookup = (id: string) => Assumption | undefined;

/** The default of every numeric field and the default preset, from the registry. */
export function defaultsFor(calc: Calculator, lookup: AssumptionLookup): { defaults: ParamValues; defaultPreset?: string } {
	const defaults: ParamValues = {};
	for (const field of calc.fields) {
		const a = lookup(field.assumption);
		if (!a || typeof a.value !== 'number') throw new Error(`assumption "${field.assumption}" (default of ${calc.id}.${field.param}) is missing or not a number`);
		defaults[field.param] = a.value;
	}
	if (!calc.preset) return { defaults };
	const p = lookup(calc.preset.assumption);
	if (!p || typeof p.value !== 'string') throw new Error(`assumption "${calc.preset.assumption}" (default preset of ${calc.id}) is missing or not a preset id`);
	return { defaults, defaultPreset: p.value };
}

/** Default ranges (low~high) of every field whose assumption has both ends. */
export function defaultRanges(calc: Calculator, lookup: AssumptionLookup): Record<string, { low: number; high: number }> {
	const ranges: Record<string, { low: number; high: number }> = {};
	for (const field of calc.fields) {
		const a = lookup(field.assumption);
		if (a?.low !== undefined && a.high !== undefined && a.high > a.low) ranges[field.param] = { low: a.low, high: a.high };
	}
	return ranges;
}
