import { fixture as registry, lookupFixture as lookupAssumption } from './registry';
import { defaultsFor, readScenario, type ScenarioContext } from '../../src/engine';
import { CALCULATORS, CALCULATOR_ORDER, ENTRIES } from '../../src/registry/calculators';
import type { ChartsBuilder } from '../../src/charts';
import type { ParamValues } from '../../src/engine';
import type { CalculatorId } from '../../src/registry/calculators';

/** The same context the site builds: registry defaults and presets. */
export function contextFor(id: CalculatorId): ScenarioContext {
	const { defaults, defaultPreset } = defaultsFor(CALCULATORS[id], lookupAssumption);
	return { defaults, defaultPreset, accelerators: registry.accelerators };
}

/** Default values of a calculator with some overrides. */
export function valuesFor(id: CalculatorId, overrides: ParamValues = {}): ParamValues {
	const { scenario } = readScenario(CALCULATORS[id], {}, contextFor(id));
	return { ...scenario.values, ...overrides };
}

/** Asserts |actual − expected| <= relative tolerance × |expected| (or an absolute floor near zero). */
export function closeTo(actual: unknown, expected: number, rel = 1e-9): boolean {
	if (typeof actual !== 'number') return false;
	return Math.abs(actual - expected) <= rel * Math.max(Math.abs(expected), 1e-12);
}

export const FC_SEED = 20261127;

/** Each calculator's chart builders, by id. */
export const CHARTS = Object.fromEntries(CALCULATOR_ORDER.map((id) => [id, ENTRIES[id].charts])) as Readonly<
	Record<CalculatorId, ChartsBuilder>
>;

/** Each calculator's tested conclusion, by id. */
export const CONCLUSIONS = Object.fromEntries(CALCULATOR_ORDER.map((id) => [id, ENTRIES[id].conclusion])) as Readonly<
	Record<CalculatorId, (typeof ENTRIES)[CalculatorId]['conclusion']>
>;
