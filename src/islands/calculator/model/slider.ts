/** Maps a field's value to a slider position and back. Log sliders move in equal ratios. Pure. */
import type { NumberField } from '../../../engine';

/** Positions of a log slider (0 to LOG_STEPS). */
export const LOG_STEPS = 200;

type Slider = NonNullable<NumberField['slider']>;

/** The native `min`, `max` and `step` attributes of a field's range input. */
export function sliderAttributes(s: Slider): { min: number; max: number; step: number | 'any' } {
	if (s.log) return { min: 0, max: LOG_STEPS, step: 1 };
	return { min: s.min, max: s.max, step: s.step > 0 ? s.step : 'any' };
}

/** Slider position of a value, clamped to the slider's ends. */
export function toSliderPosition(s: Slider, value: number): number {
	const v = Math.min(s.max, Math.max(s.min, value));
	if (!s.log) return v;
	const a = Math.log10(s.min);
	const b = Math.log10(s.max);
	return Math.round(((Math.log10(v) - a) / (b - a)) * LOG_STEPS);
}

/** Value of a slider position, rounded so that it reads cleanly in the number field. */
export function fromSliderPosition(field: NumberField, s: Slider, position: number): number {
	let v: number;
	if (s.log) {
		const a = Math.log10(s.min);
		const b = Math.log10(s.max);
		v = Number((10 ** (a + ((b - a) * position) / LOG_STEPS)).toPrecision(2));
	} else {
		const decimals = s.step > 0 ? Math.max(0, -Math.floor(Math.log10(s.step) + 1e-9)) : 6;
		v = Number(position.toFixed(decimals));
	}
	if (field.integer) v = Math.round(v);
	return Math.min(field.max, Math.max(field.min, v));
}
