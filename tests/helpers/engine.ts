import { registry, lookupAssumption } from '../../src/data/registry';
import { CALCULATORS, defaultsFor, readScenario, type ScenarioContext } from '../../src/engine/index';
import type { CalculatorId, ParamValues } from '../../src/engine/types';

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
