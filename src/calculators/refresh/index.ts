/** The refresh calculator, as the build-time registry sees it. */
import type { CalculatorEntry } from '../../islands/calculator/entry';
import { refreshCharts } from './charts';
import { refreshConclusion } from './conclusion';
import { refreshCalculator } from './model';

export const refreshEntry: CalculatorEntry = {
	calc: refreshCalculator,
	charts: refreshCharts,
	conclusion: refreshConclusion,
};
