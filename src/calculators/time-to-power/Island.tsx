/** The time-to-power calculator island: the generic island bound to one engine definition and its charts. */
import { timeToPowerCharts } from './charts';
import { timeToPowerCalculator } from './model';
import { CalculatorIsland, type CalculatorIslandProps } from '../../islands/calculator/Calculator';

const worker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

const loadChart = () => import('./chartjs').then((m) => m.Chart);
const loadConclusion = () => import('./conclusion').then((m) => m.timeToPowerConclusion);

export default function TimeToPowerCalculator(props: CalculatorIslandProps) {
	return (
		<CalculatorIsland
			{...props}
			calc={timeToPowerCalculator}
			charts={timeToPowerCharts}
			worker={worker}
			loadChart={loadChart}
			loadConclusion={loadConclusion}
		/>
	);
}
