/**
 * Every real content file passes the checks the build makes, so a broken file is caught by
 * `npm run test:unit` before anyone waits for a build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { buildCitedIn } from '../../src/components/report/cited-in';
import { frontMatterText, rawDateProblems } from '../../src/lib/raw-dates';
import { registry } from '../../src/data/registry';
import { CALCULATORS } from '../../src/registry/calculators';
import { checkCitations, citedIds, timelineIds } from '../../src/lib/citations';
import { chapterSchema } from '../../src/schemas/chapter';
import { CALCULATOR_ORDER } from '../../src/registry/calculators';
import { parseWithFriendlyErrors } from '../../src/schemas/friendly-errors';
import { ROOT, readDir, realTimelineSchema } from './fixtures';

const chapters = readDir('chapters', /\.mdx$/).map((f) => {
	const data = parseWithFriendlyErrors(chapterSchema(CALCULATOR_ORDER), parse(frontMatterText(f.text)), f.path);
	return { ...f, id: f.path.replace(/^.*\//, '').replace(/\.mdx$/, ''), data, body: f.text.replace(/^---[\s\S]*?\n---/, '') };
});
const events = readDir('timeline');
const eventIds = new Set(events.map((f) => f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '')));
const ASSUMPTION = /<Assumption\s+[^>]*?\bid=["']([^"']+)["']/g;
const CALC_ATTR = /<(?:Figure|CalculatorEmbed)\s+[^>]*?\bcalc=["']([^"']+)["']/g;

describe('chapters', () => {
	it('exist', () => expect(chapters.length).toBeGreaterThan(0));

	it.each(chapters.map((c) => [c.path, c] as const))('%s has valid front matter, real dates and known citations', (_path, c) => {
		expect(checkCitations(c.path, c.body, registry.sources)).toEqual([]);
		expect(rawDateProblems(c.path, frontMatterText(c.text), ['published', 'updated', 'reviewed'])).toEqual([]);
	});

	it('have unique order numbers among published chapters', () => {
		const orders = chapters.filter((c) => !c.data.draft).map((c) => `${c.data.order}`);
		const dupes = orders.filter((o, i) => orders.indexOf(o) !== i);
		expect(dupes, `duplicate order numbers: ${dupes.join(', ')}`).toEqual([]);
	});

	it('use only assumption ids that exist in the registry', () => {
		const unknown = chapters.flatMap((c) => [...c.body.matchAll(ASSUMPTION)].map((m) => m[1]!).filter((id) => !registry.assumptions.has(id)).map((id) => `${c.path}: <Assumption id="${id}">`));
		expect(unknown).toEqual([]);
	});

	it('link only to timeline events that exist', () => {
		const unknown = chapters.flatMap((c) => timelineIds(c.body).filter((id) => !eventIds.has(id)).map((id) => `${c.path}: <TimelineLink id="${id}">`));
		expect(unknown).toEqual([]);
	});

	it('name only calculators that exist in figures and embeds', () => {
		const unknown = chapters.flatMap((c) => [...c.body.matchAll(CALC_ATTR)].map((m) => m[1]!).filter((id) => !(id in CALCULATORS)).map((id) => `${c.path}: calc="${id}"`));
		expect(unknown).toEqual([]);
	});
});

describe('timeline events', () => {
	const schema = realTimelineSchema();
	it.each(events.map((f) => [f.path, f] as const))('%s is valid', (path, f) => {
		expect(() => parseWithFriendlyErrors(schema, parse(f.text), path)).not.toThrow();
		expect(rawDateProblems(path, f.text, ['date', 'endDate'])).toEqual([]);
		// the id is the file name and starts with the event's year
		const id = path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
		expect(id.slice(0, 4)).toBe(String(parse(f.text).date).slice(0, 4));
	});
});

describe('sources', () => {
	it('every source has an http(s) url and an accessed date', () => {
		const bad = [...registry.sources.values()].filter((s) => !/^https?:\/\//.test(s.url) || !/^\d{4}-\d{2}-\d{2}$/.test(s.accessed)).map((s) => s.id);
		expect(bad).toEqual([]);
	});

	it('every source file is in the registry (none dropped silently)', () => {
		expect(registry.sources.size).toBe(readDir('sources').length);
	});

	it('every source cited by a chapter lists that chapter under "Cited in"', () => {
		const map = buildCitedIn({
			chapters: chapters.map((c) => ({ id: c.id, body: c.body, data: c.data })),
			events: events.map((f) => ({ id: f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), data: parse(f.text) as { title: string; sources: string[] } })),
			assumptions: registry.assumptions.values(),
			accelerators: registry.accelerators,
		});
		for (const c of chapters) for (const id of citedIds(c.body)) expect(map.get(id)?.map((p) => p.href)).toContain(`/report/${c.id}/#ref-${id}`);
	});
});

describe('editors’ guide', () => {
	it('content/README.md exists and documents every MDX component', () => {
		const guide = readFileSync(join(ROOT, 'content', 'README.md'), 'utf8');
		for (const name of ['Cite', 'Figure', 'Claim', 'Assumption', 'Callout', 'CalculatorEmbed', 'TimelineLink']) expect(guide).toContain(`<${name} `);
	});
});
