/**
 * The cooling calculator island: the generic island bound to one engine definition and its charts,
 * with an imperial view (°F, BTU/h, CFM, US gpm) of the same SI results.
 */
import { coolingCharts } from './charts';
import { COOLING_METHOD_LABELS, coolingCalculator } from './model';
import { CalculatorIsland, type CalculatorIslandProps } from '../../islands/calculator/Calculator';
import { COOLING_UNITS } from './units';
import { UnitsSwitch } from '../../islands/calculator/parts/UnitsSwitch';

const worker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

const loadChart = () => import('./chartjs').then((m) => m.Chart);
const loadConclusion = () => import('./conclusion').then((m) => m.coolingConclusion);

export default function CoolingCalculator(props: CalculatorIslandProps) {
	return (
		<CalculatorIsland
			{...props}
			calc={coolingCalculator}
			charts={coolingCharts}
			labels={COOLING_METHOD_LABELS}
			units={COOLING_UNITS}
			unitsControl={UnitsSwitch}
			worker={worker}
			loadChart={loadChart}
			loadConclusion={loadConclusion}
		/>
	);
}
