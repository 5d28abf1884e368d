/** The reliability calculator island: the generic island bound to one engine definition and its charts. */
import { reliabilityCharts } from '../../../charts/reliability';
import { reliabilityCalculator } from '../../../engine/reliability';
import { CalculatorIsland, type CalculatorIslandProps } from '../Calculator';

const worker = () =>
	new Worker(new URL('../workers/reliability.ts', import.meta.url), { type: 'module' });

export default function ReliabilityCalculator(props: CalculatorIslandProps) {
	return (
		<CalculatorIsland {...props} calc={reliabilityCalculator} charts={reliabilityCharts} worker={worker} />
	);
}
