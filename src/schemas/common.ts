import { z } from 'zod';

/** A calendar date written as YYYY-MM-DD (YAML dates are accepted too). */
export const isoDate = z.preprocess(
	(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
	z
		.string({ error: 'expected a date like 2025-07-23' })
		.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date like 2025-07-23 (YYYY-MM-DD)', abort: true })
		.refine(
			(s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
			{
				message: 'is not a real calendar date',
			},
		),
);

/** Lower-case id with hyphens, as used in file names and URLs. */
export const slugId = z
	.string()
	.regex(
		/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/,
		'use lower-case letters, digits, "-" and "." only (e.g. "epoch-compute-trend-2024")',
	);

/** How sure we are of a figure or an event. Drawn from the tags in shared/reference. */
export const confidence = z.enum(['verified-primary', 'verified-secondary', 'derived', 'unverified', 'illustrative'], {
	error: 'confidence must be one of verified-primary, verified-secondary, derived, unverified, illustrative',
});
export type Confidence = z.infer<typeof confidence>;
