/**
 * Hand-off links: what each calculator declares, and the link the island writes from a solved
 * scenario (power → tco with the accelerator and the count, ranges kept as ranges).
 */
import { describe, expect, it } from 'vitest';

import { type Handoff, readScenario } from '../../src/engine';
import { handoffLink } from '../../src/islands/calculator/model/handoff';
import { solvePoint } from '../../src/islands/calculator/model/solve';
import { knownParams } from '../../src/islands/calculator/model/url';
import { CALCULATOR_ORDER, CALCULATORS, isCalculatorId } from '../../src/registry/calculators';
import type { CalculatorId } from '../../src/registry/calculators';
import { contextFor } from '../helpers/engine';

function solved(id: CalculatorId, raw: Record<string, string>) {
	const ctx = contextFor(id);
	const result = solvePoint(CALCULATORS[id], ctx, readScenario(CALCULATORS[id], raw, ctx).scenario);
	if (!result.ok) throw new Error('engine');
	return result.solved;
}

const declared = CALCULATOR_ORDER.flatMap((id) => (CALCULATORS[id].handoffs ?? []).map((h) => [id, h] as const));

describe('declared hand-offs', () => {
	it('include the contract’s power → tco with accelerator and count', () => {
		expect(declared.map(([from, h]) => [from, h.to, Object.keys(h.carry)])).toContainEqual([
			'power',
			'tco',
			['accelerator', 'count'],
		]);
	});

	it.each(declared)('%s → %o: targets a registered calculator and carries only names both sides know', (from, h) => {
		expect(isCalculatorId(h.to)).toBe(true);
		const target = CALCULATORS[h.to as CalculatorId];
		const source = CALCULATORS[from];
		const here = new Set([...knownParams(source), ...source.outputs.map((o) => o.key)]);
		for (const [param, name] of Object.entries(h.carry)) {
			expect(knownParams(target), `${h.to} has no parameter ${param}`).toContain(param);
			expect(here.has(name), `${from} has no value ${name}`).toBe(true);
		}
	});
});

describe(handoffLink, () => {
	const power = CALCULATORS.power;
	const toTco = power.handoffs!.find((h) => h.to === 'tco')!;
	const href = (h: Handoff, raw: Record<string, string>) => handoffLink(power, solved('power', raw), h).href;

	it('carries the preset and the count, defaults included, in the order declared', () => {
		expect(handoffLink(power, solved('power', {}), toTco)).toEqual({
			to: 'tco',
			label: toTco.label,
			href: '/calculators/tco/?accelerator=h100-sxm&count=100000',
		});
		expect(href(toTco, { accelerator: 'gb200', count: '2.5e5' })).toBe(
			'/calculators/tco/?accelerator=gb200&count=250000',
		);
	});

	it('keeps a range a range', () => {
		expect(href(toTco, { count: '50000~200000' })).toBe('/calculators/tco/?accelerator=h100-sxm&count=50000~200000');
	});

	it('carries an output by its point value, and leaves out what has none', () => {
		const s = solved('power', { count: '1000' });
		const racks = { to: 'cooling', label: 'Cooling', carry: { rack_kw: 'rack_kw', racks: 'racks', x: 'nothing' } };
		expect(handoffLink(power, s, racks).href).toBe(
			`/calculators/cooling/?rack_kw=${s.scenario.values['rack_kw']}&racks=${s.outputs['racks']}`,
		);
		expect(href({ to: 'tco', label: 'x', carry: {} }, {})).toBe('/calculators/tco/');
	});

	it('opens the target with exactly the values carried', () => {
		const query = new URL(href(toTco, { accelerator: 'b200', count: '16384' }), 'https://example.org').search;
		const tco = solved('tco', Object.fromEntries(new URLSearchParams(query)));
		expect(tco.scenario.preset).toBe('b200');
		expect(tco.scenario.values['count']).toBe(16384);
	});
});
