import { z } from 'zod';

import { confidence } from './common';

/** One default of the sizing engine (`content/assumptions/<calculator>.yaml`, a list of these). */
export const AssumptionSchema = z
	.object({
		/** `<calculator>.<param>`, e.g. `power.pue` or `time-to-power.load_mw`. Required, unique. */
		id: z.string().regex(/^[a-z][a-z-]*\.[a-z0-9_]+$/, 'id must look like "power.pue"'),
		/** Human label, as in the calculator form. Required. */
		label: z.string().min(2),
		/** The default: a number, or a preset id for `*.accelerator`. Required. */
		value: z.union([z.number().refine(Number.isFinite, 'value must be a finite number'), z.string().min(1)], {
			error: 'value must be a number (or a preset id)',
		}),
		/** Unit of `value`, `low` and `high` (W, kW, fraction, ratio, USD/MWh, …). Required. */
		unit: z.string().min(1),
		/** Plausible low end (5th percentile) for ranges, tornado charts and Monte Carlo. */
		low: z.number().optional(),
		/** Plausible high end (95th percentile). */
		high: z.number().optional(),
		/** Source id (file name in content/sources/). Required unless the value is illustrative or unverified. */
		source: z.string().optional(),
		/** Page, table or section within the source. */
		locator: z.string().optional(),
		/** verified-primary | verified-secondary | derived | unverified | illustrative. Required. */
		confidence,
		/** One line: why this value, in plain words. Required. */
		note: z.string().min(10, 'note is required: one line on why this value'),
		/** How the source was found or checked; for editors, never shown to readers. */
		editorNote: z.string().optional(),
	})
	.strict()
	.superRefine((a, ctx) => {
		if (a.source === undefined && a.confidence !== 'illustrative' && a.confidence !== 'unverified')
			ctx.addIssue({
				code: 'custom',
				path: ['source'],
				message: `source is required for a ${a.confidence} value (only illustrative or unverified values may lack one)`,
			});
		if ((a.low === undefined) !== (a.high === undefined))
			ctx.addIssue({
				code: 'custom',
				path: [a.low === undefined ? 'low' : 'high'],
				message: 'give both low and high, or neither',
			});
		if (a.low !== undefined && a.high !== undefined) {
			if (a.low > a.high) ctx.addIssue({ code: 'custom', path: ['low'], message: 'low must not exceed high' });
			if (typeof a.value === 'number' && (a.value < a.low || a.value > a.high))
				ctx.addIssue({
					code: 'custom',
					path: ['value'],
					message: `value ${a.value} lies outside its own range ${a.low}–${a.high}`,
				});
		}
	});

/** One assumption record as the site reads it: the engine reads its value and range. */
export type Assumption = z.output<typeof AssumptionSchema>;
