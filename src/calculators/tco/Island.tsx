/**
 * The build-or-buy calculator island: the generic island bound to one engine definition and its
 * chart. Owning and renting open side by side, per useful hour, with the break-even occupancy.
 */
import { tcoCharts } from './charts';
import { TCO_OPTION_LABELS, tcoCalculator } from './model';
import { CalculatorIsland, type CalculatorIslandProps } from '../../islands/calculator/Calculator';
import { pairTable } from '../../islands/calculator/parts/PairTable';

const worker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

const TABLE = pairTable({
	caption: 'The same useful work, rented or owned in a colocation hall',
	columns: ['Renting', 'Owning', 'Saving from owning'],
	rows: [
		{
			label: 'Per useful accelerator-hour',
			keys: ['rent_usd_per_effective_hour', 'own_usd_per_effective_hour', 'saving_usd_per_effective_hour'],
		},
		{
			label: 'The fleet, per year',
			keys: ['fleet_rent_usd_per_year', 'fleet_own_usd_per_year', 'fleet_saving_usd_per_year'],
		},
	],
});

const loadChart = () => import('./chartjs').then((m) => m.Chart);
const loadConclusion = () => import('./conclusion').then((m) => m.tcoConclusion);

export default function TcoCalculator(props: CalculatorIslandProps) {
	return (
		<CalculatorIsland
			{...props}
			calc={tcoCalculator}
			charts={tcoCharts}
			labels={TCO_OPTION_LABELS}
			worker={worker}
			loadChart={loadChart}
			loadConclusion={loadConclusion}
			table={TABLE}
		/>
	);
}
