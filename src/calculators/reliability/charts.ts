/**
 * Chart of the reliability calculator: goodput against job size, first-order and Daly's higher-order
 * estimate on one percentage axis (interruptions per day are in the summary and the table: a second
 * axis would set a count beside a share).
 */
import type { ChartConfiguration } from 'chart.js';

import { RELIABILITY_OUTPUTS, RELIABILITY_PARAMS } from './model';

import { bandDatasets, bandSeries, fillBetween } from '../../charts/band';
import { logSpace, num, sweep, sweepCompare } from '../../charts/sweep';
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

export function reliabilityChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'line'>> {
	const count = input.values[RELIABILITY_PARAMS.count]!;
	const counts = logSpace(Math.max(8, Math.min(count / 20, 1000)), Math.max(count * 10, 10_000), 25).map(Math.round);
	const byCount = sweep(input, counts, (c) => ({ [RELIABILITY_PARAMS.count]: c })).map((o, i) => ({
		count: counts[i]!,
		goodput: num(o[RELIABILITY_OUTPUTS.goodput]),
		interruptionsPerDay: num(o[RELIABILITY_OUTPUTS.interruptionsPerDay]),
		higherOrder: num(o[RELIABILITY_OUTPUTS.goodputHigherOrder]),
	}));
	const goodputA = sweepCompare(input, counts, (c) => ({ [RELIABILITY_PARAMS.count]: c }))?.map((o) =>
		num(o[RELIABILITY_OUTPUTS.goodput]),
	);
	const [goodColor, intColor] = [theme.series[2]!, theme.series[1]!];
	const band = bandSeries(input, counts, (c) => ({ [RELIABILITY_PARAMS.count]: c }), RELIABILITY_OUTPUTS.goodput);
	const bandColor = withAlpha(goodColor, 0.2);
	const pct = (v: number | null) => (v === null ? null : v * 100);
	const first = byCount[0]!;
	const last = byCount[byCount.length - 1]!;
	const goodput = input.outputs[RELIABILITY_OUTPUTS.goodput];
	return {
		id: 'by-count',
		title: `Goodput falls from ${fmt(first.goodput, 'fraction')} to ${fmt(last.goodput, 'fraction')} as the job grows`,
		config: {
			type: 'line',
			data: {
				datasets: [
					{
						label: 'Goodput',
						data: byCount.map((p) => ({ x: p.count, y: pct(p.goodput) })),
						borderColor: goodColor,
						backgroundColor: goodColor,
						yAxisID: 'y',
						pointRadius: 0,
						borderWidth: 2,
						order: 1,
					},
					{
						label: 'Goodput, higher order (Daly)',
						data: byCount.map((p) => ({ x: p.count, y: pct(p.higherOrder) })),
						borderColor: intColor,
						backgroundColor: intColor,
						yAxisID: 'y',
						pointRadius: 0,
						borderWidth: 2,
						borderDash: [6, 3],
						order: 2,
					},
					{
						label: 'This job',
						data: [
							{ x: input.values[RELIABILITY_PARAMS.count]!, y: typeof goodput === 'number' ? goodput * 100 : null },
						],
						borderColor: theme.reference,
						backgroundColor: theme.reference,
						yAxisID: 'y',
						pointRadius: 6,
						pointHoverRadius: 7,
						showLine: false,
						order: 0,
					},
					...(band ? bandDatasets(band.map((b) => ({ x: b.x, p10: pct(b.p10), p90: pct(b.p90) }))) : []),
					...(goodputA
						? [
								compareDataset(
									'Goodput',
									counts.map((c, i) => ({ x: c, y: pct(goodputA[i]!) })),
									goodColor,
								),
							]
						: []),
				],
			},
			options: {
				...baseOptions(theme, { y: (v) => fmt(v / 100, 'fraction') }),
				plugins: {
					...baseOptions(theme, { y: (v) => fmt(v / 100, 'fraction') }).plugins,
					aifgFill: { between: band ? [fillBetween(3, bandColor)] : [] },
				},
				scales: {
					x: axis(theme, 'Accelerators in the job', 'logarithmic'),
					y: { ...axis(theme, 'Goodput (%)', 'linear'), min: 0, max: 100 },
				},
			},
		},
		summary:
			`Goodput falls from ${fmt(first.goodput, 'fraction')} at ${fmt(first.count, 'count')} accelerators to ${fmt(last.goodput, 'fraction')} at ${fmt(last.count, 'count')}, ` +
			`as interruptions rise from ${fmt(first.interruptionsPerDay, 'per day')} to ${fmt(last.interruptionsPerDay, 'per day')}. ` +
			`This job, with ${fmt(input.values[RELIABILITY_PARAMS.count], 'count')} accelerators, keeps ${fmt(goodput, 'fraction')}.` +
			(goodputA
				? ` In scenario A, dotted, goodput falls to ${fmt(goodputA[goodputA.length - 1], 'fraction')} at ${fmt(last.count, 'count')}.`
				: ''),
		table: {
			columns: [
				{ label: 'Accelerators', unit: 'count' },
				{ label: 'Goodput', unit: 'fraction' },
				{ label: 'Interruptions', unit: 'per day' },
				{ label: 'Goodput, higher order', unit: 'fraction' },
				...(band
					? [
							{ label: 'Goodput P10', unit: 'fraction' as const },
							{ label: 'Goodput P90', unit: 'fraction' as const },
						]
					: []),
				...(goodputA ? [{ label: 'A: goodput', unit: 'fraction' as const }] : []),
			],
			rows: byCount.map((p, i) => [
				p.count,
				p.goodput,
				p.interruptionsPerDay,
				p.higherOrder,
				...(band ? [band[i]?.p10 ?? null, band[i]?.p90 ?? null] : []),
				...(goodputA ? [goodputA[i]!] : []),
			]),
		},
		legend: [
			{ label: 'Goodput, first order', color: goodColor, kind: 'line' },
			{ label: 'Goodput, higher order (Daly)', color: intColor, kind: 'dashed' },
			{ label: 'This job', color: theme.reference, kind: 'point' },
			...(band ? [{ label: 'Goodput, P10 to P90', color: bandColor, kind: 'box' as const }] : []),
			...(goodputA ? [compareLegend('Goodput', goodColor)] : []),
		],
	};
}

export const reliabilityCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => [
	reliabilityChart(input, theme),
];
