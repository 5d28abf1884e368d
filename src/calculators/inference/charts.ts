/**
 * Charts of the inference calculator: latency against distance (why serving moves toward users),
 * tokens per second against batch (the memory-bound and compute-bound regimes of the roofline)
 * and accelerators against users. Every point is the engine's own output for that input.
 */
import type { ChartConfiguration } from 'chart.js';

import { INFERENCE_OUTPUTS as O, INFERENCE_PARAMS as P } from './model';

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

/** A marker at one point (this scenario, or scenario A's). */
function marker(label: string, x: number, y: number | null, color: string, hollow = false) {
	return {
		label,
		data: [{ x, y }],
		borderColor: color,
		backgroundColor: hollow ? 'transparent' : color,
		borderWidth: 2,
		pointRadius: 6,
		pointHoverRadius: 7,
		showLine: false,
		order: 0,
	};
}

const line = (label: string, data: { x: number; y: number | null }[], color: string, dash?: number[]) => ({
	label,
	data,
	borderColor: color,
	backgroundColor: color,
	pointRadius: 0,
	borderWidth: 2,
	order: 1,
	...(dash ? { borderDash: dash } : {}),
});

/** Whole numbers from `from` to `to`, spread on a log scale, without repeats. */
const logIntegers = (from: number, to: number, n: number) => [
	...new Set(logSpace(from, to, n).map((x) => Math.max(1, Math.round(x)))),
];

/** Line (linear axes): time to first token and the network round trip against one-way distance. */
export function latencyByDistanceChart(input: ChartInput, theme: ChartTheme): Line {
	const d = input.values[P.distanceKm]!;
	const dA = input.compare?.values[P.distanceKm];
	const top = Math.max(5000, 2 * d, 2 * (dA ?? 0));
	const xs = Array.from({ length: 26 }, (_, i) => (top * i) / 25);
	const at = (km: number) => ({ [P.distanceKm]: km });
	const outs = sweep(input, xs, at);
	const ttft = outs.map((o) => num(o[O.ttftMs]));
	const rtt = outs.map((o) => num(o[O.networkRttMs]));
	const ttftA = sweepCompare(input, xs, at)?.map((o) => num(o[O.ttftMs]));
	const [c1, c2] = [theme.series[0]!, theme.series[1]!];
	const band = bandSeries(input, xs, at, O.ttftMs);
	const bandColor = withAlpha(c1, 0.2);
	const here = num(input.outputs[O.ttftMs]);
	const hereA = input.compare ? num(input.compare.outputs[O.ttftMs]) : null;
	const datasets = [
		line(
			'Time to first token',
			xs.map((x, i) => ({ x, y: ttft[i]! })),
			c1,
		),
		line(
			'Network round trip',
			xs.map((x, i) => ({ x, y: rtt[i]! })),
			c2,
			[6, 3],
		),
		marker('This site', d, here, theme.reference),
		...(input.compare && dA !== undefined ? [marker('A: its site', dA, hereA, theme.reference, true)] : []),
	];
	const bandAt = datasets.length;
	const fixedMs = (num(input.outputs[O.prefillS]) ?? 0) * 1000 + (num(input.outputs[O.stepS]) ?? 0) * 1000;
	const legend: LegendItem[] = [
		{ label: 'Time to first token', color: c1, kind: 'line' },
		{ label: 'Network round trip', color: c2, kind: 'dashed' },
		{ label: 'This site', color: theme.reference, kind: 'point' },
		...(input.compare ? [{ label: 'A: its site (hollow)', color: theme.reference, kind: 'point' as const }] : []),
		...(band ? [{ label: 'Time to first token, P10 to P90', color: bandColor, kind: 'box' as const }] : []),
		...(ttftA ? [compareLegend('Time to first token', c1)] : []),
	];
	return {
		id: 'latency',
		title: 'Time to first token against distance',
		config: {
			type: 'line',
			data: {
				datasets: [
					...datasets,
					...(band ? bandDatasets(band) : []),
					...(ttftA
						? [
								compareDataset(
									'Time to first token',
									xs.map((x, i) => ({ x, y: ttftA[i]! })),
									c1,
								),
							]
						: []),
				],
			},
			options: {
				...baseOptions(theme, { y: 'ms' }),
				plugins: {
					...baseOptions(theme, { y: 'ms' }).plugins,
					aifgFill: { between: band ? [fillBetween(bandAt, bandColor)] : [] },
				},
				scales: {
					x: { ...axis(theme, 'One-way fiber distance (km)', 'linear'), min: 0, max: top },
					y: { ...axis(theme, 'Milliseconds', 'linear'), beginAtZero: true },
				},
			},
		},
		summary:
			`Light in fiber adds ${fmt(rtt[xs.length - 1], 'ms')} of round trip at ${fmt(top, 'count')} km, on top of the ${fmt(fixedMs, 'ms')} that prefill and the first decode step take wherever the site is. ` +
			`At this site, ${fmt(d, 'count')} km away, the first token arrives after ${fmt(here, 'ms')}, ${fmt(input.outputs[O.networkRttMs], 'ms')} of it on the network.` +
			(input.compare && dA !== undefined
				? ` Scenario A's site, ${fmt(dA, 'count')} km away, answers after ${fmt(hereA, 'ms')}.`
				: ''),
		table: {
			columns: [
				{ label: 'Distance (km)', unit: 'count' },
				{ label: 'Time to first token', unit: 'ms' },
				{ label: 'Network round trip', unit: 'ms' },
				...(band
					? [
							{ label: 'P10', unit: 'ms' as const },
							{ label: 'P90', unit: 'ms' as const },
						]
					: []),
				...(ttftA ? [{ label: 'A: time to first token', unit: 'ms' as const }] : []),
			],
			rows: xs.map((x, i) => [
				x,
				ttft[i]!,
				rtt[i]!,
				...(band ? [band[i]?.p10 ?? null, band[i]?.p90 ?? null] : []),
				...(ttftA ? [ttftA[i]!] : []),
			]),
		},
		legend,
	};
}

