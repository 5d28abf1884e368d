/** The power calculator island: the generic island bound to one engine definition and its charts. */
import { powerCharts } from '../../../charts/power';
import { powerCalculator } from '../../../engine/power';
import { CalculatorIsland, type CalculatorIslandProps } from '../Calculator';

const worker = () => new Worker(new URL('../workers/power.ts', import.meta.url), { type: 'module' });

export default function PowerCalculator(props: CalculatorIslandProps) {
	return <CalculatorIsland {...props} calc={powerCalculator} charts={powerCharts} worker={worker} />;
}
