import { z } from 'zod';

import { confidence, slugId } from './common';

/** One accelerator preset (`content/presets/accelerators.yaml`, a list of these). */
export const AcceleratorSchema = z
	.object({
		/** Preset id used in URLs (`?accelerator=h100-sxm`). Required, unique. */
		id: slugId,
		/** Display name. Required. */
		name: z.string().min(2),
		vendor: z.string().min(2),
		/** Maximum board power (TDP), W. Required. */
		boardPowerW: z.number().positive('boardPowerW must be a positive number of watts'),
		/** Dense BF16 peak, TFLOP/s (not the sparse figure vendors headline). Required. */
		bf16DenseTflops: z.number().positive(),
		/** Dense FP8 peak, TFLOP/s. */
		fp8DenseTflops: z.number().positive().optional(),
		/** Memory, GB. */
		memoryGb: z.number().positive(),
		/** Source ids. At least one. */
		sources: z.array(z.string()).min(1, 'cite at least one source id'),
		confidence,
		note: z.string().optional(),
	})
	.strict();

export const AcceleratorFileSchema = z.array(AcceleratorSchema);

/** An accelerator preset as the site reads it. */
export type Accelerator = z.output<typeof AcceleratorSchema>;
