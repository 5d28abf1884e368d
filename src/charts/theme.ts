/**
 * Colours and shared pieces of every chart. Builders take a theme so they stay pure; the island
 * reads the theme from CSS variables (light or dark) and rebuilds when it changes.
 */
import type { ChartType } from 'chart.js';

import type { Range } from '../engine';
import type { BandPoint } from './band';
import type { Calculator, OutputUnit, OutputValues, ParamValues } from '../engine';
import { formatOutput } from '../format';

export interface ChartTheme {
	readonly fg: string;
	readonly muted: string;
	readonly grid: string;
	readonly bg: string;
	/** Series colours, in order. */
	readonly series: readonly string[];
	/** Reference lines (budget, 1 GW). */
	readonly reference: string;
	readonly font: string;
}

/** The light theme's values, used at build time and in tests. Keep in step with calculator.css. */
export const LIGHT_THEME: ChartTheme = {
	fg: '#1d1f24',
	muted: '#50545c',
	grid: '#d6d3c9',
	bg: '#fdfcf9',
	series: ['#0b5c8a', '#b4530b', '#2f7d4f', '#7a4aa0', '#8a6d00'],
	reference: '#a1271b',
	font: 'Inter, system-ui, sans-serif',
};

/**
 * Options of the small `aifgFill` plugin (registered by the island) that shades areas: vertical
 * bands between two x values, and the area between two datasets (a P10–P90 band). It replaces
 * Chart.js's Filler plugin, which is about 2.5 KiB larger.
 */
export interface FillOptions {
	readonly xBands?: readonly {
		readonly from: number;
		readonly to: number;
		readonly color: string;
	}[];
	readonly between?: readonly {
		readonly upper: number;
		readonly lower: number;
		readonly color: string;
	}[];
}

declare module 'chart.js' {
	interface PluginOptionsByType<TType extends ChartType> {
		aifgFill?: FillOptions & { readonly _type?: TType };
	}
}

/** CSS variable → theme key; the island reads these from the document. */
export const THEME_VARIABLES = {
	fg: '--fg',
	muted: '--fg-muted',
	grid: '--border',
	bg: '--bg',
	reference: '--chart-reference',
	font: '--font-sans',
	series: ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5'],
} as const;

