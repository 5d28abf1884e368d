/**
 * Astro reads content YAML with js-yaml, which turns `date: 2025-07-32` into a Date and rolls it
 * over to August 1 before the schema sees it. This reads the raw text with the `yaml` package
 * (YAML 1.2: dates stay text) and checks every date field, so an impossible date fails the build.
 */
import { parse as parseYaml } from 'yaml';

import { isoDate } from '../schemas/common';

/** Problems as `file: field: message` lines; empty when every date is a real calendar date. */
export function rawDateProblems(path: string, text: string, fields: readonly string[]): string[] {
	let data: unknown;
	try {
		data = parseYaml(text);
	} catch {
		return []; // the content loader reports YAML syntax errors itself
	}
	if (typeof data !== 'object' || data === null) return [];
	const problems: string[] = [];
	for (const field of fields) {
		const value = (data as Record<string, unknown>)[field];
		if (value === undefined) continue;
		const parsed = isoDate.safeParse(typeof value === 'string' ? value : String(value));
		if (!parsed.success)
			problems.push(
				`${path}: ${field}: ${parsed.error.issues[0]?.message ?? 'expected a date like 2025-07-23'} (got "${String(value)}")`,
			);
	}
	return problems;
}

/** The YAML front matter of an MDX file, as text (empty if none). */
export function frontMatterText(mdx: string): string {
	const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx);
	return m?.[1] ?? '';
}

const TIMELINE_RAW = import.meta.glob('/content/timeline/*.{yaml,yml}', {
	query: '?raw',
	import: 'default',
	eager: true,
});

/** Throws if any timeline file has an impossible date that js-yaml would silently roll over. */
export function assertTimelineDates(): void {
	const problems = Object.entries(TIMELINE_RAW).flatMap(([path, text]) =>
		rawDateProblems(path.replace(/^\//, ''), String(text), ['date', 'endDate']),
	);
	if (problems.length)
		throw new Error(`Timeline has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
