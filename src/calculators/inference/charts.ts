/**
 * Charts of the inference calculator: latency against distance (why serving moves toward users),
 * tokens per second against batch (the memory-bound and compute-bound regimes of the roofline)
 * and accelerators against users. Every point is the engine's own output for that input.
 */
import type { ChartConfiguration } from 'chart.js';

import { INFERENCE_OUTPUTS as O, INFERENCE_PARAMS as P } from './model';

import type { OutputUnit, OutputValues } from '../../engine';
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
	type LegendItem,
	withAlpha,
} from '../../charts/theme';

type Line = ChartView<ChartConfiguration<'line'>>;
type Ys = (number | null)[];

/** A marker at one point (this scenario, or scenario A's, hollow). */
const marker = (label: string, x: number, y: unknown, color: string, hollow = false) => ({
	label,
	data: [{ x, y: num(y) }],
	borderColor: color,
	backgroundColor: hollow ? 'transparent' : color,
	borderWidth: 2,
	pointRadius: 6,
	pointHoverRadius: 7,
	showLine: false,
	order: 0,
});

/** Whole numbers from `from` to `to`, spread on a log scale, without repeats. */
const logIntegers = (from: number, to: number, n: number) => [
	...new Set(logSpace(from, to, n).map((x) => Math.max(1, Math.round(x)))),
];

interface SweepSpec {
	id: string;
	title: string;
	/** The input on the x axis, its values and its axis. */
	param: string;
	xs: number[];
	x: { title: string; type: 'linear' | 'logarithmic'; column: string; extra?: Record<string, unknown> };
	y: { title: string; type: 'linear' | 'logarithmic'; unit: OutputUnit; extra?: Record<string, unknown> };
	/** Output keys drawn as lines; the first one gets the P10–P90 band and scenario A's line. */
	lines: { key: string; label: string; legend: string; color: string; dashed?: boolean }[];
	/** Markers (this scenario's point, A's), drawn above the lines. */
	marks: ReturnType<typeof marker>[];
	markLegend: LegendItem[];
	xBands?: { from: number; to: number; color: string }[];
	summary: (ys: Ys[], ysA: Ys | undefined) => string;
}

/** One line chart swept over one input through the engine: lines, markers, band, A, table, legend. */
function sweepChart(input: ChartInput, theme: ChartTheme, s: SweepSpec): Line {
	const at = (x: number) => ({ [s.param]: x });
	const pick = (outs: OutputValues[], key: string) => outs.map((o) => num(o[key]));
	const outs = sweep(input, s.xs, at);
	const ys = s.lines.map((l) => pick(outs, l.key));
	const compared = sweepCompare(input, s.xs, at);
	const ysA = compared ? pick(compared, s.lines[0]!.key) : undefined;
	const main = s.lines[0]!;
	const band = bandSeries(input, s.xs, at, main.key);
	const bandColor = withAlpha(main.color, 0.2);
	const points = (y: Ys) => s.xs.map((x, i) => ({ x, y: y[i]! }));
	const lines = s.lines.map((l, i) => ({
		label: l.label,
		data: points(ys[i]!),
		borderColor: l.color,
		backgroundColor: l.color,
		pointRadius: 0,
		borderWidth: 2,
		order: 1,
		...(l.dashed ? { borderDash: [6, 3] } : {}),
	}));
	const first = lines.length + s.marks.length;
	const options = baseOptions(theme, { y: s.y.unit });
	const col = (label: string) => ({ label, unit: s.y.unit });
	return {
		id: s.id,
		title: s.title,
		config: {
			type: 'line',
			data: {
				datasets: [
					...lines,
					...s.marks,
					...(band ? bandDatasets(band) : []),
					...(ysA ? [compareDataset(main.label, points(ysA), main.color)] : []),
				],
			},
			options: {
				...options,
				plugins: {
					...options.plugins,
					aifgFill: { xBands: s.xBands ?? [], between: band ? [fillBetween(first, bandColor)] : [] },
				},
				scales: {
					x: { ...axis(theme, s.x.title, s.x.type), ...s.x.extra },
					y: { ...axis(theme, s.y.title, s.y.type), ...s.y.extra },
				},
			},
		},
		summary: s.summary(ys, ysA),
		table: {
			columns: [
				{ label: s.x.column, unit: 'count' },
				...s.lines.map((l) => col(l.label)),
				...(band ? [col(`${main.label}, P10`), col(`${main.label}, P90`)] : []),
				...(ysA ? [col(`A: ${main.label.toLowerCase()}`)] : []),
			],
			rows: s.xs.map((x, i) => [
				x,
				...ys.map((y) => y[i]!),
				...(band ? [band[i]?.p10 ?? null, band[i]?.p90 ?? null] : []),
				...(ysA ? [ysA[i]!] : []),
			]),
		},
		legend: [
			...s.lines.map((l) => ({
				label: l.legend,
				color: l.color,
				kind: l.dashed ? ('dashed' as const) : ('line' as const),
			})),
			...s.markLegend,
			...(band ? [{ label: `${main.legend}, P10 to P90`, color: bandColor, kind: 'box' as const }] : []),
			...(ysA ? [compareLegend(main.legend, main.color)] : []),
		],
	};
}

