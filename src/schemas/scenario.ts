import { z } from 'zod';

/**
 * A named scenario (`content/scenarios/<id>.yaml`): opens as `/calculators/<calculator>/?s=<id>`.
 * Inputs use the calculator's URL parameter names; values are numbers, ranges ("1.1~1.4") or a
 * preset id for `accelerator`. They are checked against the engine's limits at build time.
 */
export const ScenarioSchema = z
	.object({
		/** Headline shown in the banner, e.g. "The May 2026 newsletter: 100,000 H100s". Required. */
		title: z.string().min(5),
		/** Which calculator, by id (`power`). Required; checked against the calculator registry. */
		calculator: z.string().min(1, 'calculator is required'),
		/** Inputs that differ from the defaults. */
		inputs: z.record(z.string(), z.union([z.number(), z.string()])).default({}),
		/** One or two sentences: what this scenario shows and where it is used. Required. */
		note: z.string().min(10),
	})
	.strict();
