/**
 * Downloads: a CSV of the inputs (with each default's source) and the chart series, and a PNG of a
 * chart with its title, scenario and a source line. The CSV text is built by pure functions; only
 * `downloadBlob` and `chartPng` touch the DOM.
 */
import type { ChartTheme, ChartView } from '../../../charts/theme';
import type { Solved } from '../model/solve';
import type { Calculator } from '../../../engine';
import { csvCell } from '../../../format/csv';

export type Cell = string | number | null | undefined;

export const toCsv = (rows: readonly (readonly Cell[])[]): string =>
	rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export interface SourceInfo {
	readonly title: string;
	readonly url: string;
	readonly publisher: string;
}

/** Where a default comes from (an assumption record), as the island receives it. */
export interface Provenance {
	readonly note: string;
	readonly confidence: string;
	readonly locator?: string | undefined;
	/** Source id, a key of the `sources` map. */
	readonly source?: string | undefined;
}

export interface CsvInput {
	readonly calc: Calculator;
	readonly solved: Solved;
	readonly charts: readonly ChartView[];
	readonly provenance: Readonly<Record<string, Provenance>>;
	readonly sources: Readonly<Record<string, SourceInfo>>;
	/** Absolute URL of this scenario. */
	readonly url: string;
}

/** The whole calculator as CSV: scenario, inputs with sources, outputs, then each chart's series. */
export function calculatorCsv({ calc, solved, charts, provenance, sources, url }: CsvInput): string {
	const { scenario } = solved;
	const rows: Cell[][] = [
		['AI Infrastructure Field Guide', `${calc.title} calculator`],
		['scenario', url],
		[],
		['input', 'label', 'value', 'low', 'high', 'unit', 'default', 'source', 'source_url', 'confidence'],
	];
	if (calc.preset) {
		const p = provenance[calc.preset.param];
		const src = p?.source ? sources[p.source] : undefined;
		rows.push([
			calc.preset.param,
			calc.preset.label,
			scenario.preset,
			null,
			null,
			'preset',
			null,
			src?.title,
			src?.url,
			p?.confidence,
		]);
	}
	for (const f of calc.fields) {
		const p = provenance[f.param];
		const src = p?.source ? sources[p.source] : undefined;
		const r = scenario.ranges[f.param];
		rows.push([
			f.param,
			f.label,
			scenario.values[f.param],
			r?.low,
			r?.high,
			f.unit,
			p ? 'yes' : null,
			src?.title,
			src?.url,
			p?.confidence,
		]);
	}
	rows.push([], ['output', 'label', 'value', 'p10', 'p90', 'unit']);
	for (const o of calc.outputs) {
		const q = solved.quantiles?.[o.key];
		rows.push([o.key, o.label, q && o.unit !== 'method' ? q.p50 : solved.outputs[o.key], q?.p10, q?.p90, o.unit]);
	}
	for (const chart of charts) {
		rows.push(
			[],
			[`chart: ${chart.title}`],
			chart.table.columns.map((c) => (c.unit === 'method' ? c.label : `${c.label} (${c.unit})`)),
			...chart.table.rows.map((r) => [...r]),
		);
	}
	return toCsv(rows);
}

/** The non-default inputs of a scenario, for captions ("count = 200000, pue = 1.1~1.4"). */
export function scenarioLine(query: string): string {
	if (!query) return 'Default scenario';
	return `Scenario: ${query
		.split('&')
		.map((kv) => decodeURIComponent(kv).replace('=', ' = '))
		.join(', ')}`;
}

/** Saves a blob under a file name through a temporary link. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Word-wraps text to a width on a 2D context. */
function wrap(
	ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
	text: string,
	width: number,
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const next = line ? `${line} ${word}` : word;
		if (ctx.measureText(next).width > width && line) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Draws a chart's canvas onto an offscreen canvas with a title, the scenario, a legend and a
 * source line, and returns it as a PNG.
 */
export async function chartPng(
	chartCanvas: HTMLCanvasElement,
	view: ChartView,
	meta: { calcTitle: string; query: string; url: string; theme: ChartTheme },
): Promise<Blob> {
	const { theme } = meta;
	const scale = Math.max(1, chartCanvas.width / Math.max(1, chartCanvas.clientWidth || chartCanvas.width));
	const width = chartCanvas.width + 40 * scale;
	const pad = 20 * scale;
	const measure = new OffscreenCanvas(1, 1).getContext('2d')!;
	const font = (size: number, weight = 400) => `${weight} ${size * scale}px ${theme.font}`;
	measure.font = font(13);
	const scenarioLines = wrap(measure, scenarioLine(meta.query), width - 2 * pad);
	const legendLines = wrap(measure, view.legend.map((l) => `■ ${l.label}`).join('   '), width - 2 * pad);
	const header = pad + 24 * scale + (scenarioLines.length * 18 + 8) * scale;
	const footer = (legendLines.length * 18 + 30) * scale + pad;
	const canvas = new OffscreenCanvas(width, header + chartCanvas.height + footer);
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = theme.bg;
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.fillStyle = theme.fg;
	ctx.textBaseline = 'top';
	ctx.font = font(17, 700);
	ctx.fillText(`${meta.calcTitle}: ${view.title}`, pad, pad);
	ctx.font = font(13);
	ctx.fillStyle = theme.muted;
	scenarioLines.forEach((l, i) => ctx.fillText(l, pad, pad + 28 * scale + i * 18 * scale));
	ctx.drawImage(chartCanvas, pad, header);
	let y = header + chartCanvas.height + 10 * scale;
	let x = pad;
	ctx.font = font(13);
	for (const item of view.legend) {
		const w = ctx.measureText(item.label).width + 30 * scale;
		if (x + w > width - pad) {
			x = pad;
			y += 18 * scale;
		}
		ctx.fillStyle = item.color;
		ctx.fillRect(x, y + 2 * scale, 12 * scale, 10 * scale);
		ctx.fillStyle = theme.fg;
		ctx.fillText(item.label, x + 16 * scale, y);
		x += w;
	}
	ctx.fillStyle = theme.muted;
	ctx.font = font(12);
	ctx.fillText(`Source: AI Infrastructure Field Guide, ${meta.url}`, pad, y + 26 * scale);
	return canvas.convertToBlob({ type: 'image/png' });
}
