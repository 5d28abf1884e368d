/**
 * The sizing engine: pure TypeScript, no DOM, no framework, no I/O. The same functions run in the
 * browser (calculators), at build time (figures in the report) and in tests.
 */
import { coolingCalculator } from './cooling';
import { growthCalculator } from './growth';
import { mfuCalculator } from './mfu';
import { powerCalculator } from './power';
import { reliabilityCalculator } from './reliability';
import type { Calculator, CalculatorId } from './types';

export const CALCULATORS: Readonly<Record<CalculatorId, Calculator>> = {
	power: powerCalculator,
	cooling: coolingCalculator,
	growth: growthCalculator,
	mfu: mfuCalculator,
	reliability: reliabilityCalculator,
};

export const CALCULATOR_ORDER: readonly CalculatorId[] = ['power', 'cooling', 'growth', 'mfu', 'reliability'];

export * from './assumptions';
export * from './evaluate';
export * from './montecarlo';
export * from './parse';
export * from './sensitivity';
export * from './series';
export type * from './types';
