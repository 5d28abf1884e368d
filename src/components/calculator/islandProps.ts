/**
 * Build-time: the serialisable props a calculator island needs, from the registry (defaults,
 * presets, where each default comes from). The registry itself never ships to the browser.
 */
import { lookupAssumption, registry } from '../../data/registry';
import { defaultRanges, evaluate, readScenario } from '../../engine';
import { answerOf } from '../../islands/calculator/conclusion';
import { CALCULATORS, ENTRIES } from '../../registry/calculators';
import type { CalculatorId } from '../../registry/calculators';
import type { CalculatorIslandProps, FieldChoiceValue } from '../../islands/calculator/types';
import type { PresetProvenance, Provenance, SourceInfo } from '../../islands/calculator/lazy/exports';
import { findSystem, presetFigure } from '../../data/systems';
import { contextFor } from '../../lib/figures';
import { keyInputs, uncertainRanges } from './keyInputs';

export function islandProps(
	id: CalculatorId,
	options: {
		mode: CalculatorIslandProps['mode'];
		idPrefix: string;
		initial?: Readonly<Record<string, string | number>>;
		headingLevel?: CalculatorIslandProps['headingLevel'];
	},
): CalculatorIslandProps {
	const calc = CALCULATORS[id];
	const { ctx } = contextFor(id);
	const provenance: Record<string, Provenance> = {};
	const sourceIds = new Set<string>();
	const record = (param: string, assumptionId: string) => {
		const a = lookupAssumption(assumptionId);
		if (!a) return;
		provenance[param] = {
			note: a.note,
			confidence: a.confidence,
			locator: a.locator,
			source: a.source || undefined,
		};
		if (a.source) sourceIds.add(a.source);
	};
	for (const f of calc.fields) record(f.param, f.assumption);
	// A preset other than the default credits each field it sets to that figure's own entry in
	// content/systems (the registry's provenance is the default preset's).
	const presetProvenance: Record<string, Record<string, Provenance>> = {};
	if (calc.preset) {
		record(calc.preset.param, calc.preset.assumption);
		for (const acc of registry.accelerators) {
			for (const s of acc.sources) sourceIds.add(s);
			const system = findSystem(registry.systems, acc.id);
			if (!system || acc.id === ctx.defaultPreset) continue;
			const own: Record<string, Provenance> = {};
			for (const [param, get] of Object.entries(calc.preset.sets)) {
				const figure = presetFigure(get, acc);
				const entry = figure ? system[figure] : undefined;
				if (!entry) continue;
				own[param] = {
					note: entry.note ?? '',
					confidence: entry.confidence,
					source: entry.sources[0],
					sources: entry.sources,
				};
			}
			presetProvenance[acc.id] = own;
		}
	}
	const choices: Record<string, FieldChoiceValue[]> = {};
	for (const f of calc.fields) {
		if (!f.choices?.length) continue;
		choices[f.param] = f.choices.map((c) => {
			const a = lookupAssumption(c.assumption);
			if (!a || typeof a.value !== 'number')
				throw new Error(`assumption "${c.assumption}" (a named value of ${id}.${f.param}) is missing or not a number`);
			if (a.source) sourceIds.add(a.source);
			return { label: c.label, value: a.value, source: a.source || undefined };
		});
	}
	const sources: Record<string, SourceInfo> = {};
	for (const sid of sourceIds) {
		const s = registry.sources.get(sid);
		if (s) sources[sid] = { title: s.title, url: s.url, publisher: s.publisher };
	}
	const initial = Object.fromEntries(Object.entries(options.initial ?? {}).map(([k, v]) => [k, String(v)]));
	// The answer sentence for the first view, so that the HTML states it before the island loads.
	const values = readScenario(calc, initial, ctx).scenario.values;
	const first = evaluate(calc, values);
	const answer = first.ok ? answerOf(ENTRIES[id].conclusion, values, first.outputs) : undefined;
	return {
		answer,
		keyInputs: keyInputs(id),
		plausible: uncertainRanges(id, defaultRanges(calc, lookupAssumption)),
		scenarios: [...registry.scenarios.values()]
			.filter((s) => s.calculator === id)
			.map(({ id: sid, title, note, params }) => ({ id: sid, title, note, params })),
		defaults: ctx.defaults,
		defaultPreset: ctx.defaultPreset,
		accelerators: calc.preset ? ctx.accelerators : undefined,
		provenance,
		...(Object.keys(presetProvenance).length ? { presetProvenance: presetProvenance as PresetProvenance } : {}),
		sources,
		...(Object.keys(choices).length ? { choices } : {}),
		initial,
		mode: options.mode,
		idPrefix: options.idPrefix,
		headingLevel: options.headingLevel ?? 2,
	};
}