/** The latency chart's title states its finding: how much of the wait for the first token is the network. */
export function latencyFinding(ttftMs: unknown, networkRttMs: unknown): string {
	const [ttft, rtt] = [num(ttftMs), num(networkRttMs)];
	if (ttft === null || rtt === null) return 'Time to first token against distance';
	return `The network is ${fmt(rtt, 'ms')} of the ${fmt(ttft, 'ms')} to first token`;
}

/** Linear axes (the relation is a straight line): time to first token and round trip against distance. */
export function latencyByDistanceChart(input: ChartInput, theme: ChartTheme): Line {
	const d = input.values[P.distanceKm]!;
	const a = input.compare;
	const dA = a?.values[P.distanceKm];
	const top = Math.max(5000, 2 * d, 2 * (dA ?? 0));
	const here = input.outputs[O.ttftMs];
	const fixedMs = ((num(input.outputs[O.prefillS]) ?? 0) + (num(input.outputs[O.stepS]) ?? 0)) * 1000;
	const ms = (v: unknown) => fmt(num(v), 'ms');
	const dot = { color: theme.reference, kind: 'point' as const };
	return sweepChart(input, theme, {
		id: 'latency',
		title: latencyFinding(here, input.outputs[O.networkRttMs]),
		param: P.distanceKm,
		xs: Array.from({ length: 26 }, (_, i) => (top * i) / 25),
		x: { title: 'One-way fiber distance (km)', type: 'linear', column: 'Distance (km)', extra: { min: 0, max: top } },
		y: { title: 'Milliseconds', type: 'linear', unit: 'ms', extra: { beginAtZero: true } },
		lines: [
			{ key: O.ttftMs, label: 'Time to first token', legend: 'Time to first token', color: theme.series[0]! },
			{
				key: O.networkRttMs,
				label: 'Network round trip',
				legend: 'Network round trip',
				color: theme.series[1]!,
				dashed: true,
			},
		],
		marks: [
			marker('This site', d, here, theme.reference),
			...(a && dA !== undefined ? [marker('A: its site', dA, a.outputs[O.ttftMs], theme.reference, true)] : []),
		],
		markLegend: [{ label: 'This site', ...dot }, ...(a ? [{ label: 'A: its site (hollow)', ...dot }] : [])],
		summary: ([, rtt]) =>
			`Light in fiber adds ${ms(rtt![25])} of round trip at ${fmt(top, 'count')} km, on top of ${ms(fixedMs)} of prefill and first decode step. ` +
			`This site, ${fmt(d, 'count')} km away, gives the first token after ${ms(here)}, ${ms(input.outputs[O.networkRttMs])} of it on the network.` +
			(a && dA !== undefined
				? ` Scenario A's site, ${fmt(dA, 'count')} km away, answers after ${ms(a.outputs[O.ttftMs])}.`
				: ''),
	});
}

/** The batch chart's title states its finding: which bound this batch is under, and each user's speed. */
export function batchFinding(batch: number, crossoverBatch: number | null, tokensPerSPerUser: unknown): string {
	const each = num(tokensPerSPerUser);
	if (crossoverBatch === null || each === null) return 'Tokens per second against batch size';
	const bound = batch < crossoverBatch ? 'memory' : 'compute';
	return `A batch of ${fmt(batch, 'count')} is ${bound}-bound: ${fmt(each, 'tokens/s')} each`;
}

/**
 * Log-log (both are power laws of the batch): tokens per second for each user, flat and then
 * falling as 1 ÷ batch, and for the replica, rising and then flat. The memory-bound regime, below
 * the crossover batch, is shaded.
 */
