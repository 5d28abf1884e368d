import { evaluate, readScenario } from '../../src/engine';
import { CALCULATORS } from '../../src/registry/calculators';
import { seedFromString } from '../../src/engine';
import type { CalculatorId } from '../../src/registry/calculators';
import type { ChartInput, ChartTheme } from '../../src/charts/theme';
import { inputsToQuery } from '../../src/islands/calculator/model/url';
import { contextFor } from '../helpers/engine';

/** A distinctive theme, so tests can see that colours come from it. */
export const TEST_THEME: ChartTheme = {
	fg: '#111111',
	muted: '#222222',
	grid: '#333333',
	bg: '#fefefe',
	series: ['#a00001', '#a00002', '#a00003', '#a00004', '#a00005'],
	reference: '#b00000',
	font: 'Test Sans',
};

/** What the island passes a chart builder for a raw scenario (as from a URL). */
export function chartInput(id: CalculatorId, raw: Record<string, string> = {}): ChartInput {
	const calc = CALCULATORS[id];
	const ctx = contextFor(id);
	const { scenario, ignored } = readScenario(calc, raw, ctx);
	if (ignored.length > 0) throw new Error(`bad test scenario: ${JSON.stringify(ignored)}`);
	const result = evaluate(calc, scenario.values);
	if (!result.ok) throw new Error('engine failed');
	return {
		calc,
		values: scenario.values,
		outputs: result.outputs,
		ranges: scenario.ranges,
		seed: seedFromString(inputsToQuery(calc, scenario, ctx)),
	};
}

type Pt = { x: number; y: number | null };
/** Data points of a dataset as {x, y}. */
export const points = (dataset: { data: unknown }): Pt[] => dataset.data as Pt[];

/** The datasets of any chart view's config. */
export const datasetsOf = (view: { config: unknown }) =>
	(view.config as { data: { datasets: { data: unknown }[] } }).data.datasets;

/** Every number anywhere in a config's datasets is finite or null (no NaN, no Infinity); points, numbers or floating bars. */
export function allFinite(datasets: readonly { data: unknown }[]): boolean {
	return datasets.every((d) =>
		(d.data as unknown[]).every((p) => {
			if (p === null) return true;
			if (typeof p === 'number') return Number.isFinite(p);
			// A floating bar is [from, to].
			if (Array.isArray(p)) return p.every((n) => typeof n === 'number' && Number.isFinite(n));
			const { x, y } = p as Pt;
			return Number.isFinite(x) && (y === null || Number.isFinite(y));
		}),
	);
}
