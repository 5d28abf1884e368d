/** Charts of the MFU calculator: days on each kind of infrastructure, days against job size, and days against MFU. */
import type { ChartConfiguration } from 'chart.js';

import { MFU_OUTPUTS, MFU_PARAMS } from './model';

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

/** The finding, in words, from the engine's days_saved. */
function finding(daysSaved: unknown): string {
	const d = num(daysSaved);
	if (d === null || d === 0) return 'Both finish at the same time';
	return d > 0 ? `Purpose-built finishes ${fmt(d, 'days')} sooner` : `Purpose-built finishes ${fmt(-d, 'days')} later`;
}

/** Bars on one axis: days to train, general-purpose against purpose-built. Cost is the same days at one price, so it is told, not drawn. */
export function mfuBarsChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'bar'>> {
	const o = input.outputs;
	const daysColor = theme.series[0]!;
	const days = [num(o[MFU_OUTPUTS.daysGeneral]), num(o[MFU_OUTPUTS.daysPurpose])] as const;
	const cost = [num(o[MFU_OUTPUTS.costGeneralUsd]), num(o[MFU_OUTPUTS.costPurposeUsd])] as const;
	const a = input.compare?.outputs;
	const lighter = withAlpha(daysColor, 0.45);
	return {
		id: 'compare',
		title: `${finding(o[MFU_OUTPUTS.daysSaved])}`,
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
									backgroundColor: lighter,
								},
							]
						: []),
					{ label: 'Days', data: [...days], backgroundColor: daysColor },
				],
			},
			options: {
				...baseOptions(theme, { y: 'days' }),
				scales: {
					x: axis(theme, '', 'category', { title: { display: false } }),
					y: { ...axis(theme, 'Days to train', 'linear'), beginAtZero: true },
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
			{ label: 'Days to train', color: daysColor, kind: 'box' },
			...(a ? [{ label: 'A: days to train', color: lighter, kind: 'box' as const }] : []),
		],
	};
}

/** The size chart's title states its finding: how goodput falls as the job grows, or that a link fixes it. */
export function jobSizeFinding(fixedGoodput: number | undefined, first: number | null, last: number | null): string {
	if (fixedGoodput !== undefined)
		return `With goodput fixed at ${fmt(fixedGoodput, 'fraction')}, days fall as the job grows`;
	if (first === null || last === null) return 'Days to train against job size';
	return `Goodput falls from ${fmt(first, 'fraction')} to ${fmt(last, 'fraction')} as the job grows`;
}

/** The MFU chart's title states its finding: general-purpose days at the lowest and highest MFU drawn. */
export function mfuFinding(
	from: { readonly mfu: number; readonly days: number | null },
	to: { readonly mfu: number; readonly days: number | null },
): string {
	if (from.days === null || to.days === null) return 'Days to train against MFU';
	return `Training takes ${fmt(from.days, 'days')} at ${fmt(from.mfu, 'fraction')} MFU, ${fmt(to.days, 'days')} at ${fmt(to.mfu, 'fraction')}`;
}

/** Job sizes the size chart spans: 2¹⁰ to 2¹⁸ accelerators, widened to hold the reader's. */
export function jobSizes(count: number): number[] {
	const from = Math.max(1, Math.min(1024, count / 4));
	const to = Math.max(2 ** 18, count * 4);
	return logSpace(from, to, 25).map((c) => Math.round(c));
}

/**
 * Log-log lines: days to train against the number of accelerators. Without failures, days fall as
 * 1 ÷ count (a straight line); each side's goodput, unless the link fixes it, falls as the job grows
 * and bends its line away from that ideal.
 */
