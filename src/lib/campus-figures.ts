/**
 * Build-time SVG figures for /campuses/: a world map and a US map of the campuses (d3-geo with
 * world-atlas and us-atlas read from node_modules, no tiles, no requests), and reported power against
 * date (d3-scale). Pure: data in, SVG markup out; no client JavaScript.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { geoAlbersUsa, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { scaleLog, scaleUtc } from 'd3-scale';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import type { Campus, CampusStatus } from '../schemas/campus';
import { spanOf, type Span } from './campus-power';
import { esc, r1 } from './svg';

const require = createRequire(import.meta.url);
const readTopology = (path: string) => JSON.parse(readFileSync(require.resolve(path), 'utf8')) as Topology;

export const STATUS_LABELS: Record<CampusStatus, string> = {
	operating: 'Operating',
	building: 'Building',
	announced: 'Announced',
};
const STATUS_SHAPES: Record<CampusStatus, string> = { operating: 'circle', building: 'square', announced: 'diamond' };

/** A marker whose shape, not only its colour, says the status. */
function marker(status: CampusStatus, x: number, y: number, size = 5): string {
	const cls = `mark mark-${status}`;
	if (STATUS_SHAPES[status] === 'circle') return `<circle class="${cls}" cx="${r1(x)}" cy="${r1(y)}" r="${size}"/>`;
	if (STATUS_SHAPES[status] === 'square')
		return `<rect class="${cls}" x="${r1(x - size)}" y="${r1(y - size)}" width="${size * 2}" height="${size * 2}"/>`;
	return `<path class="${cls}" d="M${r1(x)},${r1(y - size - 1)}L${r1(x + size + 1)},${r1(y)}L${r1(x)},${r1(y + size + 1)}L${r1(x - size - 1)},${r1(y)}Z"/>`;
}

export interface SvgFigure {
	readonly svg: string;
	/** Short text alternative, read by screen readers (the table below each figure has the data). */
	readonly alt: string;
}

interface MapOptions {
	readonly width: number;
	readonly height: number;
	readonly titleId: string;
}

function pointList(
	campuses: readonly Campus[],
	project: (lonLat: [number, number]) => [number, number] | null,
	numbers: ReadonlyMap<string, number>,
	label: (c: Campus) => boolean = () => true,
): string {
	return campuses
		.map((c) => {
			const p = project([c.location.lon, c.location.lat]);
			if (!p) return '';
			const n = numbers.get(c.id);
			const text = label(c) ? `<text class="mark-label" x="${r1(p[0] + 7)}" y="${r1(p[1] + 4)}">${n}</text>` : '';
			return `<g><title>${esc(`${c.name}, ${c.location.place}: ${STATUS_LABELS[c.status]}`)}</title>${marker(c.status, p[0], p[1])}${text}</g>`;
		})
		.join('');
}

/** Campuses on a world map (Equal Earth projection, world-atlas 110m land and borders). */
export function worldMap(
	campuses: readonly Campus[],
	numbers: ReadonlyMap<string, number>,
	opts: MapOptions = { width: 960, height: 470, titleId: 'world-map-title' },
): SvgFigure {
	const world = readTopology('world-atlas/countries-110m.json');
	const land = feature(world, world.objects.land as GeometryCollection);
	const borders = mesh(world, world.objects.countries as GeometryCollection, (a, b) => a !== b);
	const projection = geoEqualEarth().fitExtent(
		[
			[8, 8],
			[opts.width - 8, opts.height - 8],
		],
		{ type: 'Sphere' } as GeoPermissibleObjects,
	);
	const path = geoPath(projection).digits(0);
	const outside = campuses.filter((c) => c.location.country !== 'US').length;
	const alt = `World map of ${campuses.length} AI campuses: ${campuses.length - outside} in the United States (numbered on the US map below), ${outside} elsewhere. Numbers match the table.`;
	const svg = `<svg class="campus-map" viewBox="0 0 ${opts.width} ${opts.height}" role="img" aria-labelledby="${opts.titleId}"><title id="${opts.titleId}">${esc(alt)}</title><path class="sphere" d="${path({ type: 'Sphere' } as GeoPermissibleObjects)}"/><path class="land" d="${path(land)}"/><path class="borders" d="${path(borders)}"/>${pointList(
		campuses,
		(p) => projection(p),
		numbers,
		(c) => c.location.country !== 'US',
	)}</svg>`;
	return { svg, alt };
}

