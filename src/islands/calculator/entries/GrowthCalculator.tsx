/** The growth calculator island: the generic island bound to one engine definition and its charts. */
import { growthCharts } from '../../../charts/growth';
import { growthCalculator } from '../../../engine/growth';
import { CalculatorIsland, type CalculatorIslandProps } from '../Calculator';

const worker = () => new Worker(new URL('../workers/growth.ts', import.meta.url), { type: 'module' });

export default function GrowthCalculator(props: CalculatorIslandProps) {
	return <CalculatorIsland {...props} calc={growthCalculator} charts={growthCharts} worker={worker} />;
}
