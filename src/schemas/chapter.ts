import { z } from 'zod';

import { isoDate } from './common';

/** Front matter of one report chapter (`content/chapters/<slug>.mdx`). */
const ChapterSchema = z
	.object({
		/** Chapter title, sentence case. Required. */
		title: z.string().min(5, 'title is required'),
		/** One or two sentences for search results, RSS and share cards. Required. */
		description: z.string().min(30, 'description is required (one or two sentences)').max(300),
		/** Position in the report, 1 = first. Required and unique. */
		order: z.number({ error: 'order must be a number (1 = first chapter)' }).int().positive(),
		/** Which part of the report: the context chapters or the eight imperatives. */
		part: z.enum(['context', 'imperatives'], { error: 'part must be "context" or "imperatives"' }),
		/** For the imperatives: their number in the essay, 1-8. */
		imperative: z.number().int().min(1).max(8).optional(),
		/** The calculator this chapter leans on, if any: its id (`power`). Checked against the calculator registry when chapters load. */
		calculator: z.string().min(1).optional(),
		/** First publication date. Required. */
		published: isoDate,
		/** Last substantive revision. */
		updated: isoDate.optional(),
		/** Date an editor last checked the whole chapter against its sources, even if nothing changed. */
		reviewed: isoDate.optional(),
		/** Hide from the built site. */
		draft: z.boolean().default(false),
	})
	.strict();

/**
 * The chapter schema with `calculator` checked against the calculator registry's ids (passed in,
 * so that schemas import nothing above them).
 */
export const chapterSchema = (calculatorIds: readonly string[]) =>
	ChapterSchema.superRefine((chapter, ctx) => {
		if (chapter.calculator !== undefined && !calculatorIds.includes(chapter.calculator))
			ctx.addIssue({
				code: 'custom',
				path: ['calculator'],
				message: `calculator must be one of ${calculatorIds.join(', ')}`,
			});
	});
