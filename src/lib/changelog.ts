import { getCollection, type CollectionEntry } from 'astro:content';

import { rawDateProblems } from './raw-dates';
import { changelogFileNameProblems } from '../schemas/changelog';

const CHANGELOG_RAW = import.meta.glob('/content/changelog/*.{yaml,yml}', {
	query: '?raw',
	import: 'default',
	eager: true,
});

export type ChangelogItem = CollectionEntry<'changelog'>;

/**
 * Changelog entries, newest first (same day: by file name). Fails the build when a file name does
 * not start with the entry's date, or when a date is impossible (js-yaml would roll it over).
 */
export async function getChangelog(): Promise<ChangelogItem[]> {
	const all = await getCollection('changelog');
	const problems: string[] = [];
	for (const entry of all)
		problems.push(
			...changelogFileNameProblems(entry.filePath ?? `content/changelog/${entry.id}.yaml`, entry.id, entry.data.date),
		);
	for (const [path, text] of Object.entries(CHANGELOG_RAW))
		problems.push(...rawDateProblems(path.replace(/^\//, ''), String(text), ['date']));
	if (problems.length)
		throw new Error(`Changelog has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	return all.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}
