/**
 * A calculator's state: the text of every input and a computed chain
 * text → engine.readScenario → engine.evaluate / simulate → chart configurations.
 * No DOM here; the view (Calculator.tsx) renders it and the URL sync lives in the view's effects.
 *
 * Beyond one scenario it holds: the named scenario the reader started from (`s`), a pinned
 * scenario A to compare with (B is what the reader edits), and the unit system of the display.
 * The Monte Carlo of a ranged scenario runs through an optional `McRunner` (a worker in the
 * browser); without one it runs here, synchronously. Either way it is the same seeded job.
 */
import type { BandPoint } from '../../charts/band';
import { type ChartInput, type ChartTheme, type ChartView, LIGHT_THEME } from '../../charts/theme';
import { evaluate } from '../../engine/evaluate';
import type { Quantiles } from '../../engine/montecarlo';
import {
	type FieldProblem,
	type Range,
	readScenario,
	type Scenario,
	type ScenarioContext,
	type ScenarioResult,
} from '../../engine/parse';
import { seedFromString } from '../../engine/random';
import type { Calculator, OutputSpec, OutputValues } from '../../engine/types';
import { type Formatted, formatOutput } from '../../lib/format';
import { fieldText } from './fieldText';
import { type McJob, type McResult, type McRunner, MC_SAMPLES, runJob } from './mc';
import { type UnitsConfig, type UnitSystem, toSiText } from './units';
import {
	inputsToQuery,
	type NamedBase,
	type PageLink,
	queryToInputs,
	type ScenarioLink,
	scenarioQuery,
	writePageLink,
} from './url';

export { fieldText, MC_SAMPLES };

/** A scenario the engine could evaluate: what the results, charts and URL show. */
export interface Solved {
	readonly scenario: Scenario;
	/** Point evaluation (ranges at their midpoints). */
	readonly outputs: OutputValues;
	/** P10/P50/P90 of every numeric output when some input is a range, else null. */
	readonly quantiles: Readonly<Record<string, Quantiles>> | null;
	/** Canonical query string (no `?`): the whole scenario, no named base; the Monte Carlo seed. */
	readonly query: string;
	readonly seed: number;
	/** Chart bands computed with the quantiles (in a worker); null: the builders compute their own. */
	readonly bands?: Readonly<Record<string, readonly BandPoint[] | null>> | null;
}

export type SolveResult = { ok: true; solved: Solved } | { ok: false; message: string };

/** parse → engine: evaluates a scenario at its point values; no Monte Carlo yet. */
export function solvePoint(calc: Calculator, ctx: ScenarioContext, scenario: Scenario): SolveResult {
	const result = evaluate(calc, scenario.values);
	if (!result.ok) {
		const label =
			result.reason === 'nonFinite'
				? (calc.outputs.find((o) => o.key === result.output)?.label ?? result.output)
				: '';
		return {
			ok: false,
			message:
				result.reason === 'nonFinite'
					? `These inputs give no finite value for “${label}”; change one of them.`
					: `The engine could not evaluate these inputs (${result.message}).`,
		};
	}
	const query = inputsToQuery(calc, scenario, ctx);
	return { ok: true, solved: { scenario, outputs: result.outputs, quantiles: null, query, seed: seedFromString(query) } };
}

const isRanged = (s: Solved) => Object.keys(s.scenario.ranges).length > 0;

const jobOf = (s: Solved): McJob => ({
	key: s.query,
	values: s.scenario.values,
	ranges: s.scenario.ranges,
	preset: s.scenario.preset,
	seed: s.seed,
});

const withResult = (s: Solved, r: McResult): Solved => ({ ...s, quantiles: r.quantiles, bands: r.bands });

/** parse → engine: evaluates a read scenario, and simulates it (on this thread) when it has ranges. */
export function solve(calc: Calculator, ctx: ScenarioContext, scenario: Scenario, charts?: ChartsBuilder): SolveResult {
	const point = solvePoint(calc, ctx, scenario);
	if (!point.ok || !isRanged(point.solved)) return point;
	if (charts) return { ok: true, solved: withResult(point.solved, runJob(calc, charts, jobOf(point.solved))) };
	return { ok: true, solved: { ...point.solved, quantiles: runJob(calc, () => [], jobOf(point.solved)).quantiles } };
}

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

