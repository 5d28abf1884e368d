import { z } from 'zod';

import { isoDate, slugId } from './common';

/**
 * One bibliography entry: `content/sources/<id>.yaml`. The file name is the id that chapters,
 * timeline events and assumptions cite.
 */
export const SourceSchema = z
	.object({
		/** Title of the work as published. Required. */
		title: z.string().min(3, 'title is required'),
		/** Organisation or outlet that published it (e.g. "Epoch AI", "Federal Register"). Required. */
		publisher: z.string().min(2, 'publisher is required'),
		/** Authors, if named. */
		authors: z.array(z.string()).optional(),
		/** Where a reader can open it. Must be http(s). Required. */
		url: z.url({ protocol: /^https?$/, error: 'url must be a full http(s) address' }),
		/** Publication date (YYYY-MM-DD); use the first of the month or year if only that is known. */
		published: isoDate.optional(),
		/** How precise `published` is. */
		publishedPrecision: z.enum(['day', 'month', 'year']).default('day'),
		/** When we last opened it (YYYY-MM-DD). Required. */
		accessed: isoDate,
		/** primary = the issuing body's own text; secondary = press, summaries, transcriptions. */
		kind: z.enum(['primary', 'secondary'], { error: 'kind must be "primary" or "secondary"' }),
		/** Short label used in citations, e.g. "Epoch AI 2024". Defaults to publisher + year. */
		short: z.string().optional(),
		/** Anything a reader should know (caveats, which table, conflicts with other sources). */
		note: z.string().optional(),
		/** How the source was found or checked; for editors, never shown to readers. */
		editorNote: z.string().optional(),
		/**
		 * Ids this record had before two records were merged. Nothing on the site may cite them; the
		 * bibliography keeps each as an anchor (/sources/#<old-id>), so outside links still land here.
		 */
		formerIds: z.array(slugId).optional(),
	})
	.strict();

export type Source = z.output<typeof SourceSchema> & { id: string };
