/**
 * Content collections written by editors in content/. Data files that the engine also needs
 * (sources, assumptions, presets, scenarios) are validated in src/data/registry.ts instead.
 * A mistake fails `npm run build` with the file, the field and what is allowed.
 */
import { readdirSync } from 'node:fs';

import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';

import { CALCULATOR_ORDER } from './registry/calculators';
import { changelogEntrySchema } from './schemas/changelog';
import { chapterSchema } from './schemas/chapter';
import { timelineEventSchema } from './schemas/timeline';

const idsIn = (dir: string) =>
	new Set(
		readdirSync(dir)
			.filter((f) => /\.ya?ml$/.test(f))
			.map((f) => f.replace(/\.ya?ml$/, '')),
	);
let sourceIds: Set<string> | undefined;
let eventIds: Set<string> | undefined;
let chapterSlugs: Set<string> | undefined;

/** Report chapters: content/chapters/<slug>.mdx, published at /report/<slug>/. */
const chapters = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
	schema: chapterSchema(CALCULATOR_ORDER),
});

/** Policy timeline: one event per file, content/timeline/<id>.yaml, shown at /timeline/#<id>. */
const timeline = defineCollection({
	loader: glob({ pattern: '*.{yaml,yml}', base: './content/timeline' }),
	schema: timelineEventSchema({
		sourceIds: () => (sourceIds ??= idsIn('content/sources')),
		eventIds: () => (eventIds ??= idsIn('content/timeline')),
	}),
});

/** Changelog: one dated update or correction per file, content/changelog/<yyyy-mm-dd>-<slug>.yaml, shown at /changelog/. */
const changelog = defineCollection({
	loader: glob({ pattern: '*.{yaml,yml}', base: './content/changelog' }),
	schema: changelogEntrySchema({
		chapterSlugs: () =>
			(chapterSlugs ??= new Set(
				readdirSync('content/chapters')
					.filter((f) => f.endsWith('.mdx'))
					.map((f) => f.slice(0, -'.mdx'.length)),
			)),
	}),
});

export const collections = { chapters, timeline, changelog };
