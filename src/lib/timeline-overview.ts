/**
 * The timeline at a glance: one row per theme, one mark per event on a shared time axis, drawn at
 * build time as SVG (d3-scale), so it needs no JavaScript. Pure: events in, markup and counts out.
 * The counts table beside it is the text alternative.
 */
import { scaleUtc } from 'd3-scale';

import { THEME_LABELS, THEMES, type Theme } from '../schemas/timeline';
import { esc, r1 } from './svg';

export interface OverviewEvent {
	readonly id: string;
	/** ISO date (yyyy-mm-dd); month- or year-precision dates sit at their first day. */
	readonly date: string;
	readonly title: string;
	readonly themes: readonly Theme[];
}

export interface TimelineOverview {
	readonly svg: string;
	/** One or two sentences a screen reader hears for the figure. */
	readonly alt: string;
	readonly years: readonly string[];
	/** Events per theme and year, in THEMES order (the figure as a table). */
	readonly counts: ReadonlyArray<{ theme: Theme; label: string; byYear: readonly number[]; total: number }>;
}

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function timelineOverview(
	events: readonly OverviewEvent[],
	opts: { width?: number; narrow?: boolean; titleId: string; themes?: readonly Theme[] } = {
		titleId: 'timeline-overview-title',
	},
): TimelineOverview {
	const themes = opts.themes ?? THEMES;
	// The narrow drawing is for phones: fewer units across, so its 12-unit text stays legible when scaled down.
	const width = opts.width ?? (opts.narrow ? 400 : 960);
	const m = { top: 8, right: 10, bottom: 30, left: opts.narrow ? 136 : 170 };
	const rowH = opts.narrow ? 26 : 30;
	const height = m.top + themes.length * rowH + m.bottom;
	const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort();
	const first = years[0] ?? '2025';
	const last = years.at(-1) ?? first;
	const x = scaleUtc()
		.domain([new Date(time(`${first}-01-01`)), new Date(time(`${Number(last) + 1}-01-01`))])
		.range([m.left, width - m.right]);
	const yearLines = [...years, String(Number(last) + 1)]
		.map((y) => {
			const px = r1(x(new Date(time(`${y}-01-01`))));
			return `<line class="grid" x1="${px}" x2="${px}" y1="${m.top}" y2="${height - m.bottom}"/>`;
		})
		.join('');
	const yearLabels = years
		.map((y) => {
			const mid = (x(new Date(time(`${y}-01-01`))) + x(new Date(time(`${Number(y) + 1}-01-01`)))) / 2;
			return `<text class="tick" x="${r1(mid)}" y="${height - m.bottom + 18}" text-anchor="middle">${y}</text>`;
		})
		.join('');
	const rows = themes
		.map((t, i) => {
			const cy = m.top + i * rowH + rowH / 2;
			const marks = events
				.filter((e) => e.themes.includes(t))
				.map(
					(e) =>
						`<circle class="dot" cx="${r1(x(new Date(time(e.date))))}" cy="${r1(cy)}" r="${opts.narrow ? 4 : 5}"><title>${esc(`${e.date}: ${e.title}`)}</title></circle>`,
				)
				.join('');
			return `<g class="row"><line class="row-line" x1="${m.left}" x2="${width - m.right}" y1="${r1(cy)}" y2="${r1(cy)}"/><text class="tick" x="${m.left - 8}" y="${r1(cy + 4)}" text-anchor="end">${esc(THEME_LABELS[t])}</text>${marks}</g>`;
		})
		.join('');
	const counts = themes.map((t) => {
		const byYear = years.map((y) => events.filter((e) => e.themes.includes(t) && e.date.startsWith(y)).length);
		return { theme: t, label: THEME_LABELS[t], byYear, total: byYear.reduce((a, b) => a + b, 0) };
	});
	const busiest = [...counts].sort((a, b) => b.total - a.total)[0];
	const alt = `${events.length} policy events from ${first} to ${last}, one dot per event in each of its themes${
		busiest ? `; the busiest theme is ${busiest.label.toLowerCase()}, with ${busiest.total}` : ''
	}. The table below gives the counts by year.`;
	const svg = `<svg class="chart-svg timeline-overview${opts.narrow ? ' narrow' : ' wide'}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${opts.titleId}"><title id="${opts.titleId}">${esc(alt)}</title>${yearLines}${rows}${yearLabels}</svg>`;
	return { svg, alt, years, counts };
}
