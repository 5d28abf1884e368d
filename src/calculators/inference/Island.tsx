/** The inference calculator island: the generic island bound to one engine definition and its charts. */
import { inferenceCharts } from './charts';
import { inferenceCalculator } from './model';
import { CalculatorIsland, type CalculatorIslandProps } from '../../islands/calculator/Calculator';

const worker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

const loadChart = () => import('./chartjs').then((m) => m.Chart);
const loadConclusion = () => import('./conclusion').then((m) => m.inferenceConclusion);

export default function InferenceCalculator(props: CalculatorIslandProps) {
	return (
		<CalculatorIsland
			{...props}
			calc={inferenceCalculator}
			charts={inferenceCharts}
			worker={worker}
			loadChart={loadChart}
			loadConclusion={loadConclusion}
		/>
	);
}
