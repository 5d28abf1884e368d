/**
 * The calculators' query strings, read and written. Pure: no `window`, no DOM. The engine decides
 * what a value means (`readScenario`); this module only turns text into raw params and back.
 */
import { type Scenario, type ScenarioContext, scenarioToParams } from '../../engine/parse';
import type { Calculator, CalculatorId } from '../../engine/types';

/** A renamed parameter. Old links keep working: `from` is read as `to` (when `to` is absent). */
export interface Migration {
	readonly from: string;
	readonly to: string;
	/** Only for these calculators; every calculator when absent. */
	readonly calculators?: readonly CalculatorId[];
	/** Why the name changed, for the changelog. */
	readonly note: string;
}

/**
 * Renamed parameters, oldest first. Never remove an entry: a newsletter link lives for years.
 * The draft calculators shared before launch used these names.
 */
export const migrations: readonly Migration[] = [
	{
		from: 'gpus',
		to: 'count',
		calculators: ['power', 'mfu', 'reliability'],
		note: 'accelerators are not all GPUs; the contract calls them `count`',
	},
	{
		from: 'tdp_w',
		to: 'board_w',
		calculators: ['power'],
		note: 'board power is what the vendors publish; TDP is one name for it',
	},
	{
		from: 'mtbf_h',
		to: 'mtbf_h_per_accel',
		calculators: ['reliability'],
		note: 'the unit is per accelerator, not per cluster',
	},
];

/** Longest value kept from a query: anything longer cannot be a number and is cut for messages. */
const MAX_VALUE_LENGTH = 200;

export interface QueryInputs {
	/** Raw text of every known parameter present, after migrations. */
	readonly raw: Readonly<Record<string, string>>;
	/** Old names that were read as new ones. */
	readonly migrated: readonly { readonly from: string; readonly to: string }[];
}

/** The parameters a calculator understands: its preset (if any) and every numeric field. */
export function knownParams(calc: Calculator): readonly string[] {
	return [...(calc.preset ? [calc.preset.param] : []), ...calc.fields.map((f) => f.param)];
}

function decode(text: string): string | null {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

/**
 * Reads a query string (`?count=1e5&pue=1.1~1.3`) into raw parameter text. Unknown parameters are
 * dropped; the first of repeated parameters wins; `+` stays a plus sign (`1e+26`), since no value
 * a calculator reads contains a space. Never throws.
 */
export function queryToInputs(calc: Calculator, search: string): QueryInputs {
	const known = new Set(knownParams(calc));
	const found = new Map<string, string>();
	const text = search.startsWith('?') ? search.slice(1) : search;
	for (const part of text.split('&')) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		const key = decode(eq < 0 ? part : part.slice(0, eq));
		const value = decode(eq < 0 ? '' : part.slice(eq + 1));
		if (key === null || value === null || found.has(key)) continue;
		found.set(key, value.length > MAX_VALUE_LENGTH ? value.slice(0, MAX_VALUE_LENGTH) : value);
	}
	const migrated: { from: string; to: string }[] = [];
	for (const m of migrations) {
		if (m.calculators && !m.calculators.includes(calc.id)) continue;
		const old = found.get(m.from);
		if (old === undefined) continue;
		if (!found.has(m.to)) {
			found.set(m.to, old);
			migrated.push({ from: m.from, to: m.to });
		}
	}
	const raw: Record<string, string> = {};
	for (const key of known) {
		const value = found.get(key);
		if (value !== undefined) raw[key] = value;
	}
	return { raw, migrated };
}

/**
 * Writes a scenario as its canonical query string (no leading `?`): only what differs from the
 * defaults, preset first, then the fields in the calculator's order. `~` stays readable. The
 * Monte Carlo seed is taken from this string, so the same scenario always gives the same result.
 */
export function inputsToQuery(calc: Calculator, scenario: Scenario, ctx: ScenarioContext): string {
	const params = scenarioToParams(calc, scenario, ctx);
	return knownParams(calc)
		.filter((p) => params[p] !== undefined)
		.map((p) => `${encodeURIComponent(p)}=${encodeURIComponent(params[p]!)}`)
		.join('&');
}

/** Path of a calculator, with its query when there is one. */
export function calculatorHref(
	calcId: CalculatorId,
	query: string,
	route: 'calculators' | 'embed' = 'calculators',
): string {
	return `/${route}/${calcId}/${query ? `?${query}` : ''}`;
}
