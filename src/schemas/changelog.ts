import { z } from 'zod';

import { isoDate } from './common';

/** What kind of change an entry records. */
const CHANGE_KINDS = ['update', 'correction', 'new'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
	update: 'Update',
	correction: 'Correction',
	new: 'New',
};

/** A site path as a reader types it after the domain: `/report/energy-constraint/`, `/timeline/#2025-07-23-eo-14318`. */
const SITE_PATH = /^\/(?:[a-z0-9][a-z0-9._-]*\/)*(?:#[a-z0-9][a-z0-9._-]*)?$/;

/**
 * Builds the schema of one changelog entry (`content/changelog/<yyyy-mm-dd>-<slug>.yaml`).
 * Paths under `/report/` are checked against the chapter slugs passed in, so a renamed chapter
 * fails the build instead of leaving a dead link.
 */
export function changelogEntrySchema(known: { chapterSlugs: () => ReadonlySet<string> }) {
	const sitePath = z
		.string({ error: 'each page is a site path such as /report/energy-constraint/' })
		.regex(SITE_PATH, {
			message:
				'write a site path that starts and ends with "/", e.g. /report/energy-constraint/ or /timeline/ (no domain, no .html)',
			abort: true,
		})
		.superRefine((path, ctx) => {
			const chapter = /^\/report\/([^/#]+)\//.exec(path)?.[1];
			if (chapter !== undefined && !known.chapterSlugs().has(chapter))
				ctx.addIssue({
					code: 'custom',
					message: `no chapter "${chapter}"; it must be a file name in content/chapters/ (without .mdx)`,
				});
		});
	return z
		.object({
			/** Date the change went live on the site (YYYY-MM-DD); the file name starts with it. Required. */
			date: isoDate,
			/** Headline in sentence case, e.g. "Chapters brought current to December 2026". Required. */
			title: z
				.string({ error: 'title is required' })
				.min(5, 'title is required (a short headline)')
				.max(120, 'keep the title under 120 characters'),
			/** update = existing pages revised; correction = an error fixed; new = a page or section added. Required. */
			kind: z.enum(CHANGE_KINDS, { error: `kind must be one of ${CHANGE_KINDS.join(', ')}` }),
			/** What changed and why, in one to four sentences of our own words. Required. */
			summary: z
				.string({ error: 'summary is required' })
				.min(20, 'summary is required: say what changed and why, in one to four sentences')
				.max(1200, 'keep the summary under 1,200 characters; link the pages for detail'),
			/** Site paths of the pages the change affects, e.g. [/report/energy-constraint/, /timeline/]. At least one. */
			pages: z
				.array(sitePath, { error: 'pages must be a list of site paths, e.g. [/report/energy-constraint/]' })
				.min(1, 'list at least one affected page'),
		})
		.strict();
}

/** The file name of an entry: the date it records, then a short slug. */
const CHANGELOG_FILE_NAME = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Problems with an entry's file name, as `file: field: message` lines: it must start with the
 * entry's date so that the folder lists in date order and the id says when the change happened.
 */
export function changelogFileNameProblems(path: string, id: string, date: string): string[] {
	const m = CHANGELOG_FILE_NAME.exec(id);
	if (!m)
		return [`${path}: (file name): name the file <yyyy-mm-dd>-<slug>.yaml, e.g. 2026-12-01-chapters-current.yaml`];
	if (m[1] !== date)
		return [`${path}: date: ${date} does not match the file name, which starts with ${m[1]}; change one of them`];
	return [];
}