const raw = (v: number | string | null | undefined): string =>
	v === null || v === undefined ? '' : String(v);

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
		texts[f.param] = r
			? `${fieldText(r.low)}~${fieldText(r.high)}`
			: fieldText(scenario.values[f.param]!);
	}
	return texts;
}

const byParam = (problems: readonly FieldProblem[]): Record<string, string> => {
	const out: Record<string, string> = {};
	for (const p of problems) out[p.param] ??= p.message;
	return out;
};

export type ChartsBuilder = (input: ChartInput, theme: ChartTheme) => ChartView[];

/**
 * Caches a function of its arguments (compared with ===): each step of the chain recomputes only
 * when its inputs changed, like a signals `computed`, without shipping a signals library.
 */
export function memo<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
	let last: A | undefined;
	let result: R;
	return (...args: A) => {
		if (!last || args.length !== last.length || args.some((a, i) => a !== last![i])) {
			last = args;
			result = fn(...args);
		}
		return result;
	};
}

/** A named scenario (content/scenarios/<id>.yaml), as the island receives it. */
export interface NamedScenario extends NamedBase {
	readonly title: string;
	readonly note: string;
}

/** Scenario A: the query that reproduces it (`s=…` included) and its results once known. */
export interface Pinned {
	readonly query: string;
	/** Named scenario A starts from, for its description. */
	readonly base: string | undefined;
}

/** What the reader can change directly. */
export interface Inputs {
	/** Text of every numeric field, as typed, in SI units (the contract's). */
	readonly texts: Readonly<Record<string, string>>;
	/** Text of a field shown in another unit, as the reader typed it (cleared on load and unit change). */
	readonly shown: Readonly<Record<string, string>>;
	/** Preset id in force. */
	readonly preset: string | undefined;
	/** Named scenario the inputs started from, if any. */
	readonly base: string | undefined;
	/** Scenario A, when comparing. */
	readonly pinned: Pinned | null;
	readonly units: UnitSystem;
	/** Link parameters that were ignored, and why (shown until the reader edits that field). */
	readonly notice: readonly FieldProblem[];
	readonly theme: ChartTheme;
}

/** Everything the view renders: the inputs and the chain computed from them. */
export interface View extends Inputs {
	readonly fieldErrors: Readonly<Record<string, string>>;
	readonly warnings: Readonly<Record<string, string>>;
	/** The last scenario that evaluated: bad input never blanks the results. */
	readonly solved: Solved;
	/** Scenario A's results, when comparing. */
	readonly compare: Solved | null;
	/** Set when the fields are valid but the engine could not evaluate them. */
	readonly evalError: string | null;
	readonly hasErrors: boolean;
	/** A Monte Carlo run is under way: the results shown are the previous ones. */
	readonly busy: boolean;
	readonly charts: readonly ChartView[];
	/** The page's query string (no `?`) for what is shown: `s`, `a`/`b`, `units`. */
	readonly link: string;
	/** The named scenario in force. */
	readonly named: NamedScenario | undefined;
}

export interface StateOptions {
	/** Named scenarios of this calculator. */
	readonly scenarios?: readonly NamedScenario[] | undefined;
	/** Imperial view (the cooling calculator). */
	readonly units?: UnitsConfig | undefined;
	/** Runs Monte Carlo jobs elsewhere (a worker); without it they run synchronously. */
	readonly runner?: McRunner | undefined;
}

/**
 * Creates the state of one calculator instance from raw params (URL or props). The chain
 * texts → readScenario → solve (evaluate, simulate) → chart builders is recomputed lazily by
 * `view()`, step by step, only where an input changed.
 */
