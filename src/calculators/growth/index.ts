/** The growth calculator, as the build-time registry sees it. */
import type { CalculatorEntry } from '../../islands/calculator/entry';
import { growthCharts } from './charts';
import { growthConclusion } from './conclusion';
import { growthCalculator } from './model';

export const growthEntry: CalculatorEntry = {
	calc: growthCalculator,
	charts: growthCharts,
	conclusion: growthConclusion,
};
