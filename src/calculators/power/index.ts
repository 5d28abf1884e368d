/** The power calculator, as the build-time registry sees it. */
import type { CalculatorEntry } from '../../islands/calculator/entry';
import { powerCharts } from './charts';
import { powerConclusion } from './conclusion';
import { powerCalculator } from './model';

export const powerEntry: CalculatorEntry = {
	calc: powerCalculator,
	charts: powerCharts,
	conclusion: powerConclusion,
};
