/** The growth calculator island: the generic island bound to one engine definition and its charts. */
import { growthCharts } from '../../../charts/growth';
import { growthCalculator } from '../../../engine/growth';
import { CalculatorIsland, type CalculatorIslandProps } from '../Calculator';

export default function GrowthCalculator(props: CalculatorIslandProps) {
	return <CalculatorIsland {...props} calc={growthCalculator} charts={growthCharts} />;
}
