/**
 * Chart.js, tree-shaken: only the pieces the calculators draw with, loaded on demand by the island
 * so that results appear before the chart library arrives.
 *
 * Three Chart.js plugins are replaced by smaller ones to keep a calculator page within its
 * JavaScript budget:
 * legends are HTML (accessible and themed), `aifgFill` shades bands instead of Filler, and the
 * tooltip below reads the same `options.plugins.tooltip` settings as Chart.js's own (colours,
 * fonts, `filter`, `callbacks.label`) in about a seventh of its size.
 */
import { Chart, type ChartEvent, type ChartType, type Plugin } from 'chart.js';

import type { FillOptions } from '../../charts/theme';

type Pt = {
	x: number;
	y: number;
	skip?: boolean;
	inRange?: (x: number, y: number, final: boolean) => boolean;
};

/** Shades vertical x bands and the area between two datasets, under the lines. */
export const fillPlugin: Plugin<ChartType, FillOptions> = {
	id: 'aifgFill',
	beforeDatasetsDraw(chart, _args, options) {
		const { ctx, chartArea: area, scales } = chart;
		const x = scales['x'];
		if (!area || !x) return;
		ctx.save();
		ctx.beginPath();
		ctx.rect(area.left, area.top, area.width, area.height);
		ctx.clip();
		for (const b of options.xBands ?? []) {
			const left = x.getPixelForValue(b.from);
			const right = x.getPixelForValue(b.to);
			ctx.fillStyle = b.color;
			ctx.fillRect(Math.min(left, right), area.top, Math.abs(right - left), area.height);
		}
		for (const f of options.between ?? []) {
			const upper = chart.getDatasetMeta(f.upper).data as unknown as Pt[];
			const lower = chart.getDatasetMeta(f.lower).data as unknown as Pt[];
			const points = [...upper.filter((p) => !p.skip), ...lower.filter((p) => !p.skip).reverse()];
			if (points.length < 3) continue;
			ctx.beginPath();
			points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
			ctx.closePath();
			ctx.fillStyle = f.color;
			ctx.fill();
		}
		ctx.restore();
	},
};

/** The subset of Chart.js tooltip options the calculators set. */
interface TipOptions {
	backgroundColor?: string;
	bodyColor?: string;
	bodyFont?: { family?: string };
	filter?: (item: TipItem) => boolean;
	callbacks?: { label?: (item: TipItem) => string };
}
interface TipItem {
	dataset: { label?: string; yAxisID?: string };
	parsed: { x: number | null; y: number | null };
}
interface Tip {
	x: number;
	y: number;
	lines: string[];
}
const tips = new WeakMap<Chart, Tip | null>();

/** Shows the nearest visible point's value next to the pointer (mouse and touch). */
export const tooltipPlugin: Plugin<ChartType, TipOptions> = {
	id: 'tooltip',
	afterEvent(chart, args, options) {
		const e: ChartEvent = args.event;
		let tip: Tip | null = null;
		if (e.type !== 'mouseout' && args.inChartArea && e.x !== null && e.y !== null) {
			let best = Infinity;
			chart.data.datasets.forEach((dataset, i) => {
				const meta = chart.getDatasetMeta(i);
				if (!chart.isDatasetVisible(i)) return;
				meta.data.forEach((el, j) => {
					const { x, y, inRange } = el as unknown as Pt;
					// Under the pointer (a bar) wins; otherwise the nearest point.
					const d = inRange?.call(el, e.x!, e.y!, false) ? -1 : (x - e.x!) ** 2 + (y - e.y!) ** 2;
					if (d >= best) return;
					const raw = (
						meta.controller as unknown as {
							getParsed(i: number): { x: number; y: number; _custom?: { end?: number } };
						}
					).getParsed(j);
					// A floating bar [start, end] (the tornado) reports its end.
					const end = raw._custom?.end;
					const horizontal = chart.options.indexAxis === 'y';
					const item: TipItem = {
						dataset: dataset as TipItem['dataset'],
						parsed: {
							x: horizontal && end !== undefined ? end : raw.x,
							y: !horizontal && end !== undefined ? end : raw.y,
						},
					};
					if (options.filter && !options.filter(item)) return;
					best = d;
					const indexScale = chart.options.indexAxis === 'y' ? chart.scales['y'] : chart.scales['x'];
					const index = chart.options.indexAxis === 'y' ? raw.y : raw.x;
					const title = indexScale?.getLabelForValue(index) ?? '';
					tip = {
						x,
						y,
						lines: [title, options.callbacks?.label?.(item) ?? `${dataset.label ?? ''}: ${raw.y}`].filter(Boolean),
					};
				});
			});
		}
		const before = tips.get(chart);
		if (JSON.stringify(before ?? null) !== JSON.stringify(tip)) {
			tips.set(chart, tip);
			args.changed = true;
		}
	},
	afterDraw(chart, _args, options) {
		const tip = tips.get(chart);
		if (!tip) return;
		const { ctx, chartArea: area } = chart;
		ctx.save();
		ctx.font = `12px ${options.bodyFont?.family ?? 'sans-serif'}`;
		const width = Math.max(...tip.lines.map((l) => ctx.measureText(l).width)) + 16;
		const height = tip.lines.length * 16 + 10;
		const x = Math.min(Math.max(tip.x + 10, area.left), area.right - width);
		const y = Math.min(Math.max(tip.y - height - 8, area.top), area.bottom - height);
		ctx.fillStyle = options.backgroundColor ?? '#000';
		ctx.fillRect(x, y, width, height);
		ctx.fillStyle = options.bodyColor ?? '#fff';
		ctx.textBaseline = 'top';
		tip.lines.forEach((line, i) => ctx.fillText(line, x + 8, y + 6 + i * 16));
		ctx.restore();
	},
};

Chart.register(fillPlugin, tooltipPlugin);

/**
 * Chart.js with the plugins above and the controllers, elements and scales one calculator draws
 * with. Each calculator's `chartjs.ts` calls this with only its parts, so a page ships no part it
 * does not use (Chart.js is tree-shaken by export).
 */
export function chartWith(...parts: Parameters<typeof Chart.register>): typeof Chart {
	Chart.register(...parts);
	return Chart;
}

export { Chart };
