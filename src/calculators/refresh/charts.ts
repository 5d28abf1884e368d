/** Chart of the refresh calculator: racks that fit against the position design power. */
import type { ChartConfiguration } from 'chart.js';

import { REFRESH_OUTPUTS as O, REFRESH_PARAMS as P } from './model';

import { bandDatasets, bandSeries, fillBetween } from '../../charts/band';
import { num, sweep, sweepCompare } from '../../charts/sweep';
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
import type { ParamValues } from '../../engine';

/** Position design powers along the x axis: from 1 kW to a quarter past the larger of the rack and position power. */
export function positionSteps(values: ParamValues, n = 81): number[] {
	const top = Math.max(values[P.rackKw]!, values[P.positionKw]!, 16) * 1.25;
	return Array.from({ length: n }, (_, i) => 1 + ((top - 1) * i) / (n - 1));
}

/** The chart's title states its finding: how many of the new racks this hall's positions hold. */
export function refreshFinding(racksFit: number | null, rackKw: number, positionKw: number): string {
	if (racksFit === null) return 'New racks that fit against the position design power';
	const [rack, position] = [fmt(rackKw, 'kW'), fmt(positionKw, 'kW')];
	if (racksFit === 0) return `No ${rack} rack fits in ${position} positions`;
	return `${fmt(racksFit, 'count')} ${racksFit === 1 ? 'rack' : 'racks'} of ${rack} ${racksFit === 1 ? 'fits' : 'fit'} in ${position} positions`;
}

export function racksByPositionChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'line'>> {
	const xs = positionSteps(input.values);
	const at = (kw: number) => ({ [P.positionKw]: kw });
	const racks = sweep(input, xs, at).map((o) => num(o[O.racksFit]));
	const racksA = sweepCompare(input, xs, at)?.map((o) => num(o[O.racksFit]));
	const band = bandSeries(input, xs, at, O.racksFit);
	const after = num(input.outputs[O.racksAfterRetrofit]) ?? 0;
	const rackKw = input.values[P.rackKw]!;
	const positionKw = input.values[P.positionKw]!;
	const fit = num(input.outputs[O.racksFit]);
	const top = Math.max(after, ...racks.map((r) => r ?? 0), ...(racksA ?? []).map((r) => r ?? 0));
	const [line, retrofit, mark] = [theme.series[0]!, theme.series[2]!, theme.reference];
	const bandColor = withAlpha(line, 0.2);
	const options = baseOptions(theme, { y: 'count' });
	const first = xs[0]!;
	const last = xs[xs.length - 1]!;
	return {
		id: 'racks-by-position',
		title: refreshFinding(fit, rackKw, positionKw),
		config: {
			type: 'line',
			data: {
				datasets: [
					{
						label: 'New racks that fit',
						data: xs.map((x, i) => ({ x, y: racks[i]! })),
						borderColor: line,
						backgroundColor: line,
						pointRadius: 0,
						borderWidth: 2,
						stepped: 'after',
						order: 1,
					},
					{
						label: 'After a retrofit',
						data: [
							{ x: first, y: after },
							{ x: last, y: after },
						],
						borderColor: retrofit,
						backgroundColor: retrofit,
						borderDash: [6, 4],
						pointRadius: 0,
						borderWidth: 2,
						order: 2,
					},
					{
						label: 'New rack power',
						data: [
							{ x: rackKw, y: 0 },
							{ x: rackKw, y: top },
						],
						borderColor: mark,
						backgroundColor: mark,
						borderDash: [2, 3],
						pointRadius: 0,
						borderWidth: 2,
						order: 3,
					},
					{
						label: 'This hall',
						data: [{ x: positionKw, y: fit }],
						borderColor: mark,
						backgroundColor: mark,
						pointRadius: 6,
						pointHoverRadius: 7,
						showLine: false,
						order: 0,
					},
					...(band ? bandDatasets(band) : []),
					...(racksA
						? [
								compareDataset(
									'New racks that fit',
									xs.map((x, i) => ({ x, y: racksA[i]! })),
									line,
								),
							]
						: []),
				],
			},
			options: {
				...options,
				plugins: { ...options.plugins, aifgFill: { between: band ? [fillBetween(4, bandColor)] : [] } },
				scales: {
					x: { ...axis(theme, 'Position design power (kW)', 'linear'), min: 0, max: last },
					y: { ...axis(theme, 'New racks that fit', 'linear'), beginAtZero: true },
				},
			},
		},
		summary:
			`A hall of ${fmt(input.values[P.positions], 'count')} positions designed for ${fmt(positionKw, 'kW')} each holds ${fmt(fit, 'count')} racks of ${fmt(rackKw, 'kW')}, ` +
			`each taking ${fmt(input.outputs[O.positionsPerRack], 'count')} positions, and strands ${fmt(input.outputs[O.strandedMw], 'MW')} of its ${fmt(input.values[P.hallMw], 'MW')}. ` +
			`From positions of ${fmt(rackKw, 'kW')} (the new rack’s power, marked) every rack needs one position; a retrofit to that power holds ${fmt(after, 'count')} racks.` +
			(racksA ? ` In scenario A, dotted, ${fmt(input.compare?.outputs[O.racksFit], 'count')} racks fit.` : ''),
		table: {
			columns: [
				{ label: 'Position design power', unit: 'kW' },
				{ label: 'New racks that fit', unit: 'count' },
				...(band
					? [
							{ label: 'P10', unit: 'count' as const },
							{ label: 'P90', unit: 'count' as const },
						]
					: []),
				...(racksA ? [{ label: 'A: racks that fit', unit: 'count' as const }] : []),
			],
			rows: xs.map((x, i) => [
				x,
				racks[i]!,
				...(band ? [band[i]?.p10 ?? null, band[i]?.p90 ?? null] : []),
				...(racksA ? [racksA[i]!] : []),
			]),
		},
		legend: [
			{ label: 'New racks that fit', color: line, kind: 'line' },
			{ label: 'After a retrofit', color: retrofit, kind: 'dashed' },
			{ label: 'New rack power', color: mark, kind: 'dotted' },
			{ label: 'This hall', color: mark, kind: 'point' },
			...(band ? [{ label: 'P10 to P90', color: bandColor, kind: 'box' as const }] : []),
			...(racksA ? [compareLegend('New racks that fit', line)] : []),
		],
	};
}

export const refreshCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => [
	racksByPositionChart(input, theme),
];
