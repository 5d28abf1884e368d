/**
 * The cooling calculator island: the generic island bound to one engine definition and its charts,
 * with an imperial view (°F, BTU/h, CFM, US gpm) of the same SI results.
 */
import { coolingCharts } from '../../../charts/cooling';
import { COOLING_METHOD_LABELS, coolingCalculator } from '../../../engine/cooling';
import { CalculatorIsland, type CalculatorIslandProps } from '../Calculator';
import { COOLING_UNITS } from '../units';
import { UnitsSwitch } from '../UnitsSwitch';

const worker = () => new Worker(new URL('../workers/cooling.ts', import.meta.url), { type: 'module' });

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
		/>
	);
}
