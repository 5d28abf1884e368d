/**
 * Build-time SVG charts for the report's figures: a line chart (one or two series against one
 * input) and a horizontal bar chart. Pure: numbers and labels in, markup out, styled by the
 * `.chart-svg` classes in global.css so they follow the theme and print light. No client code.
 * Axes match the relation they show: callers choose log or linear for each axis.
 */
import { scaleLinear, scaleLog } from 'd3-scale';

import { esc, r1 } from './svg';

interface LineSeries {
	readonly label: string;
	/** One value per x; null is a gap. */
	readonly ys: readonly (number | null)[];
}

export interface LineChartSpec {
	readonly titleId: string;
	/** The text alternative: what the chart shows and what it finds. */
	readonly alt: string;
	readonly xs: readonly number[];
	readonly series: readonly LineSeries[];
	readonly xLabel: string;
	readonly yLabel: string;
	readonly xLog?: boolean;
	readonly yLog?: boolean;
	/** Tick text for each axis. */
	readonly xTick: (v: number) => string;
	readonly yTick: (v: number) => string;
	/** A point to mark and label (the chapter's own scenario). */
	readonly mark?: { readonly x: number; readonly y: number; readonly label: string };
}

/** Drawing sizes: the wide one for desktop, the narrow one for phones (its 12-unit text stays legible scaled down). */
export type ChartSize = 'wide' | 'narrow';
const SIZES = {
	wide: { W: 720, H: 380, left: 78, right: 28, ticks: 6 },
	narrow: { W: 380, H: 300, left: 84, right: 16, ticks: 4 },
} as const;

function logTicks(lo: number, hi: number): number[] {
	const ticks: number[] = [];
	for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
		for (const k of [1, 2, 5]) {
			const t = k * 10 ** e;
			if (t >= lo * 0.999 && t <= hi * 1.001) ticks.push(t);
		}
	}
	// Keep at most about seven labels: drop the 2s, then the 5s, when there are too many.
	if (ticks.length > 7) return ticks.filter((t) => !/^2/.test(t.toExponential()));
	return ticks;
}

function scale(log: boolean | undefined, domain: [number, number], range: [number, number]) {
	return log ? scaleLog().domain(domain).range(range) : scaleLinear().domain(domain).range(range).nice();
}

/** Lines against one input; the second series is dashed, and each line is labelled at its end (no legend needed). */
export function lineChart(spec: LineChartSpec, size: ChartSize = 'wide'): string {
	const { W, H, left, right, ticks } = SIZES[size];
	const legendH = spec.series.length > 1 ? 22 * spec.series.length : 0;
	const M = { top: 18 + legendH, right, bottom: 52, left };
	const values = spec.series.flatMap((s) => s.ys).filter((v): v is number => v !== null && Number.isFinite(v));
	const xMin = Math.min(...spec.xs);
	const xMax = Math.max(...spec.xs);
	let yMin = Math.min(...values);
	let yMax = Math.max(...values);
	if (!spec.yLog) yMin = Math.min(0, yMin);
	if (yMin === yMax) yMax = yMin + 1;
	const x = scale(spec.xLog, [xMin, xMax], [M.left, W - M.right]);
	const y = scale(spec.yLog, [yMin, yMax], [H - M.bottom, M.top]);
	const thin = (t: number[]) => (size === 'narrow' && t.length > 5 ? t.filter((_, i) => i % 2 === 0) : t);
	const xTicks = thin(spec.xLog ? logTicks(xMin, xMax) : x.ticks(ticks));
	const yTicks = thin(spec.yLog ? logTicks(yMin, yMax) : y.ticks(ticks));
	const grid = yTicks
		.map(
			(t) =>
				`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${r1(y(t))}" y2="${r1(y(t))}"/><text class="tick" x="${M.left - 8}" y="${r1(y(t) + 4)}" text-anchor="end">${esc(spec.yTick(t))}</text>`,
		)
		.join('');
	const xAxis = xTicks
		.map(
			(t) =>
				`<line class="grid" x1="${r1(x(t))}" x2="${r1(x(t))}" y1="${M.top}" y2="${H - M.bottom}"/><text class="tick" x="${r1(x(t))}" y="${H - M.bottom + 18}" text-anchor="middle">${esc(spec.xTick(t))}</text>`,
		)
		.join('');
	const lines = spec.series
		.map((s, i) => {
			let d = '';
			let pen = false;
			s.ys.forEach((v, j) => {
				if (v === null || !Number.isFinite(v) || (spec.yLog && v <= 0)) {
					pen = false;
					return;
				}
				d += `${pen ? 'L' : 'M'}${r1(x(spec.xs[j]!))},${r1(y(v))}`;
				pen = true;
			});
			// A legend above the plot when there are two lines: a sample of each line's style and its name.
			const ly = 14 + i * 22;
			const legend =
				spec.series.length > 1
					? `<line class="line${i > 0 ? ' line-2' : ''}" x1="${M.left}" x2="${M.left + 28}" y1="${ly}" y2="${ly}"/><text class="point-label" x="${M.left + 36}" y="${ly + 4}">${esc(s.label)}</text>`
					: '';
			return `<path class="line${i > 0 ? ' line-2' : ''}" d="${d}"/>${legend}`;
		})
		.join('');
	const mark = spec.mark
		? `<circle class="dot" cx="${r1(x(spec.mark.x))}" cy="${r1(y(spec.mark.y))}" r="6"/><text class="point-label" x="${r1(x(spec.mark.x) + 9)}" y="${r1(y(spec.mark.y) + 16)}">${esc(spec.mark.label)}</text>`
		: '';
	const axes = `<line class="axis" x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}"/><line class="axis" x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}"/>`;
	const labels = `<text class="axis-label" x="${r1((M.left + W - M.right) / 2)}" y="${H - 10}" text-anchor="middle">${esc(spec.xLabel)}</text><text class="axis-label" transform="translate(16 ${r1((M.top + H - M.bottom) / 2)}) rotate(-90)" text-anchor="middle">${esc(spec.yLabel)}</text>`;
	return `<svg class="chart-svg ${size}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${spec.titleId}-${size}"><title id="${spec.titleId}-${size}">${esc(spec.alt)}</title>${grid}${xAxis}${axes}${lines}${mark}${labels}</svg>`;
}

