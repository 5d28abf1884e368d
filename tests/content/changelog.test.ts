/** Editor mistakes in a changelog entry, fed to the real schema: each message names the file and the field. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { rawDateProblems } from '../../src/lib/raw-dates';
import { changelogEntrySchema, changelogFileNameProblems } from '../../src/schemas/changelog';
import { parseWithFriendlyErrors } from '../../src/schemas/friendly-errors';
import { readDir } from './fixtures';

const chapterSlugs = new Set(readDir('chapters', /\.mdx$/).map((f) => f.path.replace(/^.*\//, '').replace(/\.mdx$/, '')));
const schema = changelogEntrySchema({ chapterSlugs: () => chapterSlugs });
const FILE = 'content/changelog/2026-12-01-chapters-current.yaml';

const good = `
date: 2026-12-01
title: Chapters brought current to December 2026
kind: update
summary: Every chapter was checked against its sources and stale figures were replaced.
pages:
  - /report/energy-constraint/
  - /timeline/#2025-07-23-eo-14318
`;

/** Parses the entry with one line replaced (or removed when `to` is empty). */
function entry(from?: RegExp, to = ''): unknown {
	const text = from ? good.replace(from, to) : good;
	if (from && text === good) throw new Error(`fixture: ${String(from)} not found`);
	return parse(text);
}
const check = (data: unknown) => parseWithFriendlyErrors(schema, data, FILE);

describe('changelog entry schema', () => {
	it('accepts a well-formed entry', () => {
		expect(check(entry())).toMatchObject({ date: '2026-12-01', kind: 'update', pages: ['/report/energy-constraint/', '/timeline/#2025-07-23-eo-14318'] });
	});

	it('reports a misspelt kind and lists the allowed kinds', () => {
		expect(() => check(entry(/^kind:.*$/m, 'kind: fix'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/changelog/2026-12-01-chapters-current.yaml
			  - kind: kind must be one of update, correction, new]
		`);
	});

	it('reports a missing summary and a missing date', () => {
		expect(() => check(parse(good.replace(/^summary:.*$/m, '').replace(/^date:.*$/m, '')))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/changelog/2026-12-01-chapters-current.yaml
			  - date: expected a date like 2025-07-23
			  - summary: summary is required]
		`);
	});

	it('catches an impossible date that js-yaml would roll over to the next month', () => {
		expect(rawDateProblems(FILE, good.replace('date: 2026-12-01', 'date: 2026-11-31'), ['date'])).toMatchInlineSnapshot(`
			[
			  "content/changelog/2026-12-01-chapters-current.yaml: date: is not a real calendar date (got "2026-11-31")",
			]
		`);
	});

	it('reports a full URL where a site path belongs, naming the list position', () => {
		expect(() => check(entry(/^ {2}- \/timeline\/.*$/m, '  - https://example.org/timeline/'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/changelog/2026-12-01-chapters-current.yaml
			  - pages[1]: write a site path that starts and ends with "/", e.g. /report/energy-constraint/ or /timeline/ (no domain, no .html)]
		`);
	});

	it('reports a path without its trailing slash', () => {
		expect(() => check(entry(/^ {2}- \/timeline\/.*$/m, '  - /timeline'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/changelog/2026-12-01-chapters-current.yaml
			  - pages[1]: write a site path that starts and ends with "/", e.g. /report/energy-constraint/ or /timeline/ (no domain, no .html)]
		`);
	});

	it('reports a chapter that does not exist', () => {
		expect(() => check(entry(/energy-constraint/, 'energy-constraints'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/changelog/2026-12-01-chapters-current.yaml
			  - pages[0]: no chapter "energy-constraints"; it must be a file name in content/chapters/ (without .mdx)]
		`);
	});

	it('reports an empty list of pages', () => {
		expect(() => check(parse(good.replace(/^pages:[\s\S]*$/m, 'pages: []')))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/changelog/2026-12-01-chapters-current.yaml
			  - pages: list at least one affected page]
		`);
	});

	it('reports an unknown field, such as a misspelt one', () => {
		expect(() => check(parse(`${good}pagse: [/timeline/]\n`))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/changelog/2026-12-01-chapters-current.yaml
			  - (file): Unrecognized key: "pagse"]
		`);
	});
});

describe(changelogFileNameProblems, () => {
	it('accepts a file name that starts with the entry date', () => {
		expect(changelogFileNameProblems(FILE, '2026-12-01-chapters-current', '2026-12-01')).toEqual([]);
	});

	it('reports a file name whose date differs from the entry', () => {
		expect(changelogFileNameProblems(FILE, '2026-12-01-chapters-current', '2026-12-02')).toMatchInlineSnapshot(`
			[
			  "content/changelog/2026-12-01-chapters-current.yaml: date: 2026-12-02 does not match the file name, which starts with 2026-12-01; change one of them",
			]
		`);
	});

	it('reports a file name without a date', () => {
		expect(changelogFileNameProblems('content/changelog/chapters-current.yaml', 'chapters-current', '2026-12-01')).toMatchInlineSnapshot(`
			[
			  "content/changelog/chapters-current.yaml: (file name): name the file <yyyy-mm-dd>-<slug>.yaml, e.g. 2026-12-01-chapters-current.yaml",
			]
		`);
	});
});

describe('real changelog entries', () => {
	const files = readDir('changelog');

	it('exist, starting with the first publication', () => {
		expect(files.map((f) => f.path)).toContain('content/changelog/2026-11-27-first-publication.yaml');
	});

	it.each(files.map((f) => [f.path, f] as const))('%s is valid, with real dates and a file name that starts with its date', (path, f) => {
		const data = parseWithFriendlyErrors(schema, parse(f.text), path);
		expect(rawDateProblems(path, f.text, ['date'])).toEqual([]);
		expect(changelogFileNameProblems(path, path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), data.date)).toEqual([]);
	});
});
