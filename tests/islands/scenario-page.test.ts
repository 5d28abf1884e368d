import { describe, expect, it, vi } from 'vitest';

import { scenarioPage } from '../../src/components/calculator/scenarioPage';
import { fixture as registry } from '../helpers/registry';
import { evaluate, readScenario } from '../../src/engine';
import { CALCULATORS } from '../../src/registry/calculators';
import { formatOutput } from '../../src/format';
import { contextFor } from '../helpers/engine';

/** The island's build-time props read the frozen registry, as the expected values do. */
vi.mock('../../src/data/registry', async () => {
	const { fixture, lookupFixture } = await import('../helpers/registry');
	return { registry: fixture, lookupAssumption: lookupFixture };
});

describe(scenarioPage, () => {
	it.each([...registry.scenarios.keys()])(
		'%s: the share page’s link, differences and headline result come from the engine',
		(id) => {
			const s = registry.scenarios.get(id)!;
			const page = scenarioPage(s);
			expect(page.href).toBe(`/calculators/${s.calculator}/?s=${id}`);
			const calc = CALCULATORS[s.calculator];
			expect(page.results[0]).toMatchObject({ key: calc.headline, headline: true });
			expect(page.results.map((r) => r.key).sort()).toEqual(
				calc.outputs
					.filter((o) => !o.detail)
					.map((o) => o.key)
					.sort(),
			);
			const { scenario } = readScenario(calc, s.params, contextFor(s.calculator));
			const r = evaluate(calc, scenario.values);
			if (!r.ok) throw new Error('engine');
			if (Object.keys(scenario.ranges).length === 0) {
				const spec = calc.outputs.find((o) => o.key === calc.headline)!;
				expect(page.results[0]!.text).toBe(formatOutput(r.outputs[calc.headline], spec.unit).text);
			}
			for (const d of page.differences) expect(d.from).not.toBe(d.to);
		},
	);

	it('names what the Llama 3 log scenario changes: the MTBF, in full', () => {
		expect(scenarioPage(registry.scenarios.get('llama3-405b')!).differences).toEqual([
			{ param: 'mtbf_h_per_accel', label: 'MTBF per accelerator', from: '50,000 h', to: '50,677 h' },
		]);
	});

	it('ships the four new named scenarios, one per calculator besides power', () => {
		const byCalc = [...registry.scenarios.values()].map((s) => s.calculator);
		for (const id of ['cooling', 'growth', 'mfu', 'reliability'] as const) expect(byCalc).toContain(id);
	});
});
