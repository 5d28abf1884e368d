/** Chart builders' shared shapes. Each calculator's builders live in `src/calculators/<id>/charts.ts`. */
import type { ChartInput, ChartTheme, ChartView } from './theme';

export type ChartsBuilder = (input: ChartInput, theme: ChartTheme) => ChartView[];
