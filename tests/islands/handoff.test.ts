/**
 * Hand-offs: a calculator declares links to others as data; the island turns each into an href
 * carrying the preset, inputs or outputs it names. Every registered hand-off names a real target
 * and real parameters of it.
 */
import { describe, expect, it } from 'vitest';

import type { Calculator } from '../../src/engine';
import { readScenario } from '../../src/engine';
import { handoffLink } from '../../src/islands/calculator/model/handoff';
import { solvePoint } from '../../src/islands/calculator/model/solve';
import { CALCULATOR_ORDER, CALCULATORS, isCalculatorId } from '../../src/registry/calculators';
import type { CalculatorId } from '../../src/registry/calculators';
import { contextFor } from '../helpers/engine';

function solved(id: CalculatorId, raw: Record<string, string>) {
	const calc = CALCULATORS[id];
	const r = solvePoint(calc, contextFor(id), readScenario(calc, raw, contextFor(id)).scenario);
	if (!r.ok) throw new Error(r.message);
	return r.solved;
}

describe(handoffLink, () => {
	const calc = CALCULATORS.inference;
	const toPower = calc.handoffs!.find((h) => h.to === 'power')!;

	it('carries the preset in force and the accelerators the load needs to the power calculator', () => {
		// The defaults need 196 accelerators (49 replicas of 4; tests/calculators/inference/model.test.ts).
		expect(handoffLink(calc, solved('inference', {}), toPower)).toEqual({
			to: 'power',
			label: 'Size the power of these accelerators in the power calculator',
			href: '/calculators/power/?accelerator=h100-sxm&count=196',
		});
		expect(handoffLink(calc, solved('inference', { accelerator: 'b200', users: '2e6' }), toPower).href).toMatch(
			/^\/calculators\/power\/\?accelerator=b200&count=\d+$/,
		);
	});

	it('reads a field by its parameter and leaves out a value it does not have', () => {
		const { preset: _preset, ...withoutPreset } = calc;
		const fake: Calculator = withoutPreset;
		const link = handoffLink(fake, solved('inference', { batch: '64' }), {
			to: 'other',
			label: 'Other',
			carry: { n: 'batch', accelerator: 'accelerator', gone: 'no_such_output' },
		});
		expect(link.href).toBe('/calculators/other/?n=64');
	});
});

describe('power → cooling', () => {
	const power = CALCULATORS.power;
	const toCooling = power.handoffs!.find((h) => h.to === 'cooling')!;

	it('carries the platform, its rack power, the racks the fleet fills and the PUE', () => {
		// 100,000 H100 × 700 W × 1.82 × 1.1 = 140.14 MW of IT in 40.8 kW racks: ceil(140,140 ÷ 40.8) = 3,435 racks
		const link = handoffLink(power, solved('power', {}), toCooling);
		expect(link.href).toBe('/calculators/cooling/?accelerator=h100-sxm&rack_kw=40.8&racks=3435&pue=1.2');
	});

	it('opens the cooling calculator on those values, with the platform’s liquid share', () => {
		const cooling = CALCULATORS.cooling;
		const { scenario } = readScenario(
			cooling,
			{ accelerator: 'gb200', rack_kw: '120', racks: '1000' },
			contextFor('cooling'),
		);
		expect(scenario.values['rack_kw']).toBe(120);
		expect(scenario.values['racks']).toBe(1000);
		// GB200 NVL72: the GPUs' 86.4 kW of 120 kW on cold plates (content/systems/gb200.yaml)
		expect(scenario.values['liquid_fraction']).toBe(0.72);
	});
});

describe.each(CALCULATOR_ORDER.filter((id) => CALCULATORS[id].handoffs?.length))('%s hand-offs', (id) => {
	it.each(CALCULATORS[id].handoffs!.map((h) => [h.to, h] as const))(
		'to %s name a calculator and its inputs',
		(to, h) => {
			expect(isCalculatorId(to)).toBe(true);
			const target = CALCULATORS[to as CalculatorId];
			const known = [...(target.preset ? [target.preset.param] : []), ...target.fields.map((f) => f.param)];
			for (const param of Object.keys(h.carry)) expect(known).toContain(param);
			const source = CALCULATORS[id];
			const sources = [
				...(source.preset ? [source.preset.param] : []),
				...source.fields.map((f) => f.param),
				...source.outputs.map((o) => o.key),
			];
			for (const from of Object.values(h.carry)) expect(sources).toContain(from);
		},
	);
});
