/**
 * Charts of the time-to-power calculator: the paths to power as bars on one time axis, and the
 * cost of the wait against the bridging megawatts.
 */
import type { ChartConfiguration } from 'chart.js';

import { TIME_TO_POWER_OUTPUTS as O, TIME_TO_POWER_PARAMS as P } from './model';

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

/** The paths, in the order the bars are drawn (top first), each from month 0 to its param. */
export const TIME_PATHS = [
	{ param: P.constructionMonths, label: 'Construction' },
	{ param: P.interconnectMonths, label: 'Grid interconnection' },
	{ param: P.transformerMonths, label: 'Transformers' },
	{ param: P.onsiteMonths, label: 'Bridging power' },
] as const;

/** Each path's end in months; bridging has none when there is no bridging power. */
function pathEnds(values: ParamValues): (number | null)[] {
	return TIME_PATHS.map((p) => (p.param === P.onsiteMonths && !(values[P.onsiteMw]! > 0) ? null : values[p.param]!));
}

/** The paths chart's title states its finding: how long the finished building waits for the grid, or that it does not. */
export function pathsFinding(waitMonths: number | null, gridMonths: number | null, constructionMonths: number): string {
	if (waitMonths === null || !Number.isFinite(waitMonths) || gridMonths === null || !Number.isFinite(gridMonths))
		return 'The paths to power, month by month';
	if (waitMonths > 0) return `The finished building waits ${fmt(waitMonths, 'months')} for the grid`;
	return gridMonths < constructionMonths
		? `Grid power is ready at ${fmt(gridMonths, 'months')}, before the building`
		: `Grid and building are both ready at ${fmt(gridMonths, 'months')}`;
}

/**
 * Horizontal bars from month 0 to the end of each path, with the wait for the grid shaded. The
 * bars are named on their axis, so the legend names only the shading (and scenario A's bars).
 */
export function pathsChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'bar'>> {
	const ends = pathEnds(input.values);
	const a = input.compare;
	const endsA = a ? pathEnds(a.values) : null;
	const colors = TIME_PATHS.map((_, i) => theme.series[i % theme.series.length]!);
	const construction = input.values[P.constructionMonths]!;
	const ready = num(input.outputs[O.readyMonths]) ?? construction;
	const first = input.outputs[O.firstPowerMonths];
	const waitColor = withAlpha(theme.reference, 0.14);
	const options = baseOptions(theme, { x: 'months' });
	const bars = (e: readonly (number | null)[]) => e.map((m) => (m === null ? null : ([0, m] as [number, number])));
	const wait = num(input.outputs[O.waitMonths]) ?? 0;
	return {
		id: 'paths',
		title: pathsFinding(num(input.outputs[O.waitMonths]), num(input.outputs[O.gridMonths]), construction),
		config: {
			type: 'bar',
			data: {
				labels: TIME_PATHS.map((p) => p.label),
				datasets: [
					...(endsA
						? [
								{
									label: 'A: ready at',
									data: bars(endsA),
									backgroundColor: colors.map((c) => withAlpha(c, 0.4)),
									borderColor: theme.bg,
									borderWidth: 1,
								},
							]
						: []),
					{
						label: 'Ready at',
						data: bars(ends),
						backgroundColor: colors,
						borderColor: theme.bg,
						borderWidth: 1,
					},
				],
			},
			options: {
				...options,
				indexAxis: 'y',
				plugins: {
					...options.plugins,
					aifgFill: { xBands: wait > 0 ? [{ from: construction, to: ready, color: waitColor }] : [] },
					tooltip: {
						...options.plugins.tooltip,
						callbacks: {
							label: (item) => {
								const raw = item.raw as [number, number] | null;
								return `${item.label}: ${raw ? fmt(raw[1], 'months') : 'none'}`;
							},
						},
					},
				},
				scales: {
					x: { ...axis(theme, 'Months from the start of the project', 'linear'), beginAtZero: true },
					y: { ...axis(theme, '', 'category'), title: { display: false } },
				},
			},
		},
		summary:
			`The building is finished at ${fmt(construction, 'months')}; grid power arrives at ${fmt(input.outputs[O.gridMonths], 'months')}, ` +
			`set by the longer of interconnection (${fmt(input.values[P.interconnectMonths], 'months')}) and transformers (${fmt(input.values[P.transformerMonths], 'months')}). ` +
			(wait > 0
				? `The finished building waits ${fmt(wait, 'months')} for the grid. `
				: 'The grid is ready before the building. ') +
			(ends[3] === null
				? 'There is no bridging power, so the site first runs when the grid arrives.'
				: `Bridging power runs from ${fmt(ends[3], 'months')}, so the site first runs at ${fmt(first, 'months')}.`) +
			(a ? ` In scenario A, the lighter bars, grid power arrives at ${fmt(a.outputs[O.gridMonths], 'months')}.` : ''),
		table: {
			columns: [
				{ label: 'Path', unit: 'method' },
				{ label: 'Ready at', unit: 'months' },
				...(endsA ? [{ label: 'A: ready at', unit: 'months' as const }] : []),
			],
			rows: TIME_PATHS.map((p, i) => [p.label, ends[i] ?? null, ...(endsA ? [endsA[i] ?? null] : [])]),
		},
		legend: [
			...(wait > 0 ? [{ label: 'Finished building waits for the grid', color: waitColor, kind: 'box' as const }] : []),
			...(endsA ? [{ label: 'A: the lighter bars', color: withAlpha(colors[0]!, 0.4), kind: 'box' as const }] : []),
		],
		keepLegend: true,
	};
}

