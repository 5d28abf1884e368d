import { z } from 'zod';

import { confidence, isoDate } from './common';

/** Themes a reader can filter the policy timeline by. Add one here and in THEME_LABELS. */
export const THEMES = [
	'energy-mandates',
	'permitting',
	'federal-land',
	'grid-transmission',
	'supply-chain',
	'cost-allocation',
	'demand-data',
	'chips-export',
] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, string> = {
	'energy-mandates': 'Energy mandates',
	permitting: 'Permitting',
	'federal-land': 'Federal land',
	'grid-transmission': 'Grid and transmission',
	'supply-chain': 'Supply chain',
	'cost-allocation': 'Who pays',
	'demand-data': 'Demand data',
	'chips-export': 'Chips and exports',
};

const JURISDICTIONS = ['US-federal', 'US-state', 'US-regional', 'EU', 'UK', 'IE', 'international', 'private'] as const;

/**
 * Builds the schema of one timeline event (`content/timeline/<id>.yaml`). Source ids and
 * related-event ids are checked against the sets passed in, so a typo fails the build.
 */
export function timelineEventSchema(known: {
	sourceIds: () => ReadonlySet<string>;
	eventIds: () => ReadonlySet<string>;
}) {
	const sourceId = z.string().superRefine((id, ctx) => {
		if (!known.sourceIds().has(id))
			ctx.addIssue({
				code: 'custom',
				message: `unknown source id "${id}"; add content/sources/${id}.yaml or fix the id`,
			});
	});
	const eventId = z.string().superRefine((id, ctx) => {
		if (!known.eventIds().has(id))
			ctx.addIssue({
				code: 'custom',
				message: `unknown event id "${id}"; it must be the file name of another event in content/timeline/`,
			});
	});
	return z
		.object({
			/** Headline of the event; official titles may be quoted. Required. */
			title: z.string().min(5, 'title is required'),
			/** Signature, issue or decision date (YYYY-MM-DD). Required. */
			date: isoDate,
			/** How precise `date` is; month or year events show as "July 2025" or "2024". */
			datePrecision: z
				.enum(['day', 'month', 'year'], { error: 'datePrecision must be day, month or year' })
				.default('day'),
			/** Last day, for events that span a range (passage → veto → override). */
			endDate: isoDate.optional(),
			/** Where sources disagree on the date, say so here. */
			dateNote: z.string().optional(),
			/** Whose rules these are. */
			jurisdiction: z.enum(JURISDICTIONS, { error: `jurisdiction must be one of ${JURISDICTIONS.join(', ')}` }),
			/** e.g. "Texas", "PJM". */
			jurisdictionDetail: z.string().optional(),
			/** Who acted: "President Biden", "FERC", "DOE". Required. */
			actor: z.string().min(2, 'actor is required'),
			/** The instrument: executive order, rule, report … */
			instrument: z.enum([
				'executive-order',
				'proclamation',
				'rule',
				'order',
				'rfi',
				'solicitation',
				'report',
				'legislation',
				'court-decision',
				'pledge',
				'statement',
				'announcement',
				'alert',
				'plan',
			]),
			/** Official number(s): "EO 14141; 90 FR 5469". */
			identifier: z.string().optional(),
			/** One or two sentences in our own words. Required. */
			summary: z.string().min(20, 'summary is required (one or two sentences, our own words)').max(700),
			/** Why it matters for building AI infrastructure. Required. */
			whyItMatters: z.string().min(20, 'whyItMatters is required').max(700),
			/** At least one theme from the list in src/schemas/timeline.ts. */
			themes: z
				.array(z.enum(THEMES, { error: `theme must be one of ${THEMES.join(', ')}` }))
				.min(1, 'give at least one theme'),
			/** Legal status today. */
			status: z
				.enum(['in-force', 'revoked', 'superseded', 'proposed', 'pending', 'completed', 'vetoed', 'expired', 'n/a'])
				.default('n/a'),
			/** Links to other events by file name. */
			relations: z
				.array(
					z
						.object({
							type: z.enum(['revokes', 'revoked-by', 'implements', 'responds-to', 'supersedes', 'related']),
							target: eventId,
						})
						.strict(),
				)
				.default([]),
			/** Source ids (file names in content/sources/). At least one. */
			sources: z.array(sourceId).min(1, 'cite at least one source id'),
			/** verified-primary / verified-secondary / unverified … */
			confidence,
			/** What is uncertain about this entry. */
			confidenceNote: z.string().optional(),
			/** How the source was found or checked; for editors, never shown to readers. */
			editorNote: z.string().optional(),
		})
		.strict();
}
