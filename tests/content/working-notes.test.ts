/**
 * Readers never see working notes. How a source was found or checked belongs in `editorNote`
 * (editors only); the fields the site prints must not carry it. This scans every YAML file in
 * content/ (and chapter front matter) for the reader-facing fields at any depth.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { frontMatterText } from '../../src/lib/raw-dates';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');

/** Fields the site prints. `editorNote` is deliberately absent. */
const READER_FIELDS = new Set(['title', 'note', 'confidenceNote', 'summary', 'whyItMatters', 'dateNote']);

/** Phrases that describe how a source was found or checked, with a hint for the editor. */
const WORKING_NOTE_PHRASES: readonly { pattern: RegExp; what: string }[] = [
	{ pattern: /\bfound (it )?through\b/i, what: 'how the source was found' },
	{ pattern: /\bstored[- ](page|code|docs?|copy|corpus)\b/i, what: 'a mention of the stored search copies' },
	{ pattern: /\b(paraphrased|reconstructed) from the url\b|\burl slug\b/i, what: 'a title built from the URL' },
	{ pattern: /\btitle (was )?(paraphrased|reconstructed|descriptive|truncated)\b/i, what: 'a note on how the title was made' },
	{ pattern: /\b(read|seen|text read)( only)? (via|through|on) (a|an|the) ([\w-]+ )?(mirror|third-party site)\b/i, what: 'how the text was read' },
	{ pattern: /\burl (was )?(found|built|as cited)\b/i, what: 'how the URL was found' },
	{ pattern: /\bnot opened\b|\bthe researcher\b/i, what: 'what the researcher did or did not open' },
	{ pattern: /shared\/(reference|seed)|\/work\/shared|\.\.\/shared/i, what: 'a path outside the repository' },
];

interface Hit {
	file: string;
	field: string;
	what: string;
	text: string;
}

/** Every reader-facing string in a parsed YAML value, with its dotted path. */
function readerStrings(value: unknown, path = ''): { field: string; text: string }[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => readerStrings(v, `${path}[${i}]`));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
		const field = path ? `${path}.${key}` : key;
		if (typeof v === 'string') return READER_FIELDS.has(key) ? [{ field, text: v }] : [];
		return readerStrings(v, field);
	});
}

/** Reader-facing fields of one file that carry a working-note phrase (one hit per field). */
function workingNoteHits(file: string, data: unknown): Hit[] {
	return readerStrings(data).flatMap(({ field, text }) => {
		const phrase = WORKING_NOTE_PHRASES.find((p) => p.pattern.test(text));
		return phrase ? [{ file, field, what: phrase.what, text }] : [];
	});
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

const files = walk(CONTENT)
	.filter((f) => /\.(ya?ml|mdx)$/.test(f))
	.sort();

function dataOf(full: string): unknown {
	const text = readFileSync(full, 'utf8');
	return parse(full.endsWith('.mdx') ? frontMatterText(text) : text);
}

describe('reader-facing text in content/', () => {
	it('is scanned in every collection', () => {
		expect(files.some((f) => f.includes(`${join('content', 'sources')}`))).toBe(true);
		expect(files.some((f) => f.includes(`${join('content', 'timeline')}`))).toBe(true);
	});

	it('carries no working notes (move them to editorNote)', () => {
		const hits = files.flatMap((f) => workingNoteHits(relative(ROOT, f), dataOf(f)));
		const report = hits.map((h) => `${h.file}: ${h.field}: ${h.what} belongs in editorNote: "${h.text.slice(0, 120)}"`);
		expect(report).toEqual([]);
	});
});

describe('working-note detector', () => {
	const flagged = (data: unknown) => workingNoteHits('x.yaml', data).map((h) => h.field);

	it.each([
		['URL found through the stored-page search, not listed anywhere.'],
		['Title paraphrased from the URL slug.'],
		['Title reconstructed from the URL.'],
		['Text read via a mirror.'],
		['The fact sheet was read on a third-party site that reproduces it.'],
		['Cited in shared/reference/policy-timeline.md.'],
		['URL as cited by a third party; not opened by the researcher.'],
	])('flags %s in a note', (text) => {
		expect(flagged({ note: text })).toEqual(['note']);
	});

	it('looks into nested records and every reader-facing field', () => {
		expect(flagged({ figures: [{ value: 1, note: 'Title descriptive.' }], summary: 'See shared/reference.' })).toEqual(['figures[0].note', 'summary']);
	});

	it('leaves editorNote and ordinary caveats alone', () => {
		expect(flagged({ editorNote: 'Title reconstructed from the URL; found through the stored-page search.' })).toEqual([]);
		expect(flagged({ note: 'The abstract and the full text give different price rises; quote one, with attribution.' })).toEqual([]);
		expect(flagged({ confidenceNote: 'Whether the governor signed the bill was not found in the sources.' })).toEqual([]);
	});
});
