/** The cooling calculator island: the generic island bound to one engine definition and its charts. */
import { coolingCharts } from '../../../charts/cooling';
import { COOLING_METHOD_LABELS, coolingCalculator } from '../../../engine/cooling';
import { CalculatorIsland, type CalculatorIslandProps } from '../Calculator';

export default function CoolingCalculator(props: CalculatorIslandProps) {
	return (
		<CalculatorIsland
			{...props}
			calc={coolingCalculator}
			charts={coolingCharts}
			labels={COOLING_METHOD_LABELS}
		/>
	);
}
