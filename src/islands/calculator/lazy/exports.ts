/**
 * Downloads: one tidy CSV of every input (with each default's source), result and chart value, and a
 * light PNG of a chart with the finding, the scenario in words and a source line. The CSV text is built by pure functions; only
 * `downloadBlob` and `chartPng` touch the DOM.
 */
import type { Chart } from 'chart.js';

import { type ChartView, LIGHT_THEME, type LegendItem } from '../../../charts/theme';
import { type Calculator, readScenario, type Scenario, type ScenarioContext } from '../../../engine';
import { csvCell } from '../../../format/csv';
import type { Accelerator } from '../../../schemas/preset';
import { scenarioDifferences } from '../model/compare';
import type { Solved } from '../model/solve';

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
	/** Every source id when there are several (the first is `source`). */
	readonly sources?: readonly string[] | undefined;
}

/** By preset id, then param: where a preset's figure for that field comes from. */
export type PresetProvenance = Readonly<Record<string, Readonly<Record<string, Provenance>>>>;

export interface CsvInput {
	readonly calc: Calculator;
	readonly ctx: ScenarioContext;
	readonly accelerators?: readonly Accelerator[] | undefined;
	readonly solved: Solved;
	/** Scenario A, when comparing: its rows come first. */
	readonly compare?: Solved | null | undefined;
	readonly charts: readonly ChartView[];
	readonly provenance: Readonly<Record<string, Provenance>>;
	/** A preset's own provenance of each field it sets, by preset id then param. */
	readonly presetProvenance?: PresetProvenance | undefined;
	readonly sources: Readonly<Record<string, SourceInfo>>;
	/** Absolute URL of this scenario. */
	readonly url: string;
}

/** A number as people write it in a table: 12 significant figures, so no `1683601.9200000002`. */
const tidyNumber = (v: Cell): Cell => (typeof v === 'number' ? Number(v.toPrecision(12)) : v);

const sourceText = (s: SourceInfo | undefined) => (s ? `${s.title} (${s.publisher}) ${s.url}` : '');
/** A provenance's sources as one CSV cell. */
const provenanceSources = (p: Provenance | undefined, sources: Readonly<Record<string, SourceInfo>>): string =>
	(p?.sources ?? (p?.source ? [p.source] : []))
		.map((id) => sourceText(sources[id]))
		.filter(Boolean)
		.join('; ');

/**
 * The whole calculator as one tidy table: one row per value with the columns section, key, label,
 * value, unit, default_or_edited and source. Inputs say whether the reader changed them and, for a
 * default, where it comes from (a preset's figures from that preset's sources); A/B gives both.
 */
