/**
 * The MFU calculator island: the generic island bound to one engine definition and its charts.
 * Every MFU scenario already compares two infrastructures, so its results open as a
 * general-purpose | purpose-built | difference table; pinning a scenario as A then compares two
 * whole scenarios, each with both columns.
 */
import { mfuCharts } from '../../../charts/mfu';
import { mfuCalculator } from '../../../engine/mfu';
import { CalculatorIsland, type CalculatorIslandProps } from '../Calculator';
import { pairTable } from '../PairTable';

const worker = () => new Worker(new URL('../workers/mfu.ts', import.meta.url), { type: 'module' });

const TABLE = pairTable({
	caption: 'The same training job on general-purpose and purpose-built infrastructure',
	columns: ['General-purpose', 'Purpose-built', 'Difference'],
	rows: [
		{ label: 'Days to train', keys: ['days_general', 'days_purpose', 'days_saved'] },
		{ label: 'Cost', keys: ['cost_general_usd', 'cost_purpose_usd', 'cost_saved_usd'] },
	],
});

export default function MfuCalculator(props: CalculatorIslandProps) {
	return <CalculatorIsland {...props} calc={mfuCalculator} charts={mfuCharts} worker={worker} table={TABLE} />;
}
