/**
 * The site never disagrees with itself. Several calculators compute the same quantity (a job's
 * goodput, a fleet's facility power, an accelerator's IT power and energy bill); wherever the
 * report quotes one of them, and in every named scenario, the other calculator is opened with the
 * same inputs, as its hand-off link would, and must show the same value. Live content, as shipped:
 * a default edited in one calculator and not the other fails here.
 */
import { describe, expect, it } from 'vitest';

import { buildRegistry } from '../../src/data/build-registry';
import { defaultsFor, evaluate, type ParamValues, readScenario } from '../../src/engine';
import { CALCULATORS, type CalculatorId, isCalculatorId } from '../../src/registry/calculators';
import { readDir, realRegistryFiles } from './fixtures';

const registry = buildRegistry(realRegistryFiles());
type Raw = Record<string, string>;

function open(id: CalculatorId, raw: Raw): { values: ParamValues; preset: string | undefined; out: Record<string, number> } {
	const calc = CALCULATORS[id];
	const ctx = { ...defaultsFor(calc, (k) => registry.assumptions.get(k)), accelerators: registry.accelerators };
	const { scenario, ignored } = readScenario(calc, raw, ctx);
	expect(ignored, `${id} ${JSON.stringify(raw)}`).toEqual([]);
	const r = evaluate(calc, scenario.values);
	if (!r.ok) throw new Error(`${id} did not evaluate ${JSON.stringify(raw)}`);
	return { values: scenario.values, preset: scenario.preset, out: r.outputs as Record<string, number> };
}

/** The inputs a page gave explicitly, renamed for another calculator and kept only where present. */
const carry = (raw: Raw, names: Readonly<Record<string, string>>): Raw =>
	Object.fromEntries(
		Object.entries(names)
			.filter(([from]) => raw[from] !== undefined)
			.map(([from, to]) => [to, raw[from]!]),
	);

interface Agreement {
	readonly from: CalculatorId;
	readonly what: string;
	/** [value on the page, value the other calculator shows for the same inputs], or none when it does not apply. */
	readonly pair: (raw: Raw) => readonly [number, number] | null;
}

const AGREEMENTS: readonly Agreement[] = [
	...(['general', 'purpose'] as const).map(
		(side): Agreement => ({
			from: 'mfu',
			what: `the ${side} side's goodput is the reliability page's for the same job`,
			pair: (raw) => {
				if (raw[`goodput_${side}`] !== undefined) return null;
				const mfu = open('mfu', raw);
				const rel = open('reliability', {
					count: String(mfu.values['count']),
					mtbf_h_per_accel: String(mfu.values[`mtbf_h_per_accel_${side}`]),
					checkpoint_s: String(mfu.values[`checkpoint_s_${side}`]),
					restart_s: String(mfu.values[`restart_s_${side}`]),
				});
				return [mfu.out[`goodput_${side}`]!, rel.out['goodput']!];
			},
		}),
	),
	{
		from: 'inference',
		what: "the serving fleet's facility power is the power page's for those accelerators (serving replicas carry no scale-out training network)",
		pair: (raw) => {
			const inf = open('inference', raw);
			const power = open('power', {
				accelerator: inf.preset!,
				count: String(inf.out['accelerators']),
				network_share: '0',
				...carry(raw, { board_w: 'board_w', server_overhead: 'server_overhead', pue: 'pue' }),
			});
			return [inf.out['facility_mw']!, power.out['facility_mw']!];
		},
	},
	{
		from: 'tco',
		what: "an accelerator's IT power is the power page's",
		pair: (raw) => {
			const tco = open('tco', raw);
			const same = carry(raw, { board_w: 'board_w', server_overhead: 'server_overhead', network_share: 'network_share' });
			const power = open('power', { accelerator: tco.preset!, count: '1000', ...same });
			return [tco.out['it_kw_per_accel']!, (power.out['it_mw']! * 1000) / 1000];
		},
	},
	{
		from: 'tco',
		what: "an accelerator's electricity bill is the power page's, per accelerator",
		pair: (raw) => {
			const tco = open('tco', raw);
			const same = carry(raw, {
				board_w: 'board_w',
				server_overhead: 'server_overhead',
				network_share: 'network_share',
				pue: 'pue',
				utilization: 'utilization',
				price_usd_mwh: 'price_usd_mwh',
			});
			const power = open('power', { accelerator: tco.preset!, count: '1000', ...same });
			return [tco.out['energy_usd_per_year']!, power.out['annual_cost_usd']! / 1000];
		},
	},
];

/** `{ count: 4096, accelerator: "gb200" }` (an MDX expression of plain literals) as URL text. */
function literal(text: string): Raw {
	const json = text
		.replace(/([{,]\s*)([a-z_][a-z0-9_]*)\s*:/g, '$1"$2":')
		.replace(/'/g, '"')
		.replace(/,\s*}/g, '}');
	return Object.fromEntries(Object.entries(JSON.parse(json) as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
}

/** Every place a page computes a calculator: figures, claims and embeds in chapters, and named scenarios. */
function usages(): { where: string; calc: CalculatorId; raw: Raw }[] {
	const found: { where: string; calc: CalculatorId; raw: Raw }[] = [];
	const add = (where: string, calc: string, raw: Raw) => {
		if (isCalculatorId(calc)) found.push({ where, calc, raw });
	};
	for (const file of readDir('chapters', /\.mdx$/)) {
		for (const m of file.text.matchAll(/<(?:Figure|CalculatorEmbed)\s+calc="([a-z-]+)"(?:\s+inputs=\{(\{[^}]*\})\})?/g))
			add(file.path, m[1]!, m[2] ? literal(m[2]) : {});
		for (const m of file.text.matchAll(/\{\s*calc:\s*"([a-z-]+)",\s*inputs:\s*(\{[^}]*\})/g)) add(file.path, m[1]!, literal(m[2]!));
	}
	for (const s of registry.scenarios.values()) add(`content/scenarios/${s.id}.yaml`, s.calculator, { ...s.params });
	return found;
}

const all = usages();

describe('the report and the named scenarios agree with themselves across calculators', () => {
	it('finds the pages that compute each calculator', () => {
		for (const id of ['mfu', 'inference', 'tco', 'reliability', 'power'] as const)
			expect(all.filter((u) => u.calc === id).length, id).toBeGreaterThan(0);
	});

	it.each(AGREEMENTS.map((a) => [a.from, a.what, a] as const))('%s: %s', (from, _what, agreement) => {
		const checked = all
			.filter((u) => u.calc === from)
			.map((u) => ({ u, pair: agreement.pair(u.raw) }))
			.filter((c) => c.pair !== null);
		expect(checked.length).toBeGreaterThan(0);
		for (const { u, pair } of checked) {
			const [page, other] = pair!;
			expect(Math.abs(page - other), `${u.where} ${JSON.stringify(u.raw)}: ${page} against ${other}`).toBeLessThanOrEqual(
				1e-9 * Math.max(1, Math.abs(other)),
			);
		}
	});
});
