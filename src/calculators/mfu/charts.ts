/** Charts of the MFU calculator: days and cost on each kind of infrastructure, and days against MFU. */
import type { ChartConfiguration } from 'chart.js';

import { MFU_OUTPUTS, MFU_PARAMS } from './model';

import { bandDatasets, bandSeries, fillBetween } from '../../charts/band';
import { sweep, sweepCompare } from '../../charts/sweep';
import {
	axis,
	baseOptions,
	type ChartInput,
	type ChartTheme,
	type ChartView,
	compactNumber,
	compareDataset,
	compareLegend,
	fmt,
	withAlpha,
} from '../../charts/theme';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Grouped bars: days (left axis) and cost (right axis), general-purpose against purpose-built. */
export function mfuBarsChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'bar'>> {
	const o = input.outputs;
	const [daysColor, costColor] = [theme.series[0]!, theme.series[1]!];
	const days = [num(o[MFU_OUTPUTS.daysGeneral]), num(o[MFU_OUTPUTS.daysPurpose])] as const;
	const cost = [num(o[MFU_OUTPUTS.costGeneralUsd]), num(o[MFU_OUTPUTS.costPurposeUsd])] as const;
	const a = input.compare?.outputs;
	const lighter = (c: string) => withAlpha(c, 0.45);
	return {
		id: 'compare',
		title: 'Days and cost, general-purpose against purpose-built',
		config: {
			type: 'bar',
			data: {
				labels: ['General-purpose', 'Purpose-built'],
				datasets: [
					...(a
						? [
								{
									label: 'A: Days',
									data: [num(a[MFU_OUTPUTS.daysGeneral]), num(a[MFU_OUTPUTS.daysPurpose])],
									backgroundColor: lighter(daysColor),
									yAxisID: 'y',
								},
							]
						: []),
					{ label: 'Days', data: [...days], backgroundColor: daysColor, yAxisID: 'y' },
					...(a
						? [
								{
									label: 'A: Cost',
									data: [num(a[MFU_OUTPUTS.costGeneralUsd]), num(a[MFU_OUTPUTS.costPurposeUsd])],
									backgroundColor: lighter(costColor),
									yAxisID: 'y1',
								},
							]
						: []),
					{ label: 'Cost', data: [...cost], backgroundColor: costColor, yAxisID: 'y1' },
				],
			},
			options: {
				...baseOptions(theme, { y: 'days', y1: 'USD' }),
				scales: {
					x: axis(theme, '', 'category', { title: { display: false } }),
					y: { ...axis(theme, 'Days to train', 'linear'), beginAtZero: true, position: 'left' },
					y1: {
						...axis(theme, 'Cost (USD)', 'linear'),
						beginAtZero: true,
						position: 'right',
						grid: { drawOnChartArea: false },
						ticks: {
							...axis(theme, '', 'linear').ticks,
							callback: (v: number | string) => `$${compactNumber(Number(v))}`,
						},
					},
				},
			},
		},
		summary:
			`General-purpose infrastructure takes ${fmt(days[0], 'days')} and ${fmt(cost[0], 'USD')}; purpose-built takes ${fmt(days[1], 'days')} and ${fmt(cost[1], 'USD')}. ` +
			`The difference is ${fmt(o[MFU_OUTPUTS.daysSaved], 'days')} and ${fmt(o[MFU_OUTPUTS.costSavedUsd], 'USD')}.` +
			(a
				? ` In scenario A, the lighter bars, the difference is ${fmt(a[MFU_OUTPUTS.daysSaved], 'days')} and ${fmt(a[MFU_OUTPUTS.costSavedUsd], 'USD')}.`
				: ''),
		table: {
			columns: [
				{ label: 'Infrastructure', unit: 'method' },
				{ label: 'Days', unit: 'days' },
				{ label: 'Cost', unit: 'USD' },
			],
			rows: [
				['General-purpose', days[0], cost[0]],
				['Purpose-built', days[1], cost[1]],
			],
		},
		legend: [
			{ label: 'Days (left axis)', color: daysColor, kind: 'box' },
			{ label: 'Cost (right axis)', color: costColor, kind: 'box' },
			...(a
				? [
						{ label: 'A: days', color: lighter(daysColor), kind: 'box' as const },
						{ label: 'A: cost', color: lighter(costColor), kind: 'box' as const },
					]
				: []),
		],
	};
}

