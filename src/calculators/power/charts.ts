/** Charts of the power calculator: where the watts go, and facility power against fleet size. */
import type { ChartConfiguration } from 'chart.js';

import { POWER_OUTPUTS, POWER_PARAMS } from './model';

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

/** The parts of facility power, as engine output keys, bottom of the stack first. */
export const POWER_PARTS = [
	{ key: 'accelerator_mw', label: 'Accelerators', phrase: 'the accelerators take' },
	{ key: 'rest_of_server_mw', label: 'Rest of the servers', phrase: 'the rest of the servers' },
	{ key: 'network_mw', label: 'Network and storage', phrase: 'network and storage' },
	{
		key: 'overhead_mw',
		label: 'Facility overhead (PUE)',
		phrase: 'and facility overhead (cooling, power conversion)',
	},
] as const;

/** The breakdown's title states its finding: the accelerators' share of the power at the wall. */
export function breakdownFinding(acceleratorMw: number | null, totalMw: number | null): string {
	if (acceleratorMw === null || totalMw === null || !(totalMw > 0)) return 'Where the facility power goes';
	return `Accelerators take ${fmt(acceleratorMw / totalMw, 'fraction')} of the ${fmt(totalMw, 'MW')} at the wall`;
}

/** Stacked bar: accelerators, rest of the servers, network and storage, facility overhead. */
export function powerBreakdownChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'bar'>> {
	const a = input.compare;
	const parts = POWER_PARTS.map((p) => ({
		...p,
		mw: num(input.outputs[p.key]) ?? 0,
		mwA: a ? (num(a.outputs[p.key]) ?? 0) : 0,
	}));
	const total = parts.reduce((s, b) => s + b.mw, 0);
	const whole = POWER_PARTS.every((p) => num(input.outputs[p.key]) !== null);
	const share = (mw: number) => (total > 0 ? mw / total : 0);
	const colors = parts.map((_, i) => theme.series[i % theme.series.length]!);
	const options = baseOptions(theme, { x: 'MW' });
	return {
		id: 'breakdown',
		title: breakdownFinding(whole ? num(input.outputs[POWER_OUTPUTS.acceleratorMw]) : null, whole ? total : null),
		short: true,
		config: {
			type: 'bar',
			data: {
				// Scenario A, when there is one, is the upper, lighter bar.
				labels: a ? ['Scenario A', 'Scenario B'] : ['Facility power'],
				datasets: parts.map((b, i) => ({
					label: b.label,
					data: a ? [b.mwA, b.mw] : [b.mw],
					backgroundColor: a ? [withAlpha(colors[i]!, 0.45), colors[i]!] : colors[i]!,
					borderColor: theme.bg,
					borderWidth: 1,
				})),
			},
			options: {
				...options,
				indexAxis: 'y',
				plugins: {
					...options.plugins,
					tooltip: {
						...options.plugins.tooltip,
						callbacks: {
							label: (item) => `${item.dataset.label ?? ''}: ${fmt(item.parsed.x, 'MW')}`,
						},
					},
				},
				scales: {
					x: { ...axis(theme, 'Facility power (MW)', 'linear'), stacked: true, beginAtZero: true },
					y: { ...axis(theme, '', 'category'), stacked: true, title: { display: false } },
				},
			},
		},
		summary:
			`Of ${fmt(total, 'MW')} at the wall, ${parts.map((b) => `${b.phrase} ${fmt(b.mw, 'MW')} (${fmt(share(b.mw), 'fraction')})`).join(', ')}.` +
			(a
				? ` Scenario A, the lighter bar, draws ${fmt(
						parts.reduce((s, b) => s + b.mwA, 0),
						'MW',
					)}.`
				: ''),
		table: {
			columns: [
				{ label: 'Part', unit: 'method' },
				{ label: 'Power', unit: 'MW' },
				{ label: 'Share', unit: 'fraction' },
				...(a ? [{ label: 'A: power', unit: 'MW' as const }] : []),
			],
			rows: parts.map((b) => [b.label, b.mw, share(b.mw), ...(a ? [b.mwA] : [])]),
		},
		legend: parts.map((b, i) => ({ label: b.label, color: colors[i]!, kind: 'box' })),
	};
}

/** The fleet chart's title states its finding: what this fleet draws against the budget. */
export function fleetFinding(facilityMw: number | null, budgetMw: number): string {
	if (facilityMw === null) return 'Facility power against fleet size';
	const draws = `This fleet draws ${fmt(facilityMw, 'MW')}`;
	if (!(budgetMw > 0)) return `${draws} at the facility`;
	const side = facilityMw > budgetMw ? 'over' : 'within';
	// At three figures the two can read the same ("draws 100 MW, over the 100 MW budget").
	if (fmt(facilityMw, 'MW') === fmt(budgetMw, 'MW'))
		return `This fleet draws just ${side} the ${fmt(budgetMw, 'MW')} budget`;
	return `${draws}, ${side} the ${fmt(budgetMw, 'MW')} budget`;
}