export function calculatorCsv(input: CsvInput): string {
	const { calc, ctx, solved, compare, charts, provenance, sources, url } = input;
	const rows: Cell[][] = [['section', 'key', 'label', 'value', 'unit', 'default_or_edited', 'source']];
	rows.push(['scenario', 'url', `${calc.title} calculator, AI Infrastructure Field Guide`, url, '', '', '']);
	const sides: [string, Solved][] = compare
		? [
				['A', compare],
				['B', solved],
			]
		: [['', solved]];
	for (const [side, s] of sides) {
		const tag = (section: string) => (side ? `${section} ${side}` : section);
		const { scenario } = s;
		const preset = input.accelerators?.find((a) => a.id === scenario.preset);
		// The defaults of this preset: a B200's board power is B200's, credited to B200's sources.
		const defaults = readScenario(
			calc,
			calc.preset && scenario.preset ? { [calc.preset.param]: scenario.preset } : {},
			ctx,
		).scenario.values;
		if (calc.preset) {
			const p = provenance[calc.preset.param];
			const own = preset?.sources
				.map((id) => sourceText(sources[id]))
				.filter(Boolean)
				.join('; ');
			rows.push([
				tag('input'),
				calc.preset.param,
				calc.preset.label,
				preset?.name ?? scenario.preset,
				'preset',
				scenario.preset === ctx.defaultPreset ? 'default' : 'edited',
				own || sourceText(p?.source ? sources[p.source] : undefined),
			]);
		}
		for (const f of calc.fields) {
			const r = scenario.ranges[f.param];
			const v = scenario.values[f.param];
			const edited = !!r || v !== defaults[f.param];
			// A preset's figure is credited to that figure's sources; else the registry default's.
			const own = preset ? input.presetProvenance?.[preset.id]?.[f.param] : undefined;
			const source = edited
				? 'your value'
				: provenanceSources(own, sources) || provenanceSources(provenance[f.param], sources);
			const state = edited ? 'edited' : 'default';
			if (r) {
				rows.push([tag('input'), `${f.param}_low`, `${f.label} (low)`, tidyNumber(r.low), f.unit, state, source]);
				rows.push([tag('input'), `${f.param}_high`, `${f.label} (high)`, tidyNumber(r.high), f.unit, state, source]);
			} else rows.push([tag('input'), f.param, f.label, tidyNumber(v), f.unit, state, source]);
		}
		for (const o of calc.outputs) {
			const q = s.quantiles?.[o.key];
			const value = q && o.unit !== 'method' ? q.p50 : s.outputs[o.key];
			rows.push([tag('output'), o.key, o.label, tidyNumber(value), o.unit, '', 'computed']);
			if (q && o.unit !== 'method') {
				rows.push([tag('output'), `${o.key}_p10`, `${o.label} (P10)`, tidyNumber(q.p10), o.unit, '', 'computed']);
				rows.push([tag('output'), `${o.key}_p90`, `${o.label} (P90)`, tidyNumber(q.p90), o.unit, '', 'computed']);
			}
		}
	}
	for (const chart of charts) {
		const [x, ...ys] = chart.table.columns;
		// The section names the chart by its id, which stays put; its title (the finding) changes with the scenario.
		const section = `chart: ${chart.id}`;
		rows.push([section, `${chart.id}.finding`, 'Finding', chart.title, '', '', 'computed']);
		for (const r of chart.table.rows)
			ys.forEach((c, j) =>
				rows.push([
					section,
					`${chart.id}.${j + 1}`,
					`${c.label} at ${x!.label} ${r[0] ?? ''}`,
					tidyNumber(r[j + 1]),
					c.unit,
					'',
					'computed',
				]),
			);
	}
	return toCsv(rows);
}

