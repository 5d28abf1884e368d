import { getCollection, type CollectionEntry } from 'astro:content';

import { registry } from '../data/registry';
import { frontMatterText, rawDateProblems } from './raw-dates';
import { checkCitations } from './citations';

const CHAPTERS_RAW = import.meta.glob('/content/chapters/*.mdx', { query: '?raw', import: 'default', eager: true });

export type Chapter = CollectionEntry<'chapters'>;

/** Published chapters in report order; fails the build on duplicate order numbers or bad citations. */
export async function getChapters(): Promise<Chapter[]> {
	const all = (await getCollection('chapters', (c) => !c.data.draft)).sort((a, b) => a.data.order - b.data.order);
	const problems: string[] = [];
	const seen = new Map<number, string>();
	for (const c of all) {
		const file = `content/chapters/${c.id}.mdx`;
		const other = seen.get(c.data.order);
		if (other)
			problems.push(`${file}: order: ${c.data.order} is already used by ${other}; give each chapter its own number`);
		seen.set(c.data.order, file);
		problems.push(...checkCitations(file, c.body ?? '', registry.sources));
	}
	// js-yaml rolls impossible dates over (2025-02-30 → March 2), so read the raw front matter too.
	for (const [path, text] of Object.entries(CHAPTERS_RAW))
		problems.push(
			...rawDateProblems(path.replace(/^\//, ''), frontMatterText(String(text)), ['published', 'updated', 'reviewed']),
		);
	if (problems.length)
		throw new Error(`Chapters have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	return all;
}
