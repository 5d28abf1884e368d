/** The time-to-power calculator, as the build-time registry sees it. */
import type { CalculatorEntry } from '../../islands/calculator/entry';
import { timeToPowerCharts } from './charts';
import { timeToPowerConclusion } from './conclusion';
import { timeToPowerCalculator } from './model';

export const timeToPowerEntry: CalculatorEntry = {
	calc: timeToPowerCalculator,
	charts: timeToPowerCharts,
	conclusion: timeToPowerConclusion,
};