/**
 * Log-log line: tokens per second for each user and for the replica against the batch. Flat, then
 * falling as 1 ÷ batch for each user; rising with the batch, then flat, for the replica. The
 * memory-bound regime (below the crossover batch) is shaded.
 */
export function tokensByBatchChart(input: ChartInput, theme: ChartTheme): Line {
	const batch = input.values[P.batch]!;
	const crossover = num(input.outputs[O.crossoverBatch]) ?? batch;
	const xs = logIntegers(1, Math.max(4096, 4 * batch, 4 * crossover), 40);
	const at = (b: number) => ({ [P.batch]: b });
	const outs = sweep(input, xs, at);
	const perUser = outs.map((o) => num(o[O.tokensPerSPerUser]));
	const perReplica = outs.map((o) => num(o[O.tokensPerSPerReplica]));
	const perUserA = sweepCompare(input, xs, at)?.map((o) => num(o[O.tokensPerSPerUser]));
	const [c1, c2] = [theme.series[0]!, theme.series[2]!];
	const band = bandSeries(input, xs, at, O.tokensPerSPerUser);
	const bandColor = withAlpha(c1, 0.2);
	const memoryColor = withAlpha(theme.series[3]!, 0.12);
	const here = num(input.outputs[O.tokensPerSPerUser]);
	const datasets = [
		line(
			'Tokens per second, each user',
			xs.map((x, i) => ({ x, y: perUser[i]! })),
			c1,
		),
		line(
			'Tokens per second, the replica',
			xs.map((x, i) => ({ x, y: perReplica[i]! })),
			c2,
			[6, 3],
		),
		marker('This batch', batch, here, theme.reference),
	];
	const bandAt = datasets.length;
	const last = xs.length - 1;
	const memoryBound = batch < crossover;
	return {
		id: 'by-batch',
		title: 'Tokens per second against batch size',
		config: {
			type: 'line',
			data: {
				datasets: [
					...datasets,
					...(band ? bandDatasets(band) : []),
					...(perUserA
						? [
								compareDataset(
									'Tokens per second, each user',
									xs.map((x, i) => ({ x, y: perUserA[i]! })),
									c1,
								),
							]
						: []),
				],
			},
			options: {
				...baseOptions(theme, { y: 'tokens/s' }),
				plugins: {
					...baseOptions(theme, { y: 'tokens/s' }).plugins,
					aifgFill: {
						xBands: crossover > 1 ? [{ from: 1, to: Math.min(crossover, xs[last]!), color: memoryColor }] : [],
						between: band ? [fillBetween(bandAt, bandColor)] : [],
					},
				},
				scales: {
					x: { ...axis(theme, 'Batch (sequences decoded together)', 'logarithmic'), min: 1, max: xs[last] },
					y: axis(theme, 'Tokens per second', 'logarithmic'),
				},
			},
		},
		summary:
			`Up to a batch of about ${fmt(crossover, 'count')}, decode is memory-bound: each user gets ${fmt(perUser[0], 'tokens/s')} whatever the batch, while the replica's throughput grows with it. ` +
			`Beyond that, compute sets the pace: at a batch of ${fmt(xs[last], 'count')} each user gets ${fmt(perUser[last], 'tokens/s')} and the replica ${fmt(perReplica[last], 'tokens/s')}. ` +
			`This batch of ${fmt(batch, 'count')} is ${memoryBound ? 'memory-bound' : 'compute-bound'}: ${fmt(here, 'tokens/s')} for each user, ${fmt(input.outputs[O.tokensPerSPerReplica], 'tokens/s')} for the replica.` +
			(perUserA ? ` In scenario A, dotted, each user gets ${fmt(perUserA[0], 'tokens/s')} at a batch of 1.` : ''),
		table: {
			columns: [
				{ label: 'Batch', unit: 'count' },
				{ label: 'Tokens per second, each user', unit: 'tokens/s' },
				{ label: 'Tokens per second, the replica', unit: 'tokens/s' },
				...(band
					? [
							{ label: 'Each user, P10', unit: 'tokens/s' as const },
							{ label: 'Each user, P90', unit: 'tokens/s' as const },
						]
					: []),
				...(perUserA ? [{ label: 'A: each user', unit: 'tokens/s' as const }] : []),
			],
			rows: xs.map((x, i) => [
				x,
				perUser[i]!,
				perReplica[i]!,
				...(band ? [band[i]?.p10 ?? null, band[i]?.p90 ?? null] : []),
				...(perUserA ? [perUserA[i]!] : []),
			]),
		},
		legend: [
			{ label: 'Each user', color: c1, kind: 'line' },
			{ label: 'The replica', color: c2, kind: 'dashed' },
			{ label: 'This batch', color: theme.reference, kind: 'point' },
			{ label: 'Memory-bound: reading the weights sets the pace', color: memoryColor, kind: 'box' },
			...(band ? [{ label: 'Each user, P10 to P90', color: bandColor, kind: 'box' as const }] : []),
			...(perUserA ? [compareLegend('Each user', c1)] : []),
		],
	};
}

