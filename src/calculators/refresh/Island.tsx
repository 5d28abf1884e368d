/** The refresh calculator island: the generic island bound to one engine definition and its charts. */
import { refreshCharts } from './charts';
import { refreshCalculator } from './model';
import { CalculatorIsland, type CalculatorIslandProps } from '../../islands/calculator/Calculator';

const worker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

const loadChart = () => import('./chartjs').then((m) => m.Chart);
const loadConclusion = () => import('./conclusion').then((m) => m.refreshConclusion);

export default function RefreshCalculator(props: CalculatorIslandProps) {
	return (
		<CalculatorIsland
			{...props}
			calc={refreshCalculator}
			charts={refreshCharts}
			worker={worker}
			loadChart={loadChart}
			loadConclusion={loadConclusion}
		/>
	);
}
