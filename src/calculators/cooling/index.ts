/** The cooling calculator, as the build-time registry sees it. */
import type { CalculatorEntry } from '../../islands/calculator/entry';
import { coolingCharts } from './charts';
import { coolingConclusion } from './conclusion';
import { COOLING_METHOD_LABELS, coolingCalculator } from './model';

export const coolingEntry: CalculatorEntry = {
	calc: coolingCalculator,
	charts: coolingCharts,
	conclusion: coolingConclusion,
	labels: COOLING_METHOD_LABELS,
};
