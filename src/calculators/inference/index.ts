/** The inference calculator, as the build-time registry sees it. */
import type { CalculatorEntry } from '../../islands/calculator/entry';
import { inferenceCharts } from './charts';
import { inferenceConclusion } from './conclusion';
import { inferenceCalculator } from './model';

export const inferenceEntry: CalculatorEntry = {
	calc: inferenceCalculator,
	charts: inferenceCharts,
	conclusion: inferenceConclusion,
};
