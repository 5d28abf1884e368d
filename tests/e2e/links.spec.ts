/**
 * Link check over the built site (dist/ after `npm run build`): every internal link and every
 * #anchor in every page resolves. A page must exist in dist/, and an anchor must exist as an id
 * in the target page. External links are listed but never fetched.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { DIST, builtPages } from './helpers/site';

const PAGES = builtPages();
const BASE = 'https://site.invalid';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const decode = (s: string) =>
	s
		.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e]!)
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

/** Internal references of a page: <a href>, <link href>, and src of scripts, images and frames. */
function references(html: string): string[] {
	const out: string[] = [];
	for (const m of html.matchAll(/<(a|link|area)\b[^>]*?\shref="([^"]*)"/gi)) out.push(decode(m[2]!));
	for (const m of html.matchAll(/<(script|img|iframe|source)\b[^>]*?\ssrc="([^"]*)"/gi)) out.push(decode(m[2]!));
	return out;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let ids = idCache.get(file);
	if (!ids) {
		const html = readFileSync(file, 'utf8');
		ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1]!)));
		idCache.set(file, ids);
	}
	return ids;
}

/** The file in dist/ a URL path resolves to, or why it does not. */
function resolve(pathname: string): { file?: string; problem?: string } {
	const path = decodeURIComponent(pathname);
	if (path.endsWith('/')) {
		const file = join(DIST, path, 'index.html');
		return existsSync(file) ? { file } : { problem: 'no such page' };
	}
	const file = join(DIST, path);
	if (existsSync(file) && statSync(file).isFile()) return { file };
	if (existsSync(join(file, 'index.html')))
		return { problem: 'missing trailing slash (the site uses trailingSlash: "always")' };
	return { problem: 'no such file' };
}

/** Problems with one reference from one page, or null when it resolves (or is external). */
export function checkReference(fromPath: string, ref: string): string | null {
	if (ref === '' || ref === '#') return null;
	if (/^(mailto|tel|javascript|data|blob):/i.test(ref)) return null;
	const url = new URL(ref, BASE + fromPath);
	if (url.origin !== BASE) return null; // external: not fetched
	const target = resolve(url.pathname);
	if (!target.file) return `${ref}: ${target.problem}`;
	const hash = url.hash.slice(1);
	if (!hash || !target.file.endsWith('.html')) return null;
	const id = decodeURIComponent(hash);
	return idsOf(target.file).has(id) ? null : `${ref}: no element with id="${id}" in ${url.pathname}`;
}

test('the build has pages to check', () => {
	expect(PAGES.length, 'run `npm run build` first').toBeGreaterThan(0);
});

test.describe('internal links and anchors resolve', () => {
	for (const page of PAGES) {
		test(`links ${page.path}`, () => {
			const html = readFileSync(page.file, 'utf8');
			const problems = [...new Set(references(html))]
				.map((ref) => checkReference(page.path, ref))
				.filter((p): p is string => p !== null);
			expect(problems, `broken links in ${page.path}`).toEqual([]);
		});
	}
});

test('ids are unique within each page', () => {
	const problems: string[] = [];
	for (const page of PAGES) {
		const ids = [...readFileSync(page.file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
		const dupes = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
		if (dupes.length) problems.push(`${page.path}: ${dupes.join(', ')}`);
	}
	expect(problems).toEqual([]);
});

test('the link checker itself catches what it should', () => {
	const from = '/timeline/';
	expect(checkReference(from, '/timeline/#2025-07-23-eo-14318')).toBeNull();
	expect(checkReference(from, '#2025-07-23-eo-14318')).toBeNull();
	expect(checkReference(from, 'https://example.org/#nothing')).toBeNull();
	expect(checkReference(from, '/timeline/#no-such-event')).toContain('no element with id="no-such-event"');
	expect(checkReference(from, '/no-such-page/')).toContain('no such page');
	expect(checkReference(from, '/timeline')).toContain('missing trailing slash');
});
