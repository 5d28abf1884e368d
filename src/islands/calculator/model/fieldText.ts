import { numberText } from '../../../engine';
import { formatInput } from '../../../format';

/** A number as a field shows it: exact, in e-notation from a billion up (1.56e13, not 15600000000000). */
export function fieldText(n: number): string {
	return Math.abs(n) >= 1e9 ? n.toExponential().replace('e+', 'e') : numberText(n);
}

/**
 * An input's value for people: whole numbers in full ("50,677 h", not "50,680 h"), others as the
 * calculators print inputs ("1.2", "700 W", "80%").
 */
export function valueText(v: number, unit: string): string {
	if (Number.isInteger(v) && Math.abs(v) < 1e9 && !['fraction', 'ratio', 'year', 'FLOP'].includes(unit))
		return unit === 'count' ? v.toLocaleString('en-US') : `${v.toLocaleString('en-US')} ${unit}`;
	return formatInput(v, unit);
}