export function mfuJobSizeChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'line'>> {
	const v = input.values;
	const counts = jobSizes(v[MFU_PARAMS.count]!);
	const at = (c: number) => ({ [MFU_PARAMS.count]: c });
	// Sizes at which the general-purpose job still makes progress (goodput above 0).
	const rows = sweep(input, counts, at)
		.map((o, i) => ({
			count: counts[i]!,
			general: num(o[MFU_OUTPUTS.daysGeneral]),
			purpose: num(o[MFU_OUTPUTS.daysPurpose]),
			goodputGeneral: num(o[MFU_OUTPUTS.goodputGeneral]),
		}))
		.filter((r) => r.general !== null);
	const sizes = rows.map((r) => r.count);
	const ideal = sweep(input, sizes, (c) => ({ ...at(c), [MFU_PARAMS.goodputGeneral]: 1 })).map((o) =>
		num(o[MFU_OUTPUTS.daysGeneral]),
	);
	const byCountA = sweepCompare(input, sizes, at);
	const fixedGoodput = v[MFU_PARAMS.goodputGeneral];
	const [general, purpose] = [theme.series[0]!, theme.series[2]!];
	const o = input.outputs;
	const count = v[MFU_PARAMS.count]!;
	// Never empty: the engine refuses a scenario whose own job stands still, and every size below the
	// reader's fails less often, so at least the smallest sizes make progress.
	const first = rows[0]!;
	const last = rows[rows.length - 1]!;
	return {
		id: 'by-count',
		title: jobSizeFinding(fixedGoodput, first.goodputGeneral, last.goodputGeneral),
		config: {
			type: 'line',
			data: {
				datasets: [
					{
						label: 'General-purpose',
						data: rows.map((r) => ({ x: r.count, y: r.general })),
						borderColor: general,
						backgroundColor: general,
						pointRadius: 0,
						borderWidth: 2,
						order: 2,
					},
					{
						label: 'Purpose-built',
						data: rows.map((r) => ({ x: r.count, y: r.purpose })),
						borderColor: purpose,
						backgroundColor: purpose,
						pointRadius: 0,
						borderWidth: 2,
						borderDash: [6, 3],
						order: 3,
					},
					{
						label: 'General-purpose with no failures',
						data: rows.map((r, i) => ({ x: r.count, y: ideal[i]! })),
						borderColor: theme.muted,
						backgroundColor: theme.muted,
						pointRadius: 0,
						borderWidth: 1.5,
						borderDash: [2, 3],
						order: 4,
					},
					{
						label: 'Your job',
						data: [
							{ x: count, y: num(o[MFU_OUTPUTS.daysGeneral]) },
							{ x: count, y: num(o[MFU_OUTPUTS.daysPurpose]) },
						],
						borderColor: theme.reference,
						backgroundColor: theme.reference,
						pointRadius: 6,
						pointHoverRadius: 7,
						showLine: false,
						order: 1,
					},
					...(byCountA
						? [
								compareDataset(
									'General-purpose',
									byCountA.map((p, i) => ({ x: sizes[i]!, y: num(p[MFU_OUTPUTS.daysGeneral]) })),
									general,
								),
								compareDataset(
									'Purpose-built',
									byCountA.map((p, i) => ({ x: sizes[i]!, y: num(p[MFU_OUTPUTS.daysPurpose]) })),
									purpose,
								),
							]
						: []),
				],
			},
			options: {
				...baseOptions(theme, { x: 'count', y: 'days' }),
				scales: {
					x: { ...axis(theme, 'Accelerators in the job', 'logarithmic'), min: first.count, max: last.count },
					y: axis(theme, 'Days to train', 'logarithmic'),
				},
			},
		},
		summary:
			`With ${fmt(first.count, 'count')} accelerators general-purpose training takes ${fmt(first.general, 'days')}; with ${fmt(last.count, 'count')} it takes ${fmt(last.general, 'days')}, where it would take ${fmt(ideal[ideal.length - 1], 'days')} with no failures. ` +
			`Purpose-built takes ${fmt(first.purpose, 'days')} and ${fmt(last.purpose, 'days')} at the same sizes. Your job of ${fmt(count, 'count')} takes ${fmt(o[MFU_OUTPUTS.daysGeneral], 'days')} and ${fmt(o[MFU_OUTPUTS.daysPurpose], 'days')}.` +
			(byCountA
				? ` In scenario A, dotted, general-purpose takes ${fmt(num(byCountA[0]![MFU_OUTPUTS.daysGeneral]), 'days')} at ${fmt(first.count, 'count')} accelerators.`
				: ''),
		table: {
			columns: [
				{ label: 'Accelerators', unit: 'count' },
				{ label: 'Goodput, general-purpose', unit: 'fraction' },
				{ label: 'Days, general-purpose', unit: 'days' },
				{ label: 'Days, purpose-built', unit: 'days' },
				{ label: 'Days with no failures', unit: 'days' },
			],
			rows: rows.map((r, i) => [r.count, r.goodputGeneral, r.general, r.purpose, ideal[i]!]),
		},
		legend: [
			{ label: 'General-purpose', color: general, kind: 'line' },
			{ label: 'Purpose-built', color: purpose, kind: 'dashed' },
			{ label: 'General-purpose with no failures', color: theme.muted, kind: 'dashed' },
			{ label: 'Your job', color: theme.reference, kind: 'point' },
			...(byCountA ? [compareLegend('General-purpose', general), compareLegend('Purpose-built', purpose)] : []),
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
		title: mfuFinding({ mfu: first.mfu, days: first.daysGeneral }, { mfu: last.mfu, days: last.daysGeneral }),
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
	mfuJobSizeChart(input, theme),
	mfuLinesChart(input, theme),
];
