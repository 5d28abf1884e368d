/** Chart builders by calculator. Each returns plain Chart.js configurations plus text alternatives. */
import type { CalculatorId } from '../engine/types';
import { coolingCharts } from './cooling';
import { growthCharts } from './growth';
import { mfuCharts } from './mfu';
import { powerCharts } from './power';
import { reliabilityCharts } from './reliability';
import type { ChartInput, ChartTheme, ChartView } from './theme';

export type ChartsBuilder = (input: ChartInput, theme: ChartTheme) => ChartView[];

export const CHARTS: Readonly<Record<CalculatorId, ChartsBuilder>> = {
	power: powerCharts,
	cooling: coolingCharts,
	growth: growthCharts,
	mfu: mfuCharts,
	reliability: reliabilityCharts,
};

export type { ChartInput, ChartTheme, ChartView, DataTable, LegendItem } from './theme';
