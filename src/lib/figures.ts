/**
 * Build-time evaluation of figures quoted in prose: the same engine call the calculators make,
 * from the same registry defaults. A bad figure fails the build with a message naming the chapter.
 */
import { registry, lookupAssumption } from '../data/registry';
import { defaultsFor, evaluate, readScenario, scenarioToParams } from '../engine';
import { CALCULATORS, ENTRIES, isCalculatorId } from '../registry/calculators';
import type { OutputSpec } from '../engine';
import type { CalculatorId } from '../registry/calculators';

/** Names of a calculator's text outputs (the cooling class ids), if it has any. */
const labelsOf = (id: CalculatorId): Readonly<Record<string, string>> | undefined => {
	const entry: { readonly labels?: Readonly<Record<string, string>> } = ENTRIES[id];
	return entry.labels;
};
import { formatOutput, type Formatted } from '../format';

export type FigureInputs = Readonly<Record<string, number | string>>;

export interface FigureValue {
	readonly value: number | string | null;
	readonly spec: OutputSpec;
	readonly formatted: Formatted;
	/** Calculator URL pre-filled with these inputs. */
	readonly href: string;
}

export function contextFor(calcId: CalculatorId) {
	const calc = CALCULATORS[calcId];
	const { defaults, defaultPreset } = defaultsFor(calc, lookupAssumption);
	return { calc, ctx: { defaults, defaultPreset, accelerators: registry.accelerators } };
}

/** Evaluates one output for the given inputs, or throws an error that says what to fix. */
export function evaluateFigure(
	calcId: string,
	inputs: FigureInputs,
	output: string,
	where: string,
	sig = 3,
): FigureValue {
	if (!isCalculatorId(calcId))
		throw new Error(`${where}: unknown calculator "${calcId}"; expected one of ${Object.keys(CALCULATORS).join(', ')}`);
	const { calc, ctx } = contextFor(calcId);
	const spec = calc.outputs.find((o) => o.key === output);
	if (!spec)
		throw new Error(
			`${where}: the ${calcId} calculator has no output "${output}"; expected one of ${calc.outputs.map((o) => o.key).join(', ')}`,
		);
	const known = new Set([...calc.fields.map((f) => f.param), ...(calc.preset ? [calc.preset.param] : [])]);
	for (const key of Object.keys(inputs)) {
		if (!known.has(key))
			throw new Error(
				`${where}: the ${calcId} calculator has no input "${key}"; expected one of ${[...known].join(', ')}`,
			);
	}
	const raw = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)]));
	const { scenario, ignored } = readScenario(calc, raw, ctx);
	if (ignored.length > 0) throw new Error(`${where}: ${ignored.map((p) => `${p.param}: ${p.message}`).join('; ')}`);
	const result = evaluate(calc, scenario.values);
	if (!result.ok) throw new Error(`${where}: the engine could not evaluate ${calcId}.${output} (${result.reason})`);
	const value = result.outputs[output] ?? null;
	const query = new URLSearchParams(scenarioToParams(calc, scenario, ctx)).toString();
	return {
		value,
		spec,
		formatted: formatOutput(value, spec.unit, sig, labelsOf(calcId)),
		href: `/calculators/${calcId}/${query ? `?${query}` : ''}`,
	};
}
