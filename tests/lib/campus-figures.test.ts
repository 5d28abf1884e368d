import { describe, expect, it } from 'vitest';

import { registry } from '../../src/data/registry';
import { powerChart, powerPoints, usMap, worldMap } from '../../src/lib/campus-figures';

const campuses = [...registry.campuses.values()];
const numbers = new Map(campuses.map((c, i) => [c.id, i + 1]));
const marks = (svg: string) => (svg.match(/class="mark mark-/g) ?? []).length;

describe('campus maps', () => {
	it('draw one mark per campus on the world map, each named in its own title, with a title for the map', () => {
		const { svg, alt } = worldMap(campuses, numbers);
		expect(marks(svg)).toBe(campuses.length);
		expect(svg).toContain('<title id="world-map-title">');
		expect(alt).toContain(String(campuses.length));
		// Marks are not links: an image must not hold controls (the table below links each campus).
		expect(svg).not.toContain('<a ');
		for (const c of campuses) expect(svg).toContain(`<title>${c.name}, `);
	});

	it('draw only US campuses on the US map', () => {
		expect(marks(usMap(campuses, numbers).svg)).toBe(campuses.filter((c) => c.location.country === 'US').length);
	});

	it('load nothing at run time: no external references in the SVG', () => {
		expect(worldMap(campuses, numbers).svg).not.toMatch(/https?:\/\//);
	});
});

describe('powerChart', () => {
	it('plots one mark per campus with planned power and a date', () => {
		const points = powerPoints(campuses, numbers);
		expect(points.length).toBeGreaterThan(0);
		for (const p of points) expect(registry.campuses.get(p.id)?.power.plannedMw).toBeDefined();
		expect(marks(powerChart(points).svg)).toBe(points.length);
	});

	it('draws a range bar for each conflicting report', () => {
		const points = powerPoints(campuses, numbers);
		const ranges = points.filter((p) => p.mw.low !== p.mw.high).length;
		expect((powerChart(points).svg.match(/class="range"/g) ?? []).length).toBe(ranges);
	});
});
