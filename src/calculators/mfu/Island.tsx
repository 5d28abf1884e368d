/**
 * The MFU calculator island: the generic island bound to one engine definition and its charts.
 * Every MFU scenario already compares two infrastructures, so its results open as a
 * general-purpose | purpose-built | difference table; pinning a scenario as A then compares two
 * whole scenarios, each with both columns.
 */
import { mfuCharts } from './charts';
import { mfuCalculator } from './model';
import { CalculatorIsland, type CalculatorIslandProps } from '../../islands/calculator/Calculator';
import { pairTable } from '../../islands/calculator/parts/PairTable';

const worker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

const TABLE = pairTable({
	caption: 'The same training job on general-purpose and purpose-built infrastructure',
	columns: ['General-purpose', 'Purpose-built', 'Difference'],
	rows: [
		{ label: 'Days to train', keys: ['days_general', 'days_purpose', 'days_saved'] },
		{ label: 'Cost', keys: ['cost_general_usd', 'cost_purpose_usd', 'cost_saved_usd'] },
	],
});

const loadChart = () => import('./chartjs').then((m) => m.Chart);
const loadConclusion = () => import('./conclusion').then((m) => m.mfuConclusion);

export default function MfuCalculator(props: CalculatorIslandProps) {
	return (
		<CalculatorIsland
			{...props}
			calc={mfuCalculator}
			charts={mfuCharts}
			worker={worker}
			loadChart={loadChart}
			loadConclusion={loadConclusion}
			table={TABLE}
		/>
	);
}
