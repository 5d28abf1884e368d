/**
 * The inputs two calculators ask for about how well a training job uses its accelerators: MFU
 * and goodput, one per side of a comparison (general-purpose and purpose-built; owned and rented).
 * Declared once, so their limits and the published runs they cite cannot drift apart.
 */
import type { NumberField } from '../engine';

/** Model FLOPs utilization: soft limits from published large runs (38–56%). */
export const mfuField = (param: string, label: string, assumption: string, help: string): NumberField => ({
	param,
	label,
	unit: 'fraction',
	help,
	assumption,
	min: 0.01,
	max: 1,
	softMin: 0.2,
	softMax: 0.6,
	softMinNote: 'below published large runs (38–56%)',
	softMaxNote: 'above published large runs (38–56%)',
	slider: { min: 0.1, max: 0.8, step: 0.01 },
});

/** Goodput, the share of allocated time doing useful work; a page may add a derivation or an upper soft limit. */
export const goodputField = (
	param: string,
	label: string,
	assumption: string,
	help: string,
	extra: Partial<NumberField> = {},
): NumberField => ({
	param,
	label,
	unit: 'fraction',
	help,
	assumption,
	min: 0.01,
	max: 1,
	softMin: 0.7,
	softMinNote: 'below reported large runs (about 0.9)',
	slider: { min: 0.5, max: 1, step: 0.01 },
	...extra,
});