/** The inputs a scenario sets against the defaults, for people: "Accelerators 200,000; PUE 1.1 to 1.4". */
export function scenarioLine(
	calc: Calculator,
	ctx: ScenarioContext,
	scenario: Scenario,
	accelerators?: readonly Accelerator[],
): string {
	const diffs = scenarioDifferences(calc, readScenario(calc, {}, ctx).scenario, scenario, accelerators);
	if (diffs.length === 0) return 'the report defaults';
	return diffs.map((d) => `${d.label} ${d.to}`).join('; ');
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

/** Draws a legend key: a stroke in the line's style, a box or a point. */
function key(ctx: OffscreenCanvasRenderingContext2D, item: LegendItem, x: number, y: number, u: number) {
	ctx.strokeStyle = item.color;
	ctx.fillStyle = item.color;
	ctx.lineWidth = 2.5 * u;
	if (item.kind === 'box') return ctx.fillRect(x, y + 3 * u, 12 * u, 10 * u);
	if (item.kind === 'point') {
		ctx.beginPath();
		ctx.arc(x + 9 * u, y + 8 * u, 4.5 * u, 0, 2 * Math.PI);
		return ctx.fill();
	}
	ctx.setLineDash(item.kind === 'dashed' ? [6 * u, 4 * u] : item.kind === 'dotted' ? [2 * u, 3 * u] : []);
	ctx.beginPath();
	ctx.moveTo(x, y + 8 * u);
	ctx.lineTo(x + 22 * u, y + 8 * u);
	ctx.stroke();
	ctx.setLineDash([]);
}

/** CSS width of the chart in an export; at 2x the image is 1,280 px wide. */
const PNG_CSS_WIDTH = 600;
const PNG_CSS_HEIGHT = 320;

/**
 * A share-ready PNG at twice the pixels, always light: the finding as the title, the chart's name,
 * the scenario in words (A and B when comparing), the chart drawn afresh in the light theme, a
 * legend with each line's style, and a wrapped source line.
 */
export async function chartPng(
	view: ChartView,
	ChartJs: typeof Chart,
	meta: { title: string; scenario: string; url: string },
): Promise<Blob> {
	const theme = LIGHT_THEME;
	const u = 2;
	const host = document.createElement('div');
	host.style.cssText = `position:fixed;left:-10000px;top:0;width:${PNG_CSS_WIDTH}px;height:${PNG_CSS_HEIGHT}px`;
	const chartCanvas = document.createElement('canvas');
	host.append(chartCanvas);
	document.body.append(host);
	const config = view.config as Chart['config'];
	const chart = new ChartJs(chartCanvas, {
		...config,
		options: { ...config.options, responsive: false, animation: false, devicePixelRatio: u },
	} as never);
	chart.resize(PNG_CSS_WIDTH, PNG_CSS_HEIGHT);
	const pad = 20 * u;
	const width = chartCanvas.width + 2 * pad;
	const measure = new OffscreenCanvas(1, 1).getContext('2d')!;
	const font = (size: number, weight = 400) => `${weight} ${size * u}px ${theme.font}`;
	measure.font = font(17, 700);
	const titleLines = wrap(measure, meta.title, width - 2 * pad);
	measure.font = font(13);
	const scenarioLines = wrap(measure, meta.scenario, width - 2 * pad);
	measure.font = font(12);
	const sourceLines = wrap(measure, `Source: AI Infrastructure Field Guide, ${meta.url}`, width - 2 * pad);
	const header = pad + (titleLines.length * 22 + 20 + scenarioLines.length * 18 + 8) * u;
	const footer = (view.legend.length * 20 + 16 + sourceLines.length * 16) * u + pad;
	const canvas = new OffscreenCanvas(width, header + chartCanvas.height + footer);
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = theme.bg;
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.textBaseline = 'top';
	let y = pad;
	ctx.fillStyle = theme.fg;
	ctx.font = font(17, 700);
	for (const l of titleLines) {
		ctx.fillText(l, pad, y);
		y += 22 * u;
	}
	ctx.font = font(13, 600);
	ctx.fillText(view.title, pad, y);
	y += 20 * u;
	ctx.font = font(13);
	ctx.fillStyle = theme.muted;
	for (const l of scenarioLines) {
		ctx.fillText(l, pad, y);
		y += 18 * u;
	}
	ctx.drawImage(chartCanvas, pad, header);
	chart.destroy();
	host.remove();
	y = header + chartCanvas.height + 8 * u;
	ctx.font = font(13);
	for (const item of view.legend) {
		key(ctx, item, pad, y, u);
		ctx.fillStyle = theme.fg;
		ctx.fillText(item.label, pad + 30 * u, y + u);
		y += 20 * u;
	}
	y += 8 * u;
	ctx.fillStyle = theme.muted;
	ctx.font = font(12);
	for (const l of sourceLines) {
		ctx.fillText(l, pad, y);
		y += 16 * u;
	}
	return canvas.convertToBlob({ type: 'image/png' });
}

/** What the island hands over when the reader downloads: the scenario shown, and its answer. */
export interface DownloadInput extends CsvInput {
	/** The answer sentence, the PNG's title; empty while there is none. */
	readonly answer: string;
}

/** The CSV of everything on the page, saved as `<id>-calculator.csv`. */
export function downloadCsv(input: DownloadInput): void {
	const csv = calculatorCsv(input);
	downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${input.calc.id}-calculator.csv`);
}

/** One chart as a PNG, `light` being that chart drawn again in the light theme. */
export async function downloadPng(input: DownloadInput, light: ChartView, ChartJs: typeof Chart): Promise<void> {
	const { calc, ctx, solved, compare, accelerators } = input;
	const line = (s: Solved) => scenarioLine(calc, ctx, s.scenario, accelerators);
	const scenario = compare ? `A: ${line(compare)}. B: ${line(solved)}.` : `Scenario: ${line(solved)}.`;
	const blob = await chartPng(light, ChartJs, {
		title: input.answer || `${calc.title}: ${light.title}`,
		scenario,
		url: input.url,
	});
	downloadBlob(blob, `${calc.id}-${light.id}.png`);
}
