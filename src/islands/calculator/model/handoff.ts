/**
 * Hand-offs: links to another calculator that carry this one's values in the query (the
 * contract's `<a data-handoff="<target id>" href="/calculators/<target id>/?...">`). Each calculator
 * declares its own as data (`Calculator.handoffs`); this module only writes the link. Pure.
 */
import { type Handoff, numberText } from '../../../engine';
import type { Calculator } from '../../../engine';
import type { Solved } from './solve';

/**
 * The value one carried name has in a solved scenario, as URL text: the preset id, a parameter
 * (a range stays `low~high`) or an output (its point value). Undefined when it has none.
 */
function carried(calc: Calculator, solved: Solved, name: string): string | undefined {
	const { scenario, outputs } = solved;
	if (calc.preset?.param === name) return scenario.preset;
	if (calc.fields.some((f) => f.param === name)) {
		const range = scenario.ranges[name];
		return range ? `${numberText(range.low)}~${numberText(range.high)}` : numberText(scenario.values[name]!);
	}
	const v = outputs[name];
	if (typeof v === 'number' && Number.isFinite(v)) return numberText(v);
	return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The link of one hand-off: `/calculators/<to>/?<param>=<value>&…`, in the order the declaration names them. */
export function handoffHref(calc: Calculator, handoff: Handoff, solved: Solved): string {
	const query = Object.entries(handoff.carry)
		.map(([param, name]) => [param, carried(calc, solved, name)] as const)
		.filter((p): p is readonly [string, string] => p[1] !== undefined)
		.map(([param, value]) => `${encodeURIComponent(param)}=${encodeURIComponent(value)}`)
		.join('&');
	return `/calculators/${handoff.to}/${query ? `?${query}` : ''}`;
}