/** Bridging megawatts along the x axis: from none to a quarter above the load (or the reader's value). */
export function bridgingSteps(values: ParamValues, n = 41): number[] {
	const top = Math.max(values[P.loadMw]! * 1.25, values[P.onsiteMw]! * 1.1);
	return Array.from({ length: n }, (_, i) => (top * i) / (n - 1));
}

/** The cost chart's title states its finding: what the wait costs with this site's bridging power. */
export function delayFinding(delayCostUsd: number | null, onsiteMw: number, waitMonths: number | null): string {
	if (delayCostUsd === null || !Number.isFinite(delayCostUsd) || waitMonths === null)
		return 'Cost of the wait against bridging power';
	if (!(waitMonths > 0)) return 'The grid is ready in time, so the wait costs nothing';
	const cost = fmt(delayCostUsd, 'USD');
	return onsiteMw > 0
		? `With ${fmt(onsiteMw, 'MW')} of bridging, the wait costs ${cost}`
		: `With no bridging power, the wait costs ${cost}`;
}

/** The y axis's scale: billions of US dollars once any cost reaches a billion (not "3k million"), else millions. */
function usdScale(values: readonly (number | null | undefined)[]): { readonly per: number; readonly name: string } {
	const top = Math.max(0, ...values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)));
	return top >= 1e9 ? { per: 1e9, name: 'billion' } : { per: 1e6, name: 'million' };
}

/** Line: the cost of the wait against bridging MW, the reader's point marked. */
export function delayCostChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'line'>> {
	const mws = bridgingSteps(input.values);
	const at = (mw: number) => ({ [P.onsiteMw]: mw });
	const cost = sweep(input, mws, at).map((o) => num(o[O.delayCostUsd]));
	const costA = sweepCompare(input, mws, at)?.map((o) => num(o[O.delayCostUsd]));
	const band = bandSeries(input, mws, at, O.delayCostUsd);
	const line = theme.series[0]!;
	const bandColor = withAlpha(line, 0.2);
	const scale = usdScale([...cost, ...(costA ?? []), ...(band ?? []).map((b) => b.p90)]);
	const m = (v: number | null) => (v === null ? null : v / scale.per);
	const usd = (v: number) => fmt(v * scale.per, 'USD');
	const options = baseOptions(theme, { y: usd });
	const here = input.values[P.onsiteMw]!;
	const last = mws.length - 1;
	return {
		id: 'cost-by-bridging',
		title: delayFinding(num(input.outputs[O.delayCostUsd]), here, num(input.outputs[O.waitMonths])),
		config: {
			type: 'line',
			data: {
				datasets: [
					{
						label: 'Cost of the wait',
						data: mws.map((x, i) => ({ x, y: m(cost[i]!) })),
						borderColor: line,
						backgroundColor: line,
						pointRadius: 0,
						borderWidth: 2,
						order: 1,
					},
					{
						label: 'This site',
						data: [{ x: here, y: m(num(input.outputs[O.delayCostUsd])) }],
						borderColor: theme.reference,
						backgroundColor: theme.reference,
						pointRadius: 6,
						pointHoverRadius: 7,
						showLine: false,
						order: 0,
					},
					...(band ? bandDatasets(band.map((b) => ({ x: b.x, p10: m(b.p10), p90: m(b.p90) }))) : []),
					...(costA
						? [
								compareDataset(
									'Cost of the wait',
									mws.map((x, i) => ({ x, y: m(costA[i]!) })),
									line,
								),
							]
						: []),
				],
			},
			options: {
				...options,
				plugins: { ...options.plugins, aifgFill: { between: band ? [fillBetween(2, bandColor)] : [] } },
				scales: {
					x: { ...axis(theme, 'Bridging power (MW)', 'linear'), beginAtZero: true },
					y: { ...axis(theme, `Cost of the wait (${scale.name} USD)`, 'linear'), beginAtZero: true },
				},
			},
		},
		summary:
			`With no bridging power the wait costs ${fmt(cost[0], 'USD')}; with ${fmt(mws[last], 'MW')} it costs ${fmt(cost[last], 'USD')}. ` +
			`This site, with ${fmt(here, 'MW')} of bridging power, loses ${fmt(input.outputs[O.delayCostUsd], 'USD')} ` +
			`over ${fmt(input.outputs[O.idleMwMonths], 'MW-months')} of idle capacity.` +
			(costA ? ` In scenario A, dotted, the wait costs ${fmt(costA[0], 'USD')} with no bridging.` : ''),
		table: {
			columns: [
				{ label: 'Bridging power', unit: 'MW' },
				{ label: 'Cost of the wait', unit: 'USD' },
				...(band
					? [
							{ label: 'P10', unit: 'USD' as const },
							{ label: 'P90', unit: 'USD' as const },
						]
					: []),
				...(costA ? [{ label: 'A: cost of the wait', unit: 'USD' as const }] : []),
			],
			rows: mws.map((x, i) => [
				x,
				cost[i]!,
				...(band ? [band[i]?.p10 ?? null, band[i]?.p90 ?? null] : []),
				...(costA ? [costA[i]!] : []),
			]),
		},
		legend: [
			{ label: 'Cost of the wait', color: line, kind: 'line' },
			{ label: 'This site', color: theme.reference, kind: 'point' },
			...(band ? [{ label: 'P10 to P90', color: bandColor, kind: 'box' as const }] : []),
			...(costA ? [compareLegend('Cost of the wait', line)] : []),
		],
	};
}

export const timeToPowerCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => [
	pathsChart(input, theme),
	delayCostChart(input, theme),
];
