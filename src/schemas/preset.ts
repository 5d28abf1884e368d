import type { Confidence } from './common';
import type { SystemValueField } from './system';

/**
 * An accelerator preset as calculators read it: one system (content/systems/<id>.yaml) with each
 * figure as a plain number in the unit of its field, or absent where the platform does not publish
 * it. Built from the systems by `presetFromSystem` (src/data/systems.ts); provenance stays on the
 * system record.
 */
export type Accelerator = {
	readonly id: string;
	readonly name: string;
	readonly vendor: string;
	/** Older ids that still open this preset (`?accelerator=<alias>`). */
	readonly aliases: readonly string[];
	/** Shipping, or announced but not yet shipping. */
	readonly status: 'shipping' | 'announced';
	/** Every source any of its figures cites. */
	readonly sources: readonly string[];
	/** The weakest confidence among its power and peak figures. */
	readonly confidence: Confidence;
	readonly note?: string | undefined;
} & { readonly [K in SystemValueField]?: number };
