/**
 * Chart.js, tree-shaken: only the pieces the calculators draw with. Loaded on demand by the island
 * so that results appear before the chart library arrives. Legends are HTML (accessible, themed)
 * and shading is the small `aifgFill` plugin below, so Chart.js's Legend and Filler plugins (about
 * 5 KiB gzip together) are not shipped.
 */
import { BarController, BarElement, CategoryScale, Chart, type ChartType, LinearScale, LineController, LineElement, LogarithmicScale, type Plugin, PointElement, Tooltip } from 'chart.js';

import type { FillOptions } from '../../charts/theme';

type Pt = { x: number; y: number; skip?: boolean };

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

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, LogarithmicScale, PointElement, Tooltip, fillPlugin);

export { Chart };
