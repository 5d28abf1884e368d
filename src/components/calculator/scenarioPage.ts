/**
 * Build-time: what a named scenario's share page shows, from the same engine and the same helpers
 * the island uses: the banner's words, the inputs that differ from the report defaults, and the
 * headline results (P50 with P10 to P90 when the scenario has ranges).
 */
import { COOLING_METHOD_LABELS } from '../../engine/cooling';
import type { NamedScenario as RegistryScenario } from '../../data/build-registry';
import { readScenario } from '../../engine/parse';
import type { CalculatorId } from '../../engine/types';
import { contextFor } from '../../lib/figures';
import { scenarioDifferences } from '../../islands/calculator/compare';
import { displayOutput, solve } from '../../islands/calculator/state';
import { calculatorHref } from '../../islands/calculator/url';

export interface ScenarioPage {
	readonly scenario: RegistryScenario;
	readonly calcTitle: string;
	readonly href: string;
	readonly differences: ReturnType<typeof scenarioDifferences>;
	readonly results: readonly { key: string; label: string; text: string; headline: boolean }[];
}

export function scenarioPage(s: RegistryScenario): ScenarioPage {
	const { calc, ctx } = contextFor(s.calculator as CalculatorId);
	const read = readScenario(calc, s.params, ctx);
	if (read.ignored.length) throw new Error(`content/scenarios/${s.id}.yaml: ${read.ignored.map((p) => `${p.param}: ${p.message}`).join('; ')}`);
	const solved = solve(calc, ctx, read.scenario);
	if (!solved.ok) throw new Error(`content/scenarios/${s.id}.yaml: ${solved.message}`);
	const outputs = calc.outputs.filter((o) => !o.detail);
	const ordered = [...outputs.filter((o) => o.key === calc.headline), ...outputs.filter((o) => o.key !== calc.headline)];
	return {
		scenario: s,
		calcTitle: calc.title,
		href: calculatorHref(calc.id, `s=${encodeURIComponent(s.id)}`),
		differences: scenarioDifferences(calc, readScenario(calc, {}, ctx).scenario, read.scenario, ctx.accelerators),
		results: ordered.map((o) => ({
			key: o.key,
			label: o.label,
			text: displayOutput(o, solved.solved, COOLING_METHOD_LABELS).text,
			headline: o.key === calc.headline,
		})),
	};
}
