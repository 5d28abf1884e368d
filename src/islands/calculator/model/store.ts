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
import type { ChartsBuilder } from '../../../charts';
import { type ChartTheme, type ChartView, LIGHT_THEME } from '../../../charts/theme';
import {
	type Calculator,
	type FieldProblem,
	type Range,
	presetValues,
	readScenario,
	type ScenarioContext,
	type ScenarioResult,
} from '../../../engine';
import { textsFor } from './display';
import { fieldText } from './fieldText';
import { type McRunner, runJob } from './mc';
import { isRanged, jobOf, type Solved, type SolveResult, solvePoint, withResult } from './solve';
import { type UnitsConfig, type UnitSystem, toSiText } from './units';
import { type NamedBase, type PageLink, queryToInputs, type ScenarioLink, scenarioQuery, writePageLink } from './url';

const byParam = (problems: readonly FieldProblem[]): Record<string, string> => {
	const out: Record<string, string> = {};
	for (const p of problems) out[p.param] ??= p.message;
	return out;
};

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
	const fallbackPoint = () =>
		(solvePoint(calc, ctx, readScenario(calc, {}, ctx).scenario) as { ok: true; solved: Solved }).solved;
	const startPoint = firstPoint.ok ? firstPoint.solved : fallbackPoint();
	let last: Solved = isRanged(startPoint)
		? keep(withResult(startPoint, runJob(calc, charts, jobOf(startPoint))))
		: startPoint;

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
		problems.push(
			...result.ignored.map((p) => ({ param: `${prefix}${p.param}`, message: prefix ? `A: ${p.message}` : p.message })),
		);
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
	const chartsFor = (s: Solved, a: Solved | null, theme: ChartTheme, units: UnitSystem) =>
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
		);
	const chartsOf = memo(chartsFor);
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
		/** The charts shown now, drawn in another theme: an export is always light. */
		chartsIn(theme: ChartTheme): readonly ChartView[] {
			const v = view();
			return chartsFor(v.solved, v.compare, theme, v.units);
		},
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
			for (const [param, v] of Object.entries(presetValues(calc, acc))) texts[param] = fieldText(v);
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
				else
					problems.push({
						param: 'units',
						message: `"${link.units.slice(0, 24)}" is not a unit system; expected si or imperial`,
					});
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
