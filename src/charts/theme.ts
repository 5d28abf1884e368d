/**
 * Colours and shared pieces of every chart. Builders take a theme so they stay pure; the island
 * reads the theme from CSS variables (light or dark) and rebuilds when it changes.
 */
import type { Range } from '../engine/parse';
import type { Calculator, OutputUnit, OutputValues, ParamValues } from '../engine/types';
import { formatOutput } from '../lib/format';

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
}

/** A chart's data as a table: the accessible alternative and the CSV export. */
export interface DataTable {
	readonly columns: readonly { readonly label: string; readonly unit: OutputUnit }[];
	readonly rows: readonly (readonly (number | string | null)[])[];
}

export interface LegendItem {
	readonly label: string;
	readonly color: string;
	readonly kind: 'line' | 'dashed' | 'box' | 'point';
}

/** Everything the island shows for one chart. `config` is a Chart.js configuration. */
export interface ChartView<C = unknown> {
	readonly id: string;
	readonly title: string;
	readonly config: C;
	/** One or two sentences written from the engine's numbers. */
	readonly summary: string;
	readonly table: DataTable;
	readonly legend: readonly LegendItem[];
}

/** A value for people, with its unit. */
export const fmt = (value: number | string | null | undefined, unit: OutputUnit): string => formatOutput(value, unit).text;

/** Common axis options. */
export function axis(theme: ChartTheme, title: string, type: 'linear' | 'logarithmic' | 'category', extra: Record<string, unknown> = {}) {
	return {
		type,
		title: { display: true, text: title, color: theme.muted, font: { family: theme.font, size: 12 } },
		ticks: { color: theme.muted, font: { family: theme.font, size: 11 } },
		grid: { color: withAlpha(theme.grid, 0.6) },
		border: { color: theme.grid },
		...extra,
	};
}

/** Options every chart shares: no animation (results follow the reader's typing), tooltips on. */
export function baseOptions(theme: ChartTheme, units: Readonly<Record<string, OutputUnit>>) {
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
				filter: (item: { dataset: { label?: string } }) => !item.dataset.label?.startsWith('~'),
				callbacks: {
					label: (item: { dataset: { label?: string; yAxisID?: string }; parsed: { x: number | null; y: number | null } }) =>
						`${item.dataset.label ?? ''}: ${fmt(item.parsed.y, units[item.dataset.yAxisID ?? 'y'] ?? 'ratio')}`,
				},
			},
		},
	};
}
