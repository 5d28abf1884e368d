/**
 * Unit systems of a calculator's display: SI or imperial (US). Display only: the state, the URL
 * parameters and every `data-value` stay in the contract's SI units. A field shown in another unit
 * converts what the reader types to SI with the engine's converters (src/engine/units.ts). Pure.
 */
import { parseNumber } from '../../../engine';
import type { Formatted } from '../../../format';
import { fieldText } from './fieldText';

export type UnitSystem = 'si' | 'imperial';

/** A field shown in another unit when the reader picks imperial. */
export interface FieldUnits {
	/** Unit label in imperial, e.g. `°F`. */
	readonly unit: string;
	/** Added to the engine's messages, whose limits are in SI. */
	readonly note: string;
	readonly toSi: (shown: number) => number;
	readonly fromSi: (si: number) => number;
}

export interface UnitsConfig {
	/** Fields typed in another unit under imperial. */
	readonly fields: Readonly<Record<string, FieldUnits>>;
	/**
	 * Output pairs that say the same thing in each system, `[si, imperial]`: under SI the first is a
	 * headline result and the second sits in the breakdown; under imperial the other way round.
	 */
	readonly twins: readonly (readonly [string, string])[];
	/** Outputs shown converted under imperial (their data-value stays SI). */
	readonly outputs: Readonly<Record<string, (si: number) => Formatted>>;
}

/** Rounds away float noise from a conversion (21.6 °F → 12 K, not 11.999999999999998). */
const clean = (n: number) => Number(n.toPrecision(12));

/** Converts each number of `text` (a number or `low~high`); any part that is not a number leaves the whole text as it is. */
function convertText(text: string, convert: (n: number) => number): string {
	const t = text.trim();
	const tilde = t.indexOf('~');
	const parts = tilde > 0 ? [t.slice(0, tilde), t.slice(tilde + 1)] : [t];
	const numbers = parts.map((p) => parseNumber(p));
	if (!numbers.every((n) => n.ok)) return t;
	return numbers.map((n) => fieldText(clean(convert((n as { value: number }).value)))).join('~');
}

/** Converts a number or a `low~high` range typed in a field's other unit to SI text. Other text is left as typed, for the engine to refuse. */
export const toSiText = (conv: FieldUnits, text: string): string => convertText(text, conv.toSi);

/** SI field text shown in the field's other unit; text that is not a number is shown as it is. */
export const fromSiText = (conv: FieldUnits, text: string): string => convertText(text, conv.fromSi);

/**
 * Which outputs are headline results and which sit in the breakdown under a unit system: twins
 * swap places, everything else keeps the calculator's `detail` flag. Order is the calculator's.
 */
export function isDetail(key: string, detail: boolean, units: UnitsConfig | undefined, system: UnitSystem): boolean {
	for (const [si, imperial] of units?.twins ?? []) {
		if (key === si) return system === 'imperial';
		if (key === imperial) return system === 'si';
	}
	return detail;
}
