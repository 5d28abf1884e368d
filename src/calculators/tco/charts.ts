/** Chart of the build-or-buy calculator: cost per useful hour against occupancy, owning and renting. */
import type { ChartConfiguration } from 'chart.js';

import { TCO_OUTPUTS, TCO_PARAMS } from './model';

import { bandDatasets, bandSeries, fillBetween } from '../../charts/band';
import { niceCeil, num, sweep, sweepCompare } from '../../charts/sweep';
import {
	axis,
	baseOptions,
	type ChartInput,
	type ChartTheme,
	type ChartView,
	compareDataset,
	compareLegend,
	fmt,
	withAlpha,
} from '../../charts/theme';

/** Occupancies the chart sweeps: 10% to 100% in steps of 2.5 points. */
export const OCCUPANCIES = Array.from({ length: 37 }, (_, i) => 0.1 + i * 0.025);

const pct = (x: number) => Number((x * 100).toFixed(6));
const atOccupancy = (x: number) => ({ [TCO_PARAMS.occupancy]: x });

/** The chart's title states its finding: where owning starts to pay, or that it never does. */
export function tcoFinding(breakeven: number | null): string {
	if (breakeven === null) return 'Cost per useful hour against occupancy';
	return breakeven <= 1
		? `Owning is cheaper above ${fmt(breakeven, 'fraction')} occupancy`
		: 'Renting is cheaper at any occupancy';
}

