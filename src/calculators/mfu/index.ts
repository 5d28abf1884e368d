/** The mfu calculator, as the build-time registry sees it. */
import type { CalculatorEntry } from '../../islands/calculator/entry';
import { mfuCharts } from './charts';
import { mfuConclusion } from './conclusion';
import { mfuCalculator } from './model';

export const mfuEntry: CalculatorEntry = {
	calc: mfuCalculator,
	charts: mfuCharts,
	conclusion: mfuConclusion,
};