/**
 * Line: facility MW against accelerator count, with the power budget as a dashed line and the
 * reader's fleet as a point. The relation is linear through zero, so both axes are linear from zero
 * (a log count axis made it look exponential); the axis runs to twice the fleet or past the count
 * the budget fits, whichever is further.
 */
export function powerByCountChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'line'>> {
	const count = input.values[POWER_PARAMS.count]!;
	const budgetMw = input.values[POWER_PARAMS.budgetMw]!;
	const fit = num(input.outputs[POWER_OUTPUTS.maxCountInBudget]);
	const top = Math.max(2 * count, Math.ceil(1.25 * (fit !== null && Number.isFinite(fit) ? fit : 0)), 10);
	const counts = Array.from({ length: 25 }, (_, i) => Math.round((top * i) / 24));
	const here = num(input.outputs[POWER_OUTPUTS.facilityMw]);
	const mw = sweep(input, counts, (c) => ({ [POWER_PARAMS.count]: c })).map((o) => num(o[POWER_OUTPUTS.facilityMw]));
	const mwA = sweepCompare(input, counts, (c) => ({ [POWER_PARAMS.count]: c }))?.map((o) =>
		num(o[POWER_OUTPUTS.facilityMw]),
	);
	const [line, budget] = [theme.series[0]!, theme.reference];
	const band = bandSeries(input, counts, (c) => ({ [POWER_PARAMS.count]: c }), POWER_OUTPUTS.facilityMw);
	const bandColor = withAlpha(line, 0.2);
	const last = counts.length - 1;
	return {
		id: 'by-count',
		title: fleetFinding(here, budgetMw),
		config: {
			type: 'line',
			data: {
				datasets: [
					{
						label: 'Facility power',
						data: counts.map((c, i) => ({ x: c, y: mw[i]! })),
						borderColor: line,
						backgroundColor: line,
						pointRadius: 0,
						borderWidth: 2,
						order: 1,
					},
					{
						label: 'Power budget',
						data: [
							{ x: counts[0]!, y: budgetMw },
							{ x: counts[last]!, y: budgetMw },
						],
						borderColor: budget,
						backgroundColor: budget,
						borderDash: [6, 4],
						pointRadius: 0,
						borderWidth: 2,
						order: 2,
					},
					...(band ? bandDatasets(band) : []),
					...(mwA
						? [
								compareDataset(
									'Facility power',
									counts.map((c, i) => ({ x: c, y: mwA[i]! })),
									line,
								),
							]
						: []),
					{
						label: 'This fleet',
						data: [{ x: count, y: here }],
						borderColor: budget,
						backgroundColor: budget,
						pointRadius: 6,
						pointHoverRadius: 7,
						showLine: false,
						order: 0,
					},
				],
			},
			options: {
				...baseOptions(theme, { y: 'MW' }),
				plugins: {
					...baseOptions(theme, { y: 'MW' }).plugins,
					aifgFill: { between: band ? [fillBetween(2, bandColor)] : [] },
				},
				scales: {
					x: { ...axis(theme, 'Accelerators', 'linear'), min: 0, max: top },
					y: { ...axis(theme, 'Facility power (MW)', 'linear'), beginAtZero: true },
				},
			},
		},
		summary:
			`Facility power rises from ${fmt(mw[0], 'MW')} at ${fmt(counts[0], 'count')} accelerators to ${fmt(mw[last], 'MW')} at ${fmt(counts[last], 'count')}. ` +
			`This fleet of ${fmt(count, 'count')} draws ${fmt(here, 'MW')}. ` +
			`A budget of ${fmt(budgetMw, 'MW')} fits ${fmt(input.outputs[POWER_OUTPUTS.maxCountInBudget], 'count')} accelerators.` +
			(mwA ? ` Scenario A, dotted, needs ${fmt(mwA[last], 'MW')} at ${fmt(counts[last], 'count')}.` : ''),
		table: {
			columns: [
				{ label: 'Accelerators', unit: 'count' },
				{ label: 'Facility power', unit: 'MW' },
				...(band
					? [
							{ label: 'P10', unit: 'MW' as const },
							{ label: 'P90', unit: 'MW' as const },
						]
					: []),
				...(mwA ? [{ label: 'A: facility power', unit: 'MW' as const }] : []),
			],
			rows: counts.map((c, i) => [
				c,
				mw[i]!,
				...(band ? [band[i]?.p10 ?? null, band[i]?.p90 ?? null] : []),
				...(mwA ? [mwA[i]!] : []),
			]),
		},
		legend: [
			{ label: 'Facility power', color: line, kind: 'line' },
			{ label: 'Power budget', color: budget, kind: 'dashed' },
			{ label: 'This fleet', color: budget, kind: 'point' },
			...(band ? [{ label: 'P10 to P90', color: bandColor, kind: 'box' as const }] : []),
			...(mwA ? [compareLegend('Facility power', line)] : []),
		],
	};
}

export const powerCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => [
	powerBreakdownChart(input, theme),
	powerByCountChart(input, theme),
];
