/** The mfu calculator island: the generic island bound to one engine definition and its charts. */
import { mfuCharts } from '../../../charts/mfu';
import { mfuCalculator } from '../../../engine/mfu';
import { CalculatorIsland, type CalculatorIslandProps } from '../Calculator';

export default function MfuCalculator(props: CalculatorIslandProps) {
	return <CalculatorIsland {...props} calc={mfuCalculator} charts={mfuCharts} />;
}
