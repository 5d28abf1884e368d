import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { N, shingles, words } from '../../scripts/make-seed-fingerprint.mjs';
import fingerprint from '../fixtures/seed-fingerprint.json';

const seed = new Set(fingerprint.hashes);
const chapters = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx'));

/** Prose only: front matter, JSX tags and expressions removed. */
function prose(mdx: string): string {
	return mdx.replace(/^---[\s\S]*?---/, ' ').replace(/<[^>]*>/g, ' ').replace(/\{[^}]*\}/g, ' ');
}

describe('chapters paraphrase the essay', () => {
	it.each(chapters)('%s copies no run of eight words from it', (file) => {
		const text = prose(readFileSync(`content/chapters/${file}`, 'utf8'));
		const copied = [...(shingles(text) as Set<string>)].filter((h) => seed.has(h));
		if (copied.length) {
			const w = words(text) as string[];
			const runs: string[] = [];
			for (let i = 0; i + N <= w.length; i++) {
				const s = w.slice(i, i + N).join(' ');
				if ((shingles(s) as Set<string>).size && [...(shingles(s) as Set<string>)].some((h) => seed.has(h))) runs.push(s);
			}
			expect(runs, `copied from the essay in ${file}`).toEqual([]);
		}
		expect(copied).toEqual([]);
	});
});
