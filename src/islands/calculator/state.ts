/**
 * A calculator's state: the text of every input and a computed chain
 * text → engine.readScenario → engine.evaluate / simulate → chart configurations.
 * No DOM here; the view (Calculator.tsx) renders it and the URL sync lives in the view's effects.
 */
import { evaluate } from '../../engine/evaluate';
import { type Quantiles, simulate } from '../../engine/montecarlo';
import {
	type FieldProblem,
	numberText,
	readScenario,
	type Scenario,
	type ScenarioContext,
} from '../../engine/parse';
import { seedFromString } from '../../engine/random';
import type { Calculator, OutputSpec, OutputValues } from '../../engine/types';
import { type ChartInput, type ChartTheme, type ChartView, LIGHT_THEME } from '../../charts/theme';
import { formatOutput } from '../../lib/format';
import { inputsToQuery } from './url';

/** Samples of the Monte Carlo run behind P10/P50/P90 (the contract's "Ranges"). */
export const MC_SAMPLES = 10_000;

/** A scenario the engine could evaluate: what the results, charts and URL show. */
export interface Solved {
	readonly scenario: Scenario;
	/** Point evaluation (ranges at their midpoints). */
	readonly outputs: OutputValues;
	/** P10/P50/P90 of every numeric output when some input is a range, else null. */
	readonly quantiles: Readonly<Record<string, Quantiles>> | null;
	/** Canonical query string (no `?`): the shareable state and the Monte Carlo seed. */
	readonly query: string;
	readonly seed: number;
}

export type SolveResult = { ok: true; solved: Solved } | { ok: false; message: string };

/** parse → engine: evaluates a read scenario, and simulates it when it has ranges. */
export function solve(calc: Calculator, ctx: ScenarioContext, scenario: Scenario): SolveResult {
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
	const seed = seedFromString(query);
	const quantiles =
		Object.keys(scenario.ranges).length > 0
			? simulate(calc, scenario, { samples: MC_SAMPLES, seed }).quantiles
			: null;
	return { ok: true, solved: { scenario, outputs: result.outputs, quantiles, query, seed } };
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
 * `labels` names text outputs (the cooling method ids).
 */
export function displayOutput(
	spec: OutputSpec,
	solved: Solved,
	labels?: Readonly<Record<string, string>>,
): OutputDisplay {
	const point = solved.outputs[spec.key];
	const q = solved.quantiles?.[spec.key];
	if (!q || spec.unit === 'method') {
		const text = formatOutput(point, spec.unit, 3, labels).text;
		return { value: raw(point), text, main: text };
	}
	const mid = formatOutput(q.p50, spec.unit);
	const lo = formatOutput(q.p10, spec.unit);
	const hi = formatOutput(q.p90, spec.unit);
	const sameUnit = lo.unit === mid.unit && hi.unit === mid.unit;
	const band = sameUnit ? `${lo.number} to ${hi.number}` : `${lo.text} to ${hi.text}`;
	const base = { value: raw(q.p50), p10: raw(q.p10), p90: raw(q.p90), main: mid.text };
	// An output the ranges do not move reads as one number; its attributes still carry P10 and P90.
	return lo.text === hi.text
		? { ...base, text: mid.text }
		: { ...base, text: `${mid.text} (${band})`, band: `(${band})` };
}

/** A number as a field shows it: exact, in e-notation from a billion up (1.56e13, not 15600000000000). */
export function fieldText(n: number): string {
	return Math.abs(n) >= 1e9 ? n.toExponential().replace('e+', 'e') : numberText(n);
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

/** What the reader can change directly. */
export interface Inputs {
	/** Text of every numeric field, as typed. */
	readonly texts: Readonly<Record<string, string>>;
	/** Preset id in force. */
	readonly preset: string | undefined;
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
	/** Set when the fields are valid but the engine could not evaluate them. */
	readonly evalError: string | null;
	readonly hasErrors: boolean;
	readonly charts: readonly ChartView[];
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
) {
	const first = readScenario(calc, initial, ctx);
	let inputs: Inputs = {
		texts: textsFor(calc, first.scenario),
		preset: first.scenario.preset,
		notice: first.ignored,
		theme: LIGHT_THEME,
	};
	const listeners = new Set<() => void>();
	const set = (patch: Partial<Inputs>) => {
		inputs = { ...inputs, ...patch };
		for (const l of listeners) l();
	};

	const read = memo((texts: Inputs['texts'], preset: string | undefined) => {
		const rawParams: Record<string, string> = { ...texts };
		if (calc.preset && preset !== undefined) rawParams[calc.preset.param] = preset;
		return readScenario(calc, rawParams, ctx);
	});
	const attempt = memo((r: ReturnType<typeof read>): SolveResult | null =>
		r.ignored.length > 0 ? null : solve(calc, ctx, r.scenario),
	);
	const initialSolve = solve(calc, ctx, first.scenario);
	let last: Solved = initialSolve.ok
		? initialSolve.solved
		: (solve(calc, ctx, readScenario(calc, {}, ctx).scenario) as { ok: true; solved: Solved })
				.solved;
	const solvedOf = memo((a: SolveResult | null) => {
		if (a?.ok) last = a.solved;
		return last;
	});
	const errorsOf = memo((r: ReturnType<typeof read>) => byParam(r.ignored));
	const warningsOf = memo((r: ReturnType<typeof read>) => byParam(r.warnings));
	const chartsOf = memo((s: Solved, theme: ChartTheme) =>
		charts(
			{
				calc,
				values: s.scenario.values,
				outputs: s.outputs,
				ranges: s.scenario.ranges,
				seed: s.seed,
			},
			theme,
		),
	);

	const without = (param: string) => inputs.notice.filter((p) => p.param !== param);

	return {
		calc,
		ctx,
		/** The current view; cheap to call repeatedly. */
		view(): View {
			const r = read(inputs.texts, inputs.preset);
			const a = attempt(r);
			const solved = solvedOf(a);
			const evalError = a && !a.ok ? a.message : null;
			return {
				...inputs,
				fieldErrors: errorsOf(r),
				warnings: warningsOf(r),
				solved,
				evalError,
				hasErrors: r.ignored.length > 0 || evalError !== null,
				charts: chartsOf(solved, inputs.theme),
			};
		},
		/** Calls `listener` after every change; returns the unsubscribe function. */
		subscribe(listener: () => void): () => void {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		/** The reader typed into a field. */
		setText(param: string, text: string) {
			set({ texts: { ...inputs.texts, [param]: text }, notice: without(param) });
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
		/** Replaces the whole state from raw params (a URL on load, back/forward, reset). */
		load(params: Readonly<Record<string, string>>) {
			const r = readScenario(calc, params, ctx);
			set({ texts: textsFor(calc, r.scenario), preset: r.scenario.preset, notice: r.ignored });
		},
		setTheme(theme: ChartTheme) {
			set({ theme });
		},
	};
}

export type CalculatorState = ReturnType<typeof createCalculatorState>;
