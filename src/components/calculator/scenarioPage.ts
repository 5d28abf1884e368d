/**
 * Build-time: what a named scenario's share page shows, from the same engine and the same helpers
 * the island uses: the banner's words, the inputs that differ from the report defaults, and the
 * headline results (P50 with P10 to P90 when the scenario has ranges).
 */
import { ENTRIES } from '../../registry/calculators';
import type { NamedScenario as RegistryScenario } from '../../data/build-registry';
import { readScenario } from '../../engine';
import type { CalculatorId } from '../../registry/calculators';
import { contextFor } from '../../lib/figures';
import { scenarioDifferences } from '../../islands/calculator/model/compare';
import { displayOutput } from '../../islands/calculator/model/display';
import { solve } from '../../islands/calculator/model/solve';
import { calculatorHref } from '../../islands/calculator/model/url';

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
	if (read.ignored.length)
		throw new Error(
			`content/scenarios/${s.id}.yaml: ${read.ignored.map((p) => `${p.param}: ${p.message}`).join('; ')}`,
		);
	const solved = solve(calc, ctx, read.scenario);
	if (!solved.ok) throw new Error(`content/scenarios/${s.id}.yaml: ${solved.message}`);
	const outputs = calc.outputs.filter((o) => !o.detail);
	const ordered = [
		...outputs.filter((o) => o.key === calc.headline),
		...outputs.filter((o) => o.key !== calc.headline),
	];
	return {
		scenario: s,
		calcTitle: calc.title,
		href: calculatorHref(calc.id, `s=${encodeURIComponent(s.id)}`),
		differences: scenarioDifferences(calc, readScenario(calc, {}, ctx).scenario, read.scenario, ctx.accelerators),
		results: ordered.map((o) => ({
			key: o.key,
			label: o.label,
			text: displayOutput(
				o,
				solved.solved,
				(ENTRIES[s.calculator as CalculatorId] as { labels?: Readonly<Record<string, string>> }).labels,
			).text,
			headline: o.key === calc.headline,
		})),
	};
}