/** Lines: days to train against MFU, with each infrastructure's goodput and spin-up, and the reader's two points. */
export function mfuLinesChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'line'>> {
	// Both infrastructures at the same MFU, each with its own goodput and spin-up.
	const mfus = Array.from({ length: 15 }, (_, i) => 0.1 + i * 0.05);
	const atMfu = (m: number) => ({ [MFU_PARAMS.mfuGeneral]: m, [MFU_PARAMS.mfuPurpose]: m });
	const byMfu = sweep(input, mfus, atMfu).map((o, i) => ({
		mfu: mfus[i]!,
		daysGeneral: num(o[MFU_OUTPUTS.daysGeneral]),
		daysPurpose: num(o[MFU_OUTPUTS.daysPurpose]),
	}));
	const byMfuA = sweepCompare(input, mfus, atMfu);
	const [general, purpose] = [theme.series[0]!, theme.series[2]!];
	const v = input.values;
	const band = bandSeries(input, mfus, atMfu, MFU_OUTPUTS.daysGeneral);
	const bandColor = withAlpha(general, 0.2);
	const first = byMfu[0]!;
	const last = byMfu[byMfu.length - 1]!;
	const o = input.outputs;
	const days = [num(o[MFU_OUTPUTS.daysGeneral]), num(o[MFU_OUTPUTS.daysPurpose])] as const;
	return {
		id: 'by-mfu',
		title: 'Days to train against MFU',
		config: {
			type: 'line',
			data: {
				datasets: [
					{
						label: 'General-purpose',
						data: byMfu.map((p) => ({ x: p.mfu * 100, y: p.daysGeneral })),
						borderColor: general,
						backgroundColor: general,
						pointRadius: 0,
						borderWidth: 2,
						order: 2,
					},
					{
						label: 'Purpose-built',
						data: byMfu.map((p) => ({ x: p.mfu * 100, y: p.daysPurpose })),
						borderColor: purpose,
						backgroundColor: purpose,
						pointRadius: 0,
						borderWidth: 2,
						borderDash: [6, 3],
						order: 3,
					},
					{
						label: 'Your scenario',
						data: [
							{ x: v[MFU_PARAMS.mfuGeneral]! * 100, y: days[0] },
							{ x: v[MFU_PARAMS.mfuPurpose]! * 100, y: days[1] },
						],
						borderColor: theme.reference,
						backgroundColor: theme.reference,
						pointRadius: 6,
						pointHoverRadius: 7,
						showLine: false,
						order: 1,
					},
					...(band ? bandDatasets(band.map((b) => ({ ...b, x: b.x * 100 }))) : []),
					...(byMfuA
						? [
								compareDataset(
									'General-purpose',
									byMfuA.map((p, i) => ({ x: mfus[i]! * 100, y: num(p[MFU_OUTPUTS.daysGeneral]) })),
									general,
								),
								compareDataset(
									'Purpose-built',
									byMfuA.map((p, i) => ({ x: mfus[i]! * 100, y: num(p[MFU_OUTPUTS.daysPurpose]) })),
									purpose,
								),
							]
						: []),
				],
			},
			options: {
				...baseOptions(theme, { y: 'days' }),
				plugins: {
					...baseOptions(theme, { y: 'days' }).plugins,
					aifgFill: { between: band ? [fillBetween(3, bandColor)] : [] },
				},
				scales: {
					x: { ...axis(theme, 'MFU (%)', 'linear'), min: first.mfu * 100, max: last.mfu * 100 },
					y: { ...axis(theme, 'Days to train', 'linear'), beginAtZero: true },
				},
			},
		},
		summary:
			`On general-purpose infrastructure, training takes ${fmt(first.daysGeneral, 'days')} at ${fmt(first.mfu, 'fraction')} MFU and ${fmt(last.daysGeneral, 'days')} at ${fmt(last.mfu, 'fraction')}. ` +
			`Purpose-built infrastructure, with its goodput and spin-up, takes ${fmt(first.daysPurpose, 'days')} and ${fmt(last.daysPurpose, 'days')} at the same MFUs.` +
			(byMfuA
				? ` In scenario A, dotted, general-purpose takes ${fmt(num(byMfuA[0]![MFU_OUTPUTS.daysGeneral]), 'days')} at ${fmt(first.mfu, 'fraction')} MFU and purpose-built ${fmt(num(byMfuA[0]![MFU_OUTPUTS.daysPurpose]), 'days')}.`
				: ''),
		table: {
			columns: [
				{ label: 'MFU', unit: 'fraction' },
				{ label: 'Days, general-purpose', unit: 'days' },
				{ label: 'Days, purpose-built', unit: 'days' },
			],
			rows: byMfu.map((p) => [p.mfu, p.daysGeneral, p.daysPurpose]),
		},
		legend: [
			{ label: 'General-purpose', color: general, kind: 'line' },
			{ label: 'Purpose-built', color: purpose, kind: 'dashed' },
			{ label: 'Your scenario', color: theme.reference, kind: 'point' },
			...(band ? [{ label: 'General-purpose, P10 to P90', color: bandColor, kind: 'box' as const }] : []),
			...(byMfuA ? [compareLegend('General-purpose', general), compareLegend('Purpose-built', purpose)] : []),
		],
	};
}

export const mfuCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => [
	mfuBarsChart(input, theme),
	mfuLinesChart(input, theme),
];