/** `#rrggbb` (or `#rgb`) with an alpha, as `rgba()`. Other colour strings pass through. */
export function withAlpha(color: string, alpha: number): string {
	const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
	if (!m) return color;
	const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
	const n = Number.parseInt(hex, 16);
	return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** What a chart builder is given: the scenario's values, its outputs and its ranges. */
export interface ChartInput {
	readonly calc: Calculator;
	readonly values: ParamValues;
	readonly outputs: OutputValues;
	readonly ranges: Readonly<Record<string, Range>>;
	/** Seed for the band's samples (from the canonical query). */
	readonly seed: number;
	/** Scenario A, drawn dashed next to this one (B) when the reader compares two scenarios. */
	readonly compare?: ComparedInput | undefined;
	/** Display units; `si` when absent. Only the cooling charts have an imperial view. */
	readonly units?: 'si' | 'imperial' | undefined;
	/** Bands already computed (in a worker), by band key; a builder computes a missing one itself. */
	readonly bands?: Readonly<Record<string, readonly BandPoint[] | null>> | undefined;
	/** Where a builder records each band it computes (the worker collects them here). */
	readonly bandSink?: Record<string, readonly BandPoint[] | null> | undefined;
}

/** The other scenario of a comparison: its values and outputs (no band is drawn for it). */
interface ComparedInput {
	readonly values: ParamValues;
	readonly outputs: OutputValues;
}

/** Scenario A's line: the same colour as B's, lighter and dashed, drawn under B. */
export function compareDataset<T>(label: string, data: T[], color: string, yAxisID = 'y') {
	return {
		label: `A: ${label}`,
		data,
		borderColor: withAlpha(color, 0.75),
		backgroundColor: withAlpha(color, 0.75),
		borderDash: [2, 3],
		borderWidth: 2,
		pointRadius: 0,
		yAxisID,
		order: 4,
	};
}

/** The legend entry of scenario A's line. */
export const compareLegend = (label: string, color: string): LegendItem => ({
	label: `A: ${label}`,
	color: withAlpha(color, 0.75),
	kind: 'dotted',
});

/** A chart's data as a table: the accessible alternative and the CSV export. */
interface DataTable {
	readonly columns: readonly { readonly label: string; readonly unit: OutputUnit }[];
	readonly rows: readonly (readonly (number | string | null)[])[];
}

export interface LegendItem {
	readonly label: string;
	readonly color: string;
	readonly kind: 'line' | 'dashed' | 'dotted' | 'box' | 'point';
}

/** Everything the island shows for one chart. `config` is a Chart.js configuration. */
export interface ChartView<C = unknown> {
	readonly id: string;
	readonly title: string;
	/** A one-bar chart needs less height than a line chart. */
	readonly short?: boolean;
	readonly config: C;
	/** One or two sentences written from the engine's numbers. */
	readonly summary: string;
	readonly table: DataTable;
	readonly legend: readonly LegendItem[];
	/**
	 * Show the legend even when it has one item. A legend of one item is hidden because one series
	 * is named by its axis title; set this when the items name shading or marks that no axis names.
	 */
	readonly keepLegend?: boolean;
}

/** A value for people, with its unit. */
export const fmt = (value: number | string | null | undefined, unit: OutputUnit): string =>
	formatOutput(value, unit).text;

const SUPER: Record<string, string> = {
	'-': '⁻',
	'0': '⁰',
	'1': '¹',
	'2': '²',
	'3': '³',
	'4': '⁴',
	'5': '⁵',
	'6': '⁶',
	'7': '⁷',
	'8': '⁸',
	'9': '⁹',
};

/**
 * Short tick text: 2000 → "2k", 25000 → "25k", 3e6 → "3M", 1e25 → "10²⁵". Thousands are always "k",
 * so one axis never shows "1,000" beside "10k".
 */
export function compactNumber(v: number): string {
	const a = Math.abs(v);
	if (a >= 1e9 || (a > 0 && a < 1e-3)) {
		const exp = Math.floor(Math.log10(a) + 1e-9);
		const mantissa = Number((v / 10 ** exp).toPrecision(2));
		const power = `10${String(exp).replace(/./g, (c) => SUPER[c] ?? c)}`;
		return mantissa === 1 ? power : `${mantissa}×${power}`;
	}
	if (a >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
	if (a >= 1e3) return `${Number((v / 1e3).toPrecision(3))}k`;
	return Number(v.toPrecision(3)).toLocaleString('en-US');
}

/**
 * Tick labels of a log axis: powers of ten, plus 2 and 5 times them when the axis spans less than
 * two decades; other ticks stay as unlabelled grid lines.
 */
export function logTickLabel(value: number | string, index: number, ticks: readonly { value: number }[]): string {
	const v = Number(value);
	if (!(v > 0)) return '';
	const lo = ticks[0]?.value ?? v;
	const hi = ticks[ticks.length - 1]?.value ?? v;
	const mantissa = Number((v / 10 ** Math.floor(Math.log10(v) + 1e-9)).toPrecision(3));
	// Under three decades there is room to label 2 and 5 too (a 30 MW to 7.5 GW axis read only "100", "1k").
	const few = hi / Math.max(lo, Number.MIN_VALUE) < 1000;
	return mantissa === 1 || (few && (mantissa === 2 || mantissa === 5)) || (index === 0 && ticks.length < 3)
		? compactNumber(v)
		: '';
}

/** Tick labels of a linear axis, compact. */
const linearTickLabel = (value: number | string): string => compactNumber(Number(value));

/** Common axis options. */
export function axis<T extends 'linear' | 'logarithmic' | 'category'>(
	theme: ChartTheme,
	title: string,
	type: T,
	extra: Record<string, unknown> = {},
) {
	return {
		type,
		title: {
			display: true,
			text: title,
			color: theme.muted,
			font: { family: theme.font, size: 12 },
		},
		ticks: {
			color: theme.muted,
			font: { family: theme.font, size: 11 },
			maxRotation: 0,
			...(type === 'category' ? {} : { callback: type === 'logarithmic' ? logTickLabel : linearTickLabel }),
		},
		grid: { color: withAlpha(theme.grid, 0.6) },
		border: { color: theme.grid },
		...extra,
	};
}

/** How a tooltip prints a value on an axis: by engine unit, or by a function. */
export type AxisFormat = OutputUnit | ((value: number) => string);

/** Options every chart shares: no animation (results follow the reader's typing), tooltips on. */
export function baseOptions(theme: ChartTheme, formats: Readonly<Record<string, AxisFormat>>) {
	const label = (axisId: string | undefined, v: number | null): string => {
		const f = formats[axisId ?? 'y'] ?? 'ratio';
		return v === null ? '—' : typeof f === 'function' ? f(v) : fmt(v, f);
	};
	return {
		responsive: true,
		maintainAspectRatio: false,
		animation: false as const,
		interaction: { mode: 'nearest' as const, intersect: false },
		plugins: {
			legend: { display: false },
			tooltip: {
				backgroundColor: theme.fg,
				titleColor: theme.bg,
				bodyColor: theme.bg,
				titleFont: { family: theme.font },
				bodyFont: { family: theme.font },
				filter: (item: { dataset: { label?: string | undefined } }) => !item.dataset.label?.startsWith('~'),
				callbacks: {
					label: (item: {
						dataset: { label?: string | undefined; yAxisID?: string | undefined };
						parsed: { x: number | null; y: number | null };
					}) => `${item.dataset.label ?? ''}: ${label(item.dataset.yAxisID, item.parsed.y)}`,
				},
			},
		},
	};
}
