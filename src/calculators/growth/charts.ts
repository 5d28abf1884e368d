/** Charts of the growth calculator: frontier training compute per year, and the power of one run per year. */
import type { ChartConfiguration } from 'chart.js';

import { GROWTH_OUTPUTS, GROWTH_PARAMS } from './model';

import { bandDatasets, type BandPoint, bandSeries, fillBetween } from '../../charts/band';
import { num, sweep } from '../../charts/sweep';
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

/** The 1 GW line, MW. */
export const GIGAWATT_MW = 1000;

interface GrowthRow {
	readonly year: number;
	readonly flop: number | null;
	readonly mw: number | null;
}

/** Every year from base_year to end_year, each the engine's projection with that year as the last. */
export function growthRows(input: ChartInput): GrowthRow[] {
	const base = input.values[GROWTH_PARAMS.baseYear]!;
	const end = input.values[GROWTH_PARAMS.endYear]!;
	const years = Array.from({ length: Math.max(1, Math.round(end - base) + 1) }, (_, i) => base + i);
	return sweep(input, years, (y) => ({ [GROWTH_PARAMS.endYear]: y })).map((o, i) => ({
		year: years[i]!,
		flop: num(o[GROWTH_OUTPUTS.flopEnd]),
		mw: num(o[GROWTH_OUTPUTS.powerMwEnd]),
	}));
}

/** The flop chart's title states its finding: the compute of the largest run in the last year. */
export function growthFlopFinding(flopEnd: number | null, endYear: number): string {
	if (flopEnd === null || !Number.isFinite(flopEnd)) return 'Frontier training compute per year';
	return `The largest run reaches ${fmt(flopEnd, 'FLOP')} in ${endYear}`;
}

/** The power chart's title states its finding: when one run first needs 1 GW, and what it needs in the last year. */
export function growthPowerFinding(powerEndMw: number | null, endYear: number, crossing: unknown): string {
	if (powerEndMw === null || !Number.isFinite(powerEndMw)) return 'Power one training run needs, per year';
	const end = fmt(powerEndMw, 'MW');
	if (typeof crossing !== 'number') return `A run needs ${end} in ${endYear}, short of 1 GW`;
	if (crossing >= endYear) return `A run needs ${end} in ${endYear}, its first year over 1 GW`;
	return `A run first needs 1 GW in ${crossing} and ${end} in ${endYear}`;
}

/**
 * The reader's last year, marked on the line: the year the results are for. It sits in the chart's
 * top right corner, where the axes end, so it is drawn whole rather than clipped to the plot area.
 */
const lastYearMark = (year: number, y: number | null, color: string) => ({
	label: 'Last year projected',
	data: [{ x: year, y }],
	borderColor: color,
	backgroundColor: color,
	pointRadius: 6,
	pointHoverRadius: 7,
	showLine: false,
	clip: false as const,
	order: 0,
});

/** Scenario A's years, when the reader compares two scenarios. */
const rowsOfA = (input: ChartInput) => (input.compare ? growthRows({ ...input, values: input.compare.values }) : null);

const yearAxis = (theme: ChartTheme, rows: readonly GrowthRow[]) => {
	const x = axis(theme, 'Year', 'linear');
	const years = rows.map((r) => r.year);
	const first = Math.min(...years);
	return {
		...x,
		min: first,
		max: Math.max(...years, first + 1),
		ticks: { ...x.ticks, stepSize: 1, callback: (v: string | number) => String(v) },
	};
};

/** Line on a log axis: frontier training compute per year. */
export function growthFlopChart(
	input: ChartInput,
	theme: ChartTheme,
	rows = growthRows(input),
): ChartView<ChartConfiguration<'line'>> {
	const color = theme.series[0]!;
	const band = bandSeries(
		input,
		rows.map((r) => r.year),
		(end_year) => ({ [GROWTH_PARAMS.endYear]: end_year }),
		'flop_end',
	);
	const bandColor = withAlpha(color, 0.2);
	const [first, last] = [rows[0]!, rows[rows.length - 1]!];
	const rowsA = rowsOfA(input);
	const options = baseOptions(theme, { y: 'FLOP' });
	const flopEnd = num(input.outputs[GROWTH_OUTPUTS.flopEnd]);
	return {
		id: 'flop',
		title: growthFlopFinding(flopEnd, last.year),
		config: {
			type: 'line',
			data: {
				datasets: [
					{
						label: 'Training compute',
						data: rows.map((r) => ({ x: r.year, y: r.flop })),
						borderColor: color,
						backgroundColor: color,
						pointRadius: 3,
						borderWidth: 2,
						order: 1,
					},
					...(band ? bandDatasets(band) : []),
					...(rowsA
						? [
								compareDataset(
									'Training compute',
									rowsA.map((r) => ({ x: r.year, y: r.flop })),
									color,
								),
							]
						: []),
					lastYearMark(last.year, flopEnd, theme.reference),
				],
			},
			options: {
				...options,
				plugins: {
					...options.plugins,
					aifgFill: { between: band ? [fillBetween(1, bandColor)] : [] },
				},
				scales: {
					x: yearAxis(theme, rowsA ? [...rows, ...rowsA] : rows),
					y: axis(theme, 'Training compute (FLOP)', 'logarithmic'),
				},
			},
		},
		summary:
			`Training compute of the largest run grows from ${fmt(first.flop, 'FLOP')} in ${first.year} to ${fmt(last.flop, 'FLOP')} in ${last.year}.` +
			(rowsA
				? ` In scenario A, dotted, it reaches ${fmt(rowsA[rowsA.length - 1]!.flop, 'FLOP')} in ${rowsA[rowsA.length - 1]!.year}.`
				: ''),
		table: table(
			'Training compute',
			'FLOP',
			rows.map((r) => r.flop),
			rows,
			band,
		),
		legend: [
			{ label: 'Training compute', color, kind: 'line' },
			{ label: 'Last year projected', color: theme.reference, kind: 'point' },
			...(band ? [{ label: 'P10 to P90', color: bandColor, kind: 'box' as const }] : []),
			...(rowsA ? [compareLegend('Training compute', color)] : []),
		],
	};
}

