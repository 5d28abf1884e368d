import type { Range } from './parse';
import type { Calculator, ParamValues } from './types';

export interface TornadoBar {
	readonly param: string;
	readonly label: string;
	readonly low: number;
	readonly high: number;
	/** Headline output with this input at its low and high end, all others held. */
	readonly outputAtLow: number;
	readonly outputAtHigh: number;
	/** |outputAtHigh − outputAtLow|: what the bars are sorted by. */
	readonly swing: number;
}

function numeric(v: number | string | null | undefined): number | null {
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * One-at-a-time sensitivity: swings each ranged input between its low and high while the others
 * stay at the scenario's values, and sorts inputs by how far they move `outputKey`.
 */
export function tornado(
	calc: Calculator,
	values: ParamValues,
	ranges: Readonly<Record<string, Range>>,
	outputKey = calc.headline,
): TornadoBar[] {
	const bars: TornadoBar[] = [];
	for (const field of calc.fields) {
		const range = ranges[field.param];
		if (!range || range.low === range.high) continue;
		const lowOut = numeric(calc.compute({ ...values, [field.param]: range.low })[outputKey]);
		const highOut = numeric(calc.compute({ ...values, [field.param]: range.high })[outputKey]);
		if (lowOut === null || highOut === null) continue;
		bars.push({
			param: field.param,
			label: field.label,
			low: range.low,
			high: range.high,
			outputAtLow: lowOut,
			outputAtHigh: highOut,
			swing: Math.abs(highOut - lowOut),
		});
	}
	return bars.sort((a, b) => b.swing - a.swing);
}

/** A conclusion the report draws from a calculator; margin > 0 while it holds. */
export interface Conclusion {
	readonly id: string;
	/** Stated in words, e.g. "The cluster fits the power budget". */
	readonly statement: string;
	readonly margin: (outputs: Readonly<Record<string, number | string | null>>, values: ParamValues) => number;
}

export interface BreakEven {
	readonly param: string;
	readonly label: string;
	/** The input value at which the conclusion flips, or null if it holds (or fails) across the range. */
	readonly value: number | null;
	/** Whether the conclusion holds at the scenario's current values. */
	readonly holdsNow: boolean;
}

/**
 * Finds, by bisection inside [low, high], the value of one input at which a conclusion's margin
 * crosses zero, all other inputs held. Returns null when the margin keeps one sign.
 */
export function breakEven(
	calc: Calculator,
	values: ParamValues,
	conclusion: Conclusion,
	param: string,
	low: number,
	high: number,
): number | null {
	const margin = (x: number) => {
		const v = { ...values, [param]: x };
		return conclusion.margin(calc.compute(v), v);
	};
	let a = low;
	let b = high;
	let fa = margin(a);
	const fb = margin(b);
	if (!Number.isFinite(fa) || !Number.isFinite(fb) || Math.sign(fa) === Math.sign(fb)) return null;
	for (let i = 0; i < 80; i++) {
		const m = (a + b) / 2;
		const fm = margin(m);
		if (Math.sign(fm) === Math.sign(fa)) {
			a = m;
			fa = fm;
		} else b = m;
		if (Math.abs(b - a) <= 1e-9 * Math.max(1, Math.abs(a))) break;
	}
	const field = calc.fields.find((f) => f.param === param);
	return field?.integer ? Math.round((a + b) / 2) : (a + b) / 2;
}

/** Break-even of the calculator's conclusion for every ranged input. */
export function breakEvens(
	calc: Calculator,
	conclusion: Conclusion,
	values: ParamValues,
	ranges: Readonly<Record<string, Range>>,
): BreakEven[] {
	const holdsNow = conclusion.margin(calc.compute(values), values) > 0;
	return calc.fields
		.filter((f) => ranges[f.param])
		.map((f) => ({
			param: f.param,
			label: f.label,
			value: breakEven(calc, values, conclusion, f.param, f.minExclusive ? f.min * (1 + 1e-9) : f.min, f.max),
			holdsNow,
		}));
}
