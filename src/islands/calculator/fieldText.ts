import { numberText } from '../../engine/parse';

/** A number as a field shows it: exact, in e-notation from a billion up (1.56e13, not 15600000000000). */
export function fieldText(n: number): string {
	return Math.abs(n) >= 1e9 ? n.toExponential().replace('e+', 'e') : numberText(n);
}