/** Lines: owning's cost per useful hour falls as occupancy rises; renting's is flat; they cross at break-even. */
export function tcoOccupancyChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'line'>> {
	const o = input.outputs;
	const occupancy = input.values[TCO_PARAMS.occupancy]!;
	const own = sweep(input, OCCUPANCIES, atOccupancy).map((r) => num(r[TCO_OUTPUTS.ownUsdPerEffectiveHour]));
	const rent = num(o[TCO_OUTPUTS.rentUsdPerEffectiveHour]);
	const ownHere = num(o[TCO_OUTPUTS.ownUsdPerEffectiveHour]);
	const breakeven = num(o[TCO_OUTPUTS.breakevenOccupancy]);
	const crosses = breakeven !== null && breakeven >= OCCUPANCIES[0]! && breakeven <= 1;
	const compared = sweepCompare(input, OCCUPANCIES, atOccupancy);
	const ownA = compared?.map((r) => num(r[TCO_OUTPUTS.ownUsdPerEffectiveHour]));
	const rentA = input.compare ? num(input.compare.outputs[TCO_OUTPUTS.rentUsdPerEffectiveHour]) : null;
	const band = bandSeries(input, OCCUPANCIES, atOccupancy, TCO_OUTPUTS.ownUsdPerEffectiveHour);
	// The curve runs away at low occupancy; the axis stops where the comparison is still readable.
	const top = niceCeil(2.5 * Math.max(rent ?? 0, ownHere ?? 0, own[own.length - 1] ?? 0, 1e-9));
	const [ownColor, rentColor, mark] = [theme.series[0]!, theme.series[1]!, theme.reference];
	const bandColor = withAlpha(ownColor, 0.2);
	const first = OCCUPANCIES[0]!;
	const lastI = OCCUPANCIES.length - 1;
	const flat = (y: number | null) => [
		{ x: pct(first), y },
		{ x: 100, y },
	];
	return {
		id: 'by-occupancy',
		title: tcoFinding(breakeven),
		config: {
			type: 'line',
			data: {
				datasets: [
					{
						label: 'Owning',
						data: OCCUPANCIES.map((x, i) => ({ x: pct(x), y: own[i]! })),
						borderColor: ownColor,
						backgroundColor: ownColor,
						pointRadius: 0,
						borderWidth: 2,
						order: 2,
					},
					{
						label: 'Renting',
						data: flat(rent),
						borderColor: rentColor,
						backgroundColor: rentColor,
						borderDash: [6, 3],
						pointRadius: 0,
						borderWidth: 2,
						order: 3,
					},
					{
						label: 'Break-even',
						data: crosses
							? [
									{ x: pct(breakeven), y: 0 },
									{ x: pct(breakeven), y: top },
								]
							: [],
						borderColor: mark,
						backgroundColor: mark,
						borderDash: [2, 2],
						pointRadius: 0,
						borderWidth: 1.5,
						order: 1,
					},
					{
						label: 'This fleet',
						data: [{ x: pct(occupancy), y: ownHere }],
						borderColor: mark,
						backgroundColor: mark,
						pointRadius: 6,
						pointHoverRadius: 7,
						showLine: false,
						order: 0,
					},
					...(band ? bandDatasets(band.map((b) => ({ ...b, x: pct(b.x) }))) : []),
					...(ownA
						? [
								compareDataset(
									'Owning',
									OCCUPANCIES.map((x, i) => ({ x: pct(x), y: ownA[i]! })),
									ownColor,
								),
								compareDataset('Renting', flat(rentA), rentColor),
							]
						: []),
				],
			},
			options: {
				...baseOptions(theme, { y: 'USD' }),
				plugins: {
					...baseOptions(theme, { y: 'USD' }).plugins,
					aifgFill: { between: band ? [fillBetween(4, bandColor)] : [] },
				},
				scales: {
					x: { ...axis(theme, 'Occupancy of the owned fleet (%)', 'linear'), min: pct(first), max: 100 },
					y: { ...axis(theme, 'USD per useful hour', 'linear'), min: 0, max: top },
				},
			},
		},
		summary:
			`Owning costs ${fmt(own[lastI], 'USD')} per useful hour with the fleet busy all year and ${fmt(own[0], 'USD')} at ${fmt(first, 'fraction')} occupancy; renting costs ${fmt(rent, 'USD')} whatever the occupancy. ` +
			(breakeven === null
				? ''
				: breakeven <= 1
					? `The lines cross at ${fmt(breakeven, 'fraction')} occupancy. `
					: `The lines do not cross: owning would need ${fmt(breakeven, 'fraction')} of the hours in a year. `) +
			`This fleet, at ${fmt(occupancy, 'fraction')}, pays ${fmt(ownHere, 'USD')} per useful hour to own.` +
			(ownA
				? ` In scenario A, dotted, owning costs ${fmt(ownA[lastI], 'USD')} at full occupancy and renting ${fmt(rentA, 'USD')}.`
				: ''),
		table: {
			columns: [
				{ label: 'Occupancy', unit: 'fraction' },
				{ label: 'Owning, per useful hour', unit: 'USD' },
				{ label: 'Renting, per useful hour', unit: 'USD' },
				...(band
					? [
							{ label: 'Owning P10', unit: 'USD' as const },
							{ label: 'Owning P90', unit: 'USD' as const },
						]
					: []),
				...(ownA
					? [
							{ label: 'A: owning', unit: 'USD' as const },
							{ label: 'A: renting', unit: 'USD' as const },
						]
					: []),
			],
			rows: OCCUPANCIES.map((x, i) => [
				x,
				own[i]!,
				rent,
				...(band ? [band[i]?.p10 ?? null, band[i]?.p90 ?? null] : []),
				...(ownA ? [ownA[i]!, rentA] : []),
			]),
		},
		legend: [
			{ label: 'Owning', color: ownColor, kind: 'line' },
			{ label: 'Renting', color: rentColor, kind: 'dashed' },
			...(crosses ? [{ label: 'Break-even', color: mark, kind: 'dotted' as const }] : []),
			{ label: 'This fleet', color: mark, kind: 'point' },
			...(band ? [{ label: 'Owning, P10 to P90', color: bandColor, kind: 'box' as const }] : []),
			...(ownA ? [compareLegend('Owning', ownColor), compareLegend('Renting', rentColor)] : []),
		],
	};
}

export const tcoCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => [tcoOccupancyChart(input, theme)];