export interface BarRow {
	readonly label: string;
	readonly value: number;
	/** Drawn as a dashed outline: a figure that is illustrative or not confirmed by its source. */
	readonly weak?: boolean;
	/** Text at the bar's end (the value with its unit). */
	readonly text: string;
}

/** Horizontal bars, largest at the bottom of the reading order as given; values labelled on the bars. */
export function barChart(
	spec: {
		readonly titleId: string;
		readonly alt: string;
		readonly rows: readonly BarRow[];
		readonly xLabel: string;
		readonly xTick: (v: number) => string;
	},
	size: ChartSize = 'wide',
): string {
	const { W } = SIZES[size];
	const rowH = 26;
	const m = { top: 8, right: size === 'narrow' ? 62 : 70, bottom: 44, left: size === 'narrow' ? 176 : 210 };
	const height = m.top + spec.rows.length * rowH + m.bottom;
	const x = scaleLinear()
		.domain([0, Math.max(...spec.rows.map((r) => r.value))])
		.range([m.left, W - m.right])
		.nice();
	const ticks = x
		.ticks(size === 'narrow' ? 3 : 5)
		.map(
			(t) =>
				`<line class="grid" x1="${r1(x(t))}" x2="${r1(x(t))}" y1="${m.top}" y2="${height - m.bottom}"/><text class="tick" x="${r1(x(t))}" y="${height - m.bottom + 18}" text-anchor="middle">${esc(spec.xTick(t))}</text>`,
		)
		.join('');
	const bars = spec.rows
		.map((r, i) => {
			const top = m.top + i * rowH + 4;
			const w = Math.max(1, x(r.value) - m.left);
			return `<text class="tick" x="${m.left - 8}" y="${r1(top + 13)}" text-anchor="end">${esc(r.label)}</text><rect class="bar${r.weak ? ' bar-weak' : ''}" x="${m.left}" y="${r1(top)}" width="${r1(w)}" height="${rowH - 8}"/><text class="point-label" x="${r1(m.left + w + 6)}" y="${r1(top + 13)}">${esc(r.text)}</text>`;
		})
		.join('');
	const label = `<text class="axis-label" x="${r1((m.left + W - m.right) / 2)}" y="${height - 8}" text-anchor="middle">${esc(spec.xLabel)}</text>`;
	return `<svg class="chart-svg ${size}" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="${spec.titleId}-${size}"><title id="${spec.titleId}-${size}">${esc(spec.alt)}</title>${ticks}${bars}${label}</svg>`;
}
