/**
 * Editor mistakes in campus files (content/campuses/<id>.yaml), fed to the real buildRegistry as
 * in-memory files: every message names the file and the field.
 */
import { describe, expect, it } from 'vitest';

import { buildRegistry } from '../../src/data/build-registry';
import { edit, realRegistryFiles } from './fixtures';

const real = realRegistryFiles();
const build = (patch: Partial<typeof real>) => () => buildRegistry({ ...real, ...patch });
const ABILENE = 'content/campuses/stargate-abilene.yaml';
const broken = (from: string | RegExp, to: string) => build({ campuses: edit(real.campuses, ABILENE, from, to) });

const MINIMAL = `name: A test campus
operators: [Someone]
location: { place: "Somewhere, Texas", country: US, lat: 32, lon: -99 }
status: building
summary: "A campus used only to test the editor messages of the campus schema."
`;
const extra = (text: string, name = 'my-campus') => build({ campuses: [...real.campuses, { path: `content/campuses/${name}.yaml`, text }] });

describe('campus files on the real content', () => {
	it('load without problems, one campus per file', () => {
		const r = buildRegistry(real);
		expect(r.campuses.size).toBe(real.campuses.length);
		expect(r.campuses.size).toBeGreaterThanOrEqual(15);
	});

	it('keep conflicting reports as a range, not one value', () => {
		const abilene = buildRegistry(real).campuses.get('stargate-abilene');
		expect(abilene?.accelerators[0]?.count).toMatchObject({ low: expect.any(Number), high: expect.any(Number) });
		expect(abilene?.accelerators[0]?.count?.value).toBeUndefined();
	});

	it('name only accelerator presets and source ids that exist', () => {
		const r = buildRegistry(real);
		const presets = new Set(r.accelerators.map((a) => a.id));
		for (const c of r.campuses.values()) {
			for (const a of c.accelerators) for (const p of [a.preset, a.closestPreset]) if (p !== undefined) expect(presets, `${c.id}: ${p}`).toContain(p);
			const ids = [
				...c.accelerators.flatMap((a) => [...(a.count?.sources ?? []), ...(a.sources ?? [])]),
				...Object.values(c.power).flatMap((f) => (typeof f === 'object' ? f.sources : [])),
				...c.cooling.sources,
				...Object.values(c.dates).flatMap((d) => d?.sources ?? []),
			];
			for (const id of ids) expect(r.sources.has(id), `${c.id}: source ${id}`).toBe(true);
		}
	});

	it('accept a minimal announced campus with no figures', () => {
		expect(() => extra(MINIMAL)()).not.toThrow();
	});
});

describe('campus mistakes', () => {
	it('reports an unknown status', () => {
		expect(broken('status: operating', 'status: live')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/campuses/stargate-abilene.yaml: status: status must be one of operating, building, announced]
		`);
	});

	it('reports an unknown source id inside a figure', () => {
		expect(broken('sources: [crusoe-tallgrass-wyoming-2025, tomshardware-oracle-abilene-gb200-2025]', 'sources: [crusoe-abilene-2025]')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/campuses/stargate-abilene.yaml: power.plannedMw.sources[0]: unknown source id "crusoe-abilene-2025"; add content/sources/crusoe-abilene-2025.yaml or fix the id]
		`);
	});

	it('reports an unknown accelerator preset and lists the known ones', () => {
		// The list of presets grows as presets are added, so only its start is pinned here.
		expect(broken('preset: gb200', 'preset: gb-200')).toThrow(
			/content\/campuses\/stargate-abilene\.yaml: accelerators\[0\]\.preset: unknown accelerator preset "gb-200"; expected one of a100, b200, /,
		);
	});

	it('reports a figure that is both a value and a range', () => {
		expect(broken('count: { low: 400000, high: 450000,', 'count: { value: 425000, low: 400000, high: 450000,')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/campuses/stargate-abilene.yaml: accelerators[0].count.value: give value or low and high, not both; conflicting reports are a range]
		`);
	});

	it('reports a range with only one end', () => {
		expect(broken('count: { low: 400000, high: 450000,', 'count: { low: 400000,')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/campuses/stargate-abilene.yaml: accelerators[0].count.high: give both low and high, or neither]
		`);
	});

	it('reports a figure without sources', () => {
		expect(broken(/plannedMw: \{ value: 1200, sources: \[[^\]]*\],/, 'plannedMw: { value: 1200,')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/campuses/stargate-abilene.yaml: power.plannedMw.sources: cite at least one source id, e.g. sources: [epoch-frontier-data-centers-hub]]
		`);
	});

	it('reports a misspelt field', () => {
		expect(broken('status: operating', 'status: operating\nstatuss: building')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/campuses/stargate-abilene.yaml: (file): Unrecognized key: "statuss"]
		`);
	});

	it('reports a longitude out of range', () => {
		expect(extra(MINIMAL.replace('lon: -99', 'lon: -199'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/campuses/my-campus.yaml: location.lon: lon must be between -180 and 180]
		`);
	});

	it('reports a date that does not exist', () => {
		expect(broken('date: 2026-07-01', 'date: 2026-07-32')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/campuses/stargate-abilene.yaml: dates.fullPower.date: is not a real calendar date]
		`);
	});

	it('reports a file name that is not a valid id', () => {
		expect(extra(MINIMAL, 'My_Campus')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/campuses/My_Campus.yaml: (file name): use lower-case letters, digits and hyphens only; the file name is the campus id]
		`);
	});
});
