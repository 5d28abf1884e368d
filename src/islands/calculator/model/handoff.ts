/**
 * Hand-offs: links that open another calculator with some of this scenario's values in its query
 * (the contract's `<a data-handoff="<target id>" href="/calculators/<target id>/?...">`, power → tco
 * with `accelerator` and `count`). A calculator declares them as data (`Calculator.handoffs`); this
 * module turns one into an href. Pure: no DOM.
 */
import { type Calculator, type Handoff, numberText } from '../../../engine';
import type { Solved } from './solve';
import { calculatorHref } from './url';

export interface HandoffLink {
	readonly to: string;
	readonly label: string;
	readonly href: string;
}

/**
 * The value one carried name has in a solved scenario, as URL text: the preset in force, a field
 * (a range stays `low~high`, so the target sees the same spread) or an output's point value (a
 * whole-number output stays whole). Null when it has none.
 */
function carried(calc: Calculator, solved: Solved, source: string): string | null {
	const { scenario, outputs } = solved;
	if (calc.preset && source === calc.preset.param) return scenario.preset ?? null;
	// A derived field left empty carries the value worked out, its output of the same key.
	if (calc.fields.some((f) => f.param === source) && scenario.values[source] !== undefined) {
		const range = scenario.ranges[source];
		return range ? `${numberText(range.low)}~${numberText(range.high)}` : numberText(scenario.values[source]);
	}
	const v = outputs[source];
	if (typeof v === 'number') return Number.isFinite(v) ? numberText(v) : null;
	return typeof v === 'string' && v !== '' ? v : null;
}

/** The link of one hand-off, parameters in the order declared; one with no value is left out, so the target uses its default. */
export function handoffLink(calc: Calculator, solved: Solved, h: Handoff): HandoffLink {
	const query = Object.entries(h.carry)
		.map(([param, source]) => [param, carried(calc, solved, source)] as const)
		.filter((p): p is readonly [string, string] => p[1] !== null)
		.map(([param, value]) => `${encodeURIComponent(param)}=${encodeURIComponent(value)}`)
		.join('&');
	return { to: h.to, label: h.label, href: calculatorHref(h.to, query) };
}