export function createCalculatorState(
	calc: Calculator,
	ctx: ScenarioContext,
	charts: ChartsBuilder,
	initial: Readonly<Record<string, string>>,
	options: StateOptions = {},
) {
	const scenarios = options.scenarios ?? [];
	const named = (id: string | undefined) => scenarios.find((s) => s.id === id);
	const first = readScenario(calc, initial, ctx);
	let inputs: Inputs = {
		texts: textsFor(calc, first.scenario),
		shown: {},
		preset: first.scenario.preset,
		base: undefined,
		pinned: null,
		units: 'si',
		notice: first.ignored,
		theme: LIGHT_THEME,
	};
	const listeners = new Set<() => void>();
	const notify = () => {
		for (const l of listeners) l();
	};
	const set = (patch: Partial<Inputs>) => {
		inputs = { ...inputs, ...patch };
		notify();
	};

	/** Finished (Monte Carlo included) results, by canonical query: stable objects for the memos. */
	const finals = new Map<string, Solved>();
	/** The job each slot last asked for; a worker drops a slot's older waiting job. */
	const asked: Record<'a' | 'b', string | undefined> = { a: undefined, b: undefined };
	const keep = (s: Solved) => {
		finals.set(s.query, s);
		if (finals.size > 40) finals.delete(finals.keys().next().value!);
		return s;
	};
	/** The finished form of a point result, or null while a worker computes it (asked once). */
	const finished = (point: Solved, slot: 'a' | 'b'): Solved | null => {
		if (!isRanged(point)) return point;
		const hit = finals.get(point.query);
		if (hit) return hit;
		if (!options.runner) return keep(withResult(point, runJob(calc, charts, jobOf(point))));
		if (asked[slot] !== point.query) {
			asked[slot] = point.query;
			options.runner(slot, jobOf(point), (r) => {
				if (asked[slot] === r.key) asked[slot] = undefined;
				keep(withResult(point, r));
				notify();
			});
		}
		return null;
	};

	const read = memo((texts: Inputs['texts'], preset: string | undefined) => {
		const rawParams: Record<string, string> = { ...texts };
		if (calc.preset && preset !== undefined) rawParams[calc.preset.param] = preset;
		return readScenario(calc, rawParams, ctx);
	});
	const attempt = memo((r: ScenarioResult): SolveResult | null =>
		r.ignored.length > 0 ? null : solvePoint(calc, ctx, r.scenario),
	);
	// The first results are finished here, synchronously, so hydration renders what the server did.
	const firstPoint = solvePoint(calc, ctx, first.scenario);
	const fallbackPoint = () => (solvePoint(calc, ctx, readScenario(calc, {}, ctx).scenario) as { ok: true; solved: Solved }).solved;
	const startPoint = firstPoint.ok ? firstPoint.solved : fallbackPoint();
	let last: Solved = isRanged(startPoint) ? keep(withResult(startPoint, runJob(calc, charts, jobOf(startPoint)))) : startPoint;

	/** Reads a scenario link over its named scenario: raw params, the base in force, and problems. */
	const resolve = (link: ScenarioLink, prefix = '') => {
		const base = link.s === undefined ? undefined : named(link.s);
		const problems: FieldProblem[] = [];
		if (link.s !== undefined && !base)
			problems.push({
				param: `${prefix}s`,
				message: scenarios.length
					? `unknown named scenario "${link.s.slice(0, 40)}"; expected one of ${scenarios.map((s) => s.id).join(', ')}`
					: `unknown named scenario "${link.s.slice(0, 40)}"; this calculator has none`,
			});
		const result = readScenario(calc, { ...base?.params, ...link.raw }, ctx);
		problems.push(...result.ignored.map((p) => ({ param: `${prefix}${p.param}`, message: prefix ? `A: ${p.message}` : p.message })));
		return { result, base: base?.id, problems };
	};

	const pinnedOf = memo((pinned: Pinned | null) => {
		if (!pinned) return null;
		const { result } = resolve({ ...queryToInputs(calc, pinned.query), s: pinned.base });
		return solvePoint(calc, ctx, result.scenario);
	});
	let lastA: Solved | null = null;

	const errorsOf = memo((r: ScenarioResult) => byParam(r.ignored));
	const warningsOf = memo((r: ScenarioResult) => byParam(r.warnings));
	const chartsOf = memo((s: Solved, a: Solved | null, theme: ChartTheme, units: UnitSystem) =>
		charts(
			{
				calc,
				values: s.scenario.values,
				outputs: s.outputs,
				ranges: s.scenario.ranges,
				seed: s.seed,
				bands: s.bands ?? undefined,
				compare: a ? { values: a.scenario.values, outputs: a.outputs } : undefined,
				units,
			},
			theme,
		),
	);
	const linkOf = memo((s: Solved, base: string | undefined, pinned: Pinned | null, units: UnitSystem) =>
		writePageLink({
			current: scenarioQuery(calc, s.scenario, ctx, named(base)),
			pinned: pinned?.query,
			units,
		}),
	);

	const without = (param: string) => inputs.notice.filter((p) => p.param !== param);

	const loadScenario = (link: ScenarioLink) => {
		const { result, base, problems } = resolve(link);
		return { texts: textsFor(calc, result.scenario), shown: {}, preset: result.scenario.preset, base, problems };
	};

	/** The current view; cheap to call repeatedly. */
	const view = (): View => {
		const r = read(inputs.texts, inputs.preset);
		const a = attempt(r);
		let busy = false;
		if (a?.ok) {
			const done = finished(a.solved, 'b');
			if (done) last = done;
			else busy = true;
		}
		const pa = pinnedOf(inputs.pinned);
		let compare: Solved | null = null;
		if (pa?.ok) {
			const done = finished(pa.solved, 'a');
			if (done) lastA = done;
			else busy = true;
			compare = done ?? lastA;
		}
		const evalError = a && !a.ok ? a.message : null;
		return {
			...inputs,
			fieldErrors: errorsOf(r),
			warnings: warningsOf(r),
			solved: last,
			compare,
			evalError,
			hasErrors: r.ignored.length > 0 || evalError !== null,
			busy,
			charts: chartsOf(last, compare, inputs.theme, inputs.units),
			link: linkOf(last, inputs.base, inputs.pinned, inputs.units),
			named: named(inputs.base),
		};
	};

	return {
		calc,
		ctx,
		view,
		/** Calls `listener` after every change; returns the unsubscribe function. */
		subscribe(listener: () => void): () => void {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		/** The reader typed into a field. */
		setText(param: string, text: string) {
			const shown = { ...inputs.shown };
			delete shown[param];
			set({ texts: { ...inputs.texts, [param]: text }, shown, notice: without(param) });
		},
		/** The reader typed into a field shown in another unit: keep their text, store SI. */
		setShownText(param: string, text: string) {
			const conv = options.units?.fields[param];
			set({
				texts: { ...inputs.texts, [param]: conv ? toSiText(conv, text) : text },
				shown: { ...inputs.shown, [param]: text },
				notice: without(param),
			});
		},
		/** The reader picked a preset: it sets the fields it controls to the preset's values. */
		setPreset(id: string) {
			const acc = ctx.accelerators?.find((a) => a.id === id);
			if (!calc.preset || !acc) return;
			const texts = { ...inputs.texts };
			for (const [param, get] of Object.entries(calc.preset.sets))
				texts[param] = fieldText(get(acc));
			set({ preset: id, texts, notice: without(calc.preset.param) });
		},
		/** Fills every field that has a plausible range with it, as `low~high`. */
		applyRanges(ranges: Readonly<Record<string, Range>>) {
			const texts = { ...inputs.texts };
			for (const f of calc.fields) {
				const r = ranges[f.param];
				if (r) texts[f.param] = `${fieldText(r.low)}~${fieldText(r.high)}`;
			}
			set({ texts, shown: {}, notice: inputs.notice.filter((p) => !ranges[p.param]) });
		},
		/** Replaces scenario B from raw params over an optional named scenario (reset, a chapter's inputs). */
		load(params: Readonly<Record<string, string>>, base?: string) {
			const { problems, ...next } = loadScenario({ raw: params, migrated: [], s: base });
			set({ ...next, notice: problems });
		},
		/** Replaces everything from a page link (the URL on load, back/forward). */
		open(link: PageLink) {
			const { problems, ...next } = loadScenario(link.current);
			let pinned: Pinned | null = null;
			if (link.pinned) {
				const a = resolve(link.pinned, 'a.');
				problems.push(...a.problems);
				pinned = { query: scenarioQuery(calc, a.result.scenario, ctx, named(a.base)), base: a.base };
			}
			let units: UnitSystem = 'si';
			if (options.units && link.units !== undefined) {
				if (link.units === 'imperial' || link.units === 'si') units = link.units;
				else problems.push({ param: 'units', message: `"${link.units.slice(0, 24)}" is not a unit system; expected si or imperial` });
			}
			set({ ...next, pinned, units, notice: problems });
		},
		/** Pins what is shown as scenario A; the reader then edits B. */
		pin() {
			const { solved } = view();
			set({ pinned: { query: scenarioQuery(calc, solved.scenario, ctx, named(inputs.base)), base: inputs.base } });
		},
		unpin() {
			set({ pinned: null });
		},
		setUnits(units: UnitSystem) {
			if (units !== inputs.units) set({ units, shown: {} });
		},
		setTheme(theme: ChartTheme) {
			set({ theme });
		},
	};
}

export type CalculatorState = ReturnType<typeof createCalculatorState>;
