/**
 * Build-time: the link the site's lists (home, calculators index) open a calculator with. Most
 * open on their defaults; an entry may name an opening view (`CalculatorEntry.opening`), checked
 * here so a link to a missing named scenario or an unknown parameter fails the build.
 */
import { registry } from '../data/registry';
import { readScenario } from '../engine';
import { ENTRIES } from '../registry/calculators';
import type { CalculatorId } from '../registry/calculators';
import { calculatorHref, readPageLink, type ScenarioLink } from '../islands/calculator/model/url';
import { contextFor } from './figures';

export function calculatorOpeningHref(id: CalculatorId): string {
	const entry: { readonly opening?: string } = ENTRIES[id];
	const query = entry.opening ?? '';
	if (!query) return calculatorHref(id, '');
	const where = `src/calculators/${id}/index.ts: opening "${query}"`;
	const { calc, ctx } = contextFor(id);
	const link = readPageLink(calc, query);
	const check = (s: ScenarioLink) => {
		const named = s.s === undefined ? undefined : registry.scenarios.get(s.s);
		if (s.s !== undefined && named?.calculator !== id)
			throw new Error(`${where}: no named scenario "${s.s}" of the ${id} calculator in content/scenarios/`);
		const { ignored } = readScenario(calc, { ...named?.params, ...s.raw }, ctx);
		if (ignored.length) throw new Error(`${where}: ${ignored.map((p) => `${p.param}: ${p.message}`).join('; ')}`);
	};
	check(link.current);
	if (link.pinned) check(link.pinned);
	return calculatorHref(id, query);
}