/** Line on a log axis: facility power one training run needs per year, against a 1 GW line. */
export function growthPowerChart(
	input: ChartInput,
	theme: ChartTheme,
	rows = growthRows(input),
): ChartView<ChartConfiguration<'line'>> {
	const color = theme.series[1]!;
	const gw = theme.reference;
	const band = bandSeries(
		input,
		rows.map((r) => r.year),
		(end_year) => ({ [GROWTH_PARAMS.endYear]: end_year }),
		'power_mw_end',
	);
	const bandColor = withAlpha(color, 0.2);
	const [first, last] = [rows[0]!, rows[rows.length - 1]!];
	const crossing = input.outputs[GROWTH_OUTPUTS.firstYearOver1Gw];
	const rowsA = rowsOfA(input);
	const all = rowsA ? [...rows, ...rowsA] : rows;
	const options = baseOptions(theme, { y: 'MW' });
	const powerEnd = num(input.outputs[GROWTH_OUTPUTS.powerMwEnd]);
	return {
		id: 'power',
		title: growthPowerFinding(powerEnd, last.year, crossing),
		config: {
			type: 'line',
			data: {
				datasets: [
					{
						label: 'Power of one run',
						data: rows.map((r) => ({ x: r.year, y: r.mw })),
						borderColor: color,
						backgroundColor: color,
						pointRadius: 3,
						borderWidth: 2,
						order: 1,
					},
					{
						label: '1 GW',
						data: [
							{ x: Math.min(...all.map((r) => r.year)), y: GIGAWATT_MW },
							{ x: Math.max(...all.map((r) => r.year)), y: GIGAWATT_MW },
						],
						borderColor: gw,
						backgroundColor: gw,
						borderDash: [6, 4],
						pointRadius: 0,
						borderWidth: 2,
						order: 2,
					},
					...(band ? bandDatasets(band) : []),
					...(rowsA
						? [
								compareDataset(
									'Power of one run',
									rowsA.map((r) => ({ x: r.year, y: r.mw })),
									color,
								),
							]
						: []),
					lastYearMark(last.year, powerEnd, gw),
				],
			},
			options: {
				...options,
				plugins: {
					...options.plugins,
					aifgFill: { between: band ? [fillBetween(2, bandColor)] : [] },
				},
				scales: { x: yearAxis(theme, all), y: axis(theme, 'Facility power (MW)', 'logarithmic') },
			},
		},
		summary:
			`The power one run needs goes from ${fmt(first.mw, 'MW')} in ${first.year} to ${fmt(last.mw, 'MW')} in ${last.year}` +
			(typeof crossing === 'number'
				? `, reaching 1 GW in ${crossing}.`
				: `, and does not reach 1 GW by ${last.year}.`) +
			(rowsA
				? ` In scenario A, dotted, it reaches ${fmt(rowsA[rowsA.length - 1]!.mw, 'MW')} in ${rowsA[rowsA.length - 1]!.year}.`
				: ''),
		table: table(
			'Power of one run',
			'MW',
			rows.map((r) => r.mw),
			rows,
			band,
		),
		legend: [
			{ label: 'Power of one run', color, kind: 'line' },
			{ label: '1 GW', color: gw, kind: 'dashed' },
			{ label: 'Last year projected', color: gw, kind: 'point' },
			...(band ? [{ label: 'P10 to P90', color: bandColor, kind: 'box' as const }] : []),
			...(rowsA ? [compareLegend('Power of one run', color)] : []),
		],
	};
}

function table(
	label: string,
	unit: 'FLOP' | 'MW',
	values: readonly (number | null)[],
	rows: readonly GrowthRow[],
	band: readonly BandPoint[] | null,
) {
	return {
		columns: [
			{ label: 'Year', unit: 'year' as const },
			{ label, unit },
			...(band
				? [
						{ label: 'P10', unit },
						{ label: 'P90', unit },
					]
				: []),
		],
		rows: rows.map((r, i) => [r.year, values[i]!, ...(band ? [band[i]?.p10 ?? null, band[i]?.p90 ?? null] : [])]),
	};
}

export const growthCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => {
	const rows = growthRows(input);
	return [growthPowerChart(input, theme, rows), growthFlopChart(input, theme, rows)];
};
