/** The build-or-buy calculator, as the build-time registry sees it. */
import type { CalculatorEntry } from '../../islands/calculator/entry';
import { tcoCharts } from './charts';
import { tcoConclusion } from './conclusion';
import { TCO_OPTION_LABELS, tcoCalculator } from './model';

export const tcoEntry: CalculatorEntry = {
	calc: tcoCalculator,
	charts: tcoCharts,
	conclusion: tcoConclusion,
	labels: TCO_OPTION_LABELS,
};
