/** The reliability calculator, as the build-time registry sees it. */
import type { CalculatorEntry } from '../../islands/calculator/entry';
import { reliabilityCharts } from './charts';
import { reliabilityConclusion } from './conclusion';
import { reliabilityCalculator } from './model';

export const reliabilityEntry: CalculatorEntry = {
	calc: reliabilityCalculator,
	charts: reliabilityCharts,
	conclusion: reliabilityConclusion,
};
