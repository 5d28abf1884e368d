/**
 * Hand-offs: links that open another calculator with some of this scenario's values in its query
 * (inference → power with `accelerator` and `count`). A calculator declares them as data
 * (`Calculator.handoffs`); this module turns one into an href. Pure: no DOM.
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
 * The value a hand-off carries for `source`: the preset in force, a field's point value or an
 * output's point value (never a P50: a whole-number output stays whole). Null when it has none
 * or it is not finite.
 */
function carried(calc: Calculator, solved: Solved, source: string): string | null {
	if (calc.preset && source === calc.preset.param) return solved.scenario.preset ?? null;
	const v = calc.fields.some((f) => f.param === source) ? solved.scenario.values[source] : solved.outputs[source];
	return typeof v === 'number' && Number.isFinite(v) ? numberText(v) : null;
}

/** The link of one hand-off; a parameter with no value is left out, so the target uses its default. */
export function handoffLink(calc: Calculator, solved: Solved, h: Handoff): HandoffLink {
	const query = Object.entries(h.carry)
		.map(([param, source]) => [param, carried(calc, solved, source)] as const)
		.filter((p): p is readonly [string, string] => p[1] !== null)
		.map(([param, value]) => `${encodeURIComponent(param)}=${encodeURIComponent(value)}`)
		.join('&');
	return { to: h.to, label: h.label, href: calculatorHref(h.to, query) };
}