/** US campuses on an Albers USA map (us-atlas 10m states). */
export function usMap(
	campuses: readonly Campus[],
	numbers: ReadonlyMap<string, number>,
	opts: MapOptions = { width: 960, height: 560, titleId: 'us-map-title' },
): SvgFigure {
	const us = readTopology('us-atlas/states-10m.json');
	const nation = feature(us, us.objects.nation as GeometryCollection);
	const states = mesh(us, us.objects.states as GeometryCollection, (a, b) => a !== b);
	const projection = geoAlbersUsa().fitExtent(
		[
			[8, 8],
			[opts.width - 8, opts.height - 8],
		],
		nation,
	);
	const path = geoPath(projection).digits(0);
	const inUs = campuses.filter((c) => c.location.country === 'US');
	const alt = `Map of the United States with ${inUs.length} AI campuses, clustered in Texas, the Midwest and the Southeast. Numbers match the table.`;
	const svg = `<svg class="campus-map" viewBox="0 0 ${opts.width} ${opts.height}" role="img" aria-labelledby="${opts.titleId}"><title id="${opts.titleId}">${esc(alt)}</title><path class="land" d="${path(nation)}"/><path class="borders" d="${path(states)}"/>${pointList(inUs, (p) => projection(p), numbers)}</svg>`;
	return { svg, alt };
}

export interface PowerPoint {
	readonly id: string;
	readonly name: string;
	readonly status: CampusStatus;
	/** When the reported power is (or is expected to be) reached. */
	readonly dateIso: string;
	readonly expected: boolean;
	readonly mw: Span;
	readonly number: number;
}

/** Campuses with a planned power figure and a full-power (or first-power) date, for the chart and its table. */
export function powerPoints(campuses: readonly Campus[], numbers: ReadonlyMap<string, number>): PowerPoint[] {
	return campuses.flatMap((c) => {
		const when = c.dates.fullPower ?? c.dates.firstPower;
		const planned = c.power.plannedMw;
		if (!when || !planned) return [];
		return [
			{
				id: c.id,
				name: c.name,
				status: c.status,
				dateIso: when.date,
				expected: when.expected,
				mw: spanOf(planned),
				number: numbers.get(c.id) ?? 0,
			},
		];
	});
}

/** Reported power at full build against the date it is (or was) reached; ranges as vertical bars. Log y axis, log-spaced ticks. */
export function powerChart(
	points: readonly PowerPoint[],
	opts = { width: 760, height: 400, titleId: 'power-chart-title' },
): SvgFigure {
	const m = { top: 16, right: 24, bottom: 44, left: 64 };
	const times = points.map((p) => Date.parse(`${p.dateIso}T00:00:00Z`));
	const x = scaleUtc()
		.domain([new Date(Math.min(...times) - 1.2e10), new Date(Math.max(...times) + 1.2e10)])
		.range([m.left, opts.width - m.right]);
	const y = scaleLog()
		.domain([100, 10000])
		.range([opts.height - m.bottom, m.top]);
	const yTicks = [100, 200, 500, 1000, 2000, 5000, 10000];
	const xTicks = x.ticks(6);
	const grid = yTicks
		.map(
			(t) =>
				`<line class="grid" x1="${m.left}" x2="${opts.width - m.right}" y1="${r1(y(t))}" y2="${r1(y(t))}"/><text class="tick" x="${m.left - 6}" y="${r1(y(t) + 4)}" text-anchor="end">${t >= 1000 ? `${t / 1000} GW` : `${t} MW`}</text>`,
		)
		.join('');
	const xAxis = xTicks
		.map(
			(t) =>
				`<text class="tick" x="${r1(x(t))}" y="${opts.height - m.bottom + 18}" text-anchor="middle">${t.getUTCFullYear()}${t.getUTCMonth() ? `-${String(t.getUTCMonth() + 1).padStart(2, '0')}` : ''}</text>`,
		)
		.join('');
	const marks = points
		.map((p, i) => {
			const cx = x(new Date(times[i]!));
			const bar =
				p.mw.low !== p.mw.high
					? `<line class="range" x1="${r1(cx)}" x2="${r1(cx)}" y1="${r1(y(p.mw.low))}" y2="${r1(y(p.mw.high))}"/>`
					: '';
			const cy = y(p.mw.high);
			return `<g class="${p.expected ? 'expected' : 'reached'}"><title>${esc(`${p.name}: ${p.mw.low === p.mw.high ? p.mw.low : `${p.mw.low}–${p.mw.high}`} MW`)}</title>${bar}${marker(p.status, cx, cy, 5)}<text class="mark-label" x="${r1(cx + 8)}" y="${r1(cy + 4)}">${p.number}</text></g>`;
		})
		.join('');
	const alt = `Reported power at full build for ${points.length} campuses against the date it is reached or expected, from ${Math.min(...points.map((p) => p.mw.low))} MW to ${Math.max(...points.map((p) => p.mw.high))} MW; planned campuses grow toward several gigawatts.`;
	const axisLabel = `<text class="axis-label" x="${m.left}" y="${opts.height - 6}">Date full power is reached or expected (hollow marks: expected)</text>`;
	const svg = `<svg class="power-chart" viewBox="0 0 ${opts.width} ${opts.height}" role="img" aria-labelledby="${opts.titleId}"><title id="${opts.titleId}">${esc(alt)}</title>${grid}<line class="axis" x1="${m.left}" x2="${opts.width - m.right}" y1="${opts.height - m.bottom}" y2="${opts.height - m.bottom}"/>${xAxis}${marks}${axisLabel}</svg>`;
	return { svg, alt };
}
