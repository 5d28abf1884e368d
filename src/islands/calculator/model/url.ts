/**
 * The calculators' query strings, read and written. Pure: no `window`, no DOM. The engine decides
 * what a value means (`readScenario`); this module only turns text into raw params and back.
 */
import { numberText, readScenario, type Scenario, type ScenarioContext, scenarioToParams } from '../../../engine';
import { type Calculator, migrateQuery } from '../../../engine';

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
	return inputsOf(calc, splitQuery(search, MAX_VALUE_LENGTH));
}

/** Decoded `key → value` pairs of a query string, first of repeated keys winning. Never throws. */
function splitQuery(search: string, maxLength: number): Map<string, string> {
	const found = new Map<string, string>();
	const text = search.startsWith('?') ? search.slice(1) : search;
	for (const part of text.split('&')) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		const key = decode(eq < 0 ? part : part.slice(0, eq));
		const value = decode(eq < 0 ? '' : part.slice(eq + 1));
		if (key === null || value === null || found.has(key)) continue;
		found.set(key, value.length > maxLength ? value.slice(0, maxLength) : value);
	}
	return found;
}

function inputsOf(calc: Calculator, found: Map<string, string>): QueryInputs {
	const known = new Set(knownParams(calc));
	const { query, changed: migrated } = migrateQuery(found, calc.migrations ?? []);
	const raw: Record<string, string> = {};
	for (const key of known) {
		const value = query.get(key);
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
export function calculatorHref(calcId: string, query: string, route: 'calculators' | 'embed' = 'calculators'): string {
	return `/${route}/${calcId}/${query ? `?${query}` : ''}`;
}

/** One scenario of a link: a named scenario to start from (`s`) and parameters over it. */
export interface ScenarioLink extends QueryInputs {
	/** Named scenario id, as written in the link (unchecked). */
	readonly s: string | undefined;
}

/** Everything a calculator page's query string carries (see docs/url-scheme.md). */
export interface PageLink {
	/** The scenario shown (B when comparing). */
	readonly current: ScenarioLink;
	/** Scenario A, when the link compares two scenarios (`a=…&b=…`). */
	readonly pinned: ScenarioLink | null;
	/** `units`, as written (the island checks it: only some calculators have units). */
	readonly units: string | undefined;
}

/** Longest `a` or `b` value kept: a whole scenario's query string. */
const MAX_SCENARIO_LENGTH = 4000;

function scenarioLink(calc: Calculator, found: Map<string, string>): ScenarioLink {
	return { ...inputsOf(calc, found), s: found.get('s')?.slice(0, MAX_VALUE_LENGTH) };
}

/**
 * Reads a calculator page's query string. `a` and `b` each hold a whole scenario's query,
 * URL-encoded; without `b`, the page's own parameters are scenario B (or the only scenario).
 * Migrations and the named scenario `s` apply inside each. Never throws.
 */
export function readPageLink(calc: Calculator, search: string): PageLink {
	const top = splitQuery(search, MAX_SCENARIO_LENGTH);
	const a = top.get('a');
	const b = top.get('b');
	return {
		current: scenarioLink(calc, b === undefined ? top : splitQuery(b, MAX_SCENARIO_LENGTH)),
		pinned: a === undefined ? null : scenarioLink(calc, splitQuery(a, MAX_SCENARIO_LENGTH)),
		units: top.get('units')?.slice(0, MAX_VALUE_LENGTH),
	};
}

/** Writes a page's query string (no `?`): one scenario, or `a=…&b=…`, then `units=imperial`. */
export function writePageLink(link: {
	readonly current: string;
	readonly pinned?: string | null | undefined;
	readonly units?: string | undefined;
}): string {
	const parts =
		link.pinned != null
			? [`a=${encodeURIComponent(link.pinned)}`, `b=${encodeURIComponent(link.current)}`]
			: link.current
				? [link.current]
				: [];
	if (link.units === 'imperial') parts.push('units=imperial');
	return parts.join('&');
}

/** A named scenario as the island knows it: its parameters are URL text. */
export interface NamedBase {
	readonly id: string;
	readonly params: Readonly<Record<string, string>>;
}

/**
 * A scenario's query string (no `?`). Over a named scenario it is `s=<id>` plus only the
 * parameters that differ from what the named scenario gives, so that reading
 * `{...named.params, ...params}` returns the same scenario.
 */
export function scenarioQuery(calc: Calculator, scenario: Scenario, ctx: ScenarioContext, base?: NamedBase): string {
	if (!base) return inputsToQuery(calc, scenario, ctx);
	const out: Record<string, string> = {};
	const preset = calc.preset?.param;
	if (preset && scenario.preset !== undefined) {
		if (scenario.preset !== readScenario(calc, base.params, ctx).scenario.preset) out[preset] = scenario.preset;
	}
	const ref = readScenario(calc, { ...base.params, ...out }, ctx).scenario;
	for (const f of calc.fields) {
		const r = scenario.ranges[f.param];
		const was = ref.ranges[f.param];
		if (r) {
			if (!was || was.low !== r.low || was.high !== r.high) out[f.param] = `${numberText(r.low)}~${numberText(r.high)}`;
		} else if (was || scenario.values[f.param] !== ref.values[f.param]) {
			const v = scenario.values[f.param];
			// An emptied derived field is written empty, so the link says "work it out" over the named scenario.
			out[f.param] = v === undefined ? '' : numberText(v);
		}
	}
	return [
		`s=${encodeURIComponent(base.id)}`,
		...knownParams(calc)
			.filter((p) => out[p] !== undefined)
			.map((p) => `${encodeURIComponent(p)}=${encodeURIComponent(out[p]!)}`),
	].join('&');
}