export function tokensByBatchChart(input: ChartInput, theme: ChartTheme): Line {
	const batch = input.values[P.batch]!;
	const crossover = num(input.outputs[O.crossoverBatch]) ?? batch;
	const xs = logIntegers(1, Math.max(4096, 4 * batch, 4 * crossover), 40);
	const last = xs.length - 1;
	const memoryColor = withAlpha(theme.series[3]!, 0.12);
	const tps = (v: unknown) => fmt(num(v), 'tokens/s');
	return sweepChart(input, theme, {
		id: 'by-batch',
		title: batchFinding(batch, num(input.outputs[O.crossoverBatch]), input.outputs[O.tokensPerSPerUser]),
		param: P.batch,
		xs,
		x: {
			title: 'Batch (sequences decoded together)',
			type: 'logarithmic',
			column: 'Batch',
			extra: { min: 1, max: xs[last] },
		},
		y: { title: 'Tokens per second', type: 'logarithmic', unit: 'tokens/s' },
		lines: [
			{ key: O.tokensPerSPerUser, label: 'Tokens per second, each user', legend: 'Each user', color: theme.series[0]! },
			{
				key: O.tokensPerSPerReplica,
				label: 'Tokens per second, the replica',
				legend: 'The replica',
				color: theme.series[2]!,
				dashed: true,
			},
		],
		marks: [marker('This batch', batch, input.outputs[O.tokensPerSPerUser], theme.reference)],
		markLegend: [
			{ label: 'This batch', color: theme.reference, kind: 'point' },
			{ label: 'Memory-bound: reading the weights sets the pace', color: memoryColor, kind: 'box' },
		],
		xBands: crossover > 1 ? [{ from: 1, to: Math.min(crossover, xs[last]!), color: memoryColor }] : [],
		summary: ([user, replica], userA) =>
			`Up to a batch of about ${fmt(crossover, 'count')}, decode is memory-bound: each user gets ${tps(user![0])} and the replica's throughput grows with the batch. ` +
			`Beyond it compute sets the pace: at ${fmt(xs[last], 'count')}, ${tps(user![last])} each, ${tps(replica![last])} for the replica. ` +
			`This batch of ${fmt(batch, 'count')} is ${batch < crossover ? 'memory' : 'compute'}-bound: ${tps(input.outputs[O.tokensPerSPerUser])} for each user, ${tps(input.outputs[O.tokensPerSPerReplica])} for the replica.` +
			(userA ? ` In scenario A, dotted, each user gets ${tps(userA[0])} at a batch of 1.` : ''),
	});
}

/** The users chart's title states its finding: the accelerators this many users need at peak. */
export function usersFinding(users: number, accelerators: unknown): string {
	const n = num(accelerators);
	if (n === null) return 'Accelerators against users';
	const who = users === 1 ? 'user needs' : 'users need';
	return `At peak, ${fmt(users, 'count')} ${who} ${fmt(n, 'count')} ${n === 1 ? 'accelerator' : 'accelerators'}`;
}

/** Log-log: accelerators the peak load needs against the number of users (or agents). */
export function acceleratorsByUsersChart(input: ChartInput, theme: ChartTheme): Line {
	const users = input.values[P.users]!;
	const xs = logIntegers(Math.max(1, users / 100), Math.max(users * 100, 100), 25);
	const last = xs.length - 1;
	const n = (v: unknown) => fmt(num(v), 'count');
	return sweepChart(input, theme, {
		id: 'by-users',
		title: usersFinding(users, input.outputs[O.accelerators]),
		param: P.users,
		xs,
		x: { title: 'Active users (or agents)', type: 'logarithmic', column: 'Users' },
		y: { title: 'Accelerators', type: 'logarithmic', unit: 'count' },
		lines: [{ key: O.accelerators, label: 'Accelerators', legend: 'Accelerators', color: theme.series[0]! }],
		marks: [marker('This load', users, input.outputs[O.accelerators], theme.reference)],
		markLegend: [{ label: 'This load', color: theme.reference, kind: 'point' }],
		summary: ([accel], accelA) =>
			`The peak load needs ${n(accel![0])} accelerators at ${n(xs[0])} users and ${n(accel![last])} at ${n(xs[last])}. ` +
			`This load, ${n(users)} users, needs ${n(input.outputs[O.accelerators])} accelerators in ${n(input.outputs[O.replicas])} replicas, drawing ${fmt(input.outputs[O.facilityMw], 'MW')} at the facility.` +
			(accelA ? ` Scenario A, dotted, needs ${n(accelA[last])} at ${n(xs[last])} users.` : ''),
	});
}

export const inferenceCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => [
	latencyByDistanceChart(input, theme),
	tokensByBatchChart(input, theme),
	acceleratorsByUsersChart(input, theme),
];