/** Log-log line: accelerators the peak load needs against the number of users (or agents). */
export function acceleratorsByUsersChart(input: ChartInput, theme: ChartTheme): Line {
	const users = input.values[P.users]!;
	const xs = logIntegers(Math.max(1, users / 100), Math.max(users * 100, 100), 25);
	const at = (u: number) => ({ [P.users]: u });
	const accel = sweep(input, xs, at).map((o) => num(o[O.accelerators]));
	const accelA = sweepCompare(input, xs, at)?.map((o) => num(o[O.accelerators]));
	const c1 = theme.series[0]!;
	const band = bandSeries(input, xs, at, O.accelerators);
	const bandColor = withAlpha(c1, 0.2);
	const here = num(input.outputs[O.accelerators]);
	const datasets = [
		line(
			'Accelerators',
			xs.map((x, i) => ({ x, y: accel[i]! })),
			c1,
		),
		marker('This load', users, here, theme.reference),
	];
	const bandAt = datasets.length;
	const last = xs.length - 1;
	return {
		id: 'by-users',
		title: 'Accelerators against users',
		config: {
			type: 'line',
			data: {
				datasets: [
					...datasets,
					...(band ? bandDatasets(band) : []),
					...(accelA
						? [
								compareDataset(
									'Accelerators',
									xs.map((x, i) => ({ x, y: accelA[i]! })),
									c1,
								),
							]
						: []),
				],
			},
			options: {
				...baseOptions(theme, { y: 'count' }),
				plugins: {
					...baseOptions(theme, { y: 'count' }).plugins,
					aifgFill: { between: band ? [fillBetween(bandAt, bandColor)] : [] },
				},
				scales: {
					x: axis(theme, 'Active users (or agents)', 'logarithmic'),
					y: axis(theme, 'Accelerators', 'logarithmic'),
				},
			},
		},
		summary:
			`The peak load needs ${fmt(accel[0], 'count')} accelerators at ${fmt(xs[0], 'count')} users and ${fmt(accel[last], 'count')} at ${fmt(xs[last], 'count')}; below a full replica's worth of requests, one replica still has to run. ` +
			`This load, ${fmt(users, 'count')} users, needs ${fmt(here, 'count')} accelerators in ${fmt(input.outputs[O.replicas], 'count')} replicas, drawing ${fmt(input.outputs[O.facilityMw], 'MW')} at the facility.` +
			(accelA ? ` Scenario A, dotted, needs ${fmt(accelA[last], 'count')} at ${fmt(xs[last], 'count')} users.` : ''),
		table: {
			columns: [
				{ label: 'Users', unit: 'count' },
				{ label: 'Accelerators', unit: 'count' },
				...(band
					? [
							{ label: 'P10', unit: 'count' as const },
							{ label: 'P90', unit: 'count' as const },
						]
					: []),
				...(accelA ? [{ label: 'A: accelerators', unit: 'count' as const }] : []),
			],
			rows: xs.map((x, i) => [
				x,
				accel[i]!,
				...(band ? [band[i]?.p10 ?? null, band[i]?.p90 ?? null] : []),
				...(accelA ? [accelA[i]!] : []),
			]),
		},
		legend: [
			{ label: 'Accelerators', color: c1, kind: 'line' },
			{ label: 'This load', color: theme.reference, kind: 'point' },
			...(band ? [{ label: 'P10 to P90', color: bandColor, kind: 'box' as const }] : []),
			...(accelA ? [compareLegend('Accelerators', c1)] : []),
		],
	};
}

export const inferenceCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => [
	latencyByDistanceChart(input, theme),
	tokensByBatchChart(input, theme),
	acceleratorsByUsersChart(input, theme),
];
