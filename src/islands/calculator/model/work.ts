/** "Show your work": an output's formula with the reader's numbers put in. Pure. */
import type { OutputValues, ParamValues } from '../../../engine';
import { formatNumber } from '../../../format';

/** A number as it appears inside a formula: whole numbers in full, others to four figures. */
export function formulaNumber(v: number): string {
	if (Number.isInteger(v) && Math.abs(v) < 1e15) return v.toLocaleString('en-US');
	return formatNumber(v, 4);
}

/**
 * Replaces every parameter name and output key in a formula with its value
 * (`count × board_w` → `100,000 × 700`). Other words stay as they are.
 */
export function substituteFormula(
	formula: string,
	values: Readonly<ParamValues>,
	outputs: Readonly<OutputValues>,
): string {
	return formula.replace(/[a-z][a-z0-9_]*/g, (name) => {
		const v = Object.hasOwn(values, name) ? values[name] : Object.hasOwn(outputs, name) ? outputs[name] : undefined;
		if (typeof v === 'number' && Number.isFinite(v)) return formulaNumber(v);
		if (typeof v === 'string') return v;
		return name;
	});
}
