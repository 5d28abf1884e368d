/** The growth calculator island: the generic island bound to one engine definition and its charts. */
import { growthCharts } from './charts';
import { growthCalculator } from './model';
import { CalculatorIsland, type CalculatorIslandProps } from '../../islands/calculator/Calculator';

const worker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

const loadChart = () => import('./chartjs').then((m) => m.Chart);
const loadConclusion = () => import('./conclusion').then((m) => m.growthConclusion);

export default function GrowthCalculator(props: CalculatorIslandProps) {
	return (
		<CalculatorIsland
			{...props}
			calc={growthCalculator}
			charts={growthCharts}
			worker={worker}
			loadChart={loadChart}
			loadConclusion={loadConclusion}
		/>
	);
}
