import type { Calculator, OutputValues, ParamValues } from './types';

/** Why an evaluation produced nothing to show. */
type EvaluationFailure = { reason: 'nonFinite'; output: string } | { reason: 'threw'; message: string };

export type Evaluation = { ok: true; outputs: OutputValues } | ({ ok: false } & EvaluationFailure);

/**
 * Runs a calculator and checks that every output is finite (or a legitimately empty one).
 * A failure is a value the UI shows; it never throws and never lets NaN or Infinity through.
 */
export function evaluate(calc: Calculator, values: ParamValues): Evaluation {
	let outputs: OutputValues;
	try {
		outputs = calc.compute(values);
	} catch (error) {
		return { ok: false, reason: 'threw', message: error instanceof Error ? error.message : String(error) };
	}
	for (const spec of calc.outputs) {
		const v = outputs[spec.key];
		if (v === null && spec.nullable) continue;
		if (typeof v === 'string' && spec.unit === 'method') continue;
		if (typeof v !== 'number' || !Number.isFinite(v)) return { ok: false, reason: 'nonFinite', output: spec.key };
	}
	return { ok: true, outputs };
}
