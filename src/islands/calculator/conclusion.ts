/**
 * The conclusion a calculator states and tests in its sensitivity section: the engine's margin
 * (positive while it holds) with the sentences that say it. Each calculator writes its own in
 * `src/calculators/<id>/conclusion.ts`; the island receives it.
 */
import type { Conclusion, OutputValues, ParamValues } from '../../engine';

interface ConclusionText {
	/** The conclusion as it stands, with the scenario's numbers. */
	readonly holds: (v: ParamValues, o: OutputValues) => string;
	readonly fails: (v: ParamValues, o: OutputValues) => string;
	/** Leads into the inputs that would flip it: "It stops fitting with". */
	readonly breaks: (v: ParamValues) => string;
	readonly mends: (v: ParamValues) => string;
}

export interface StatedConclusion extends Conclusion {
	readonly text: ConclusionText;
}

/** The one-sentence answer a calculator opens with: its conclusion as it stands for these numbers. */
export const answerOf = (c: StatedConclusion, v: ParamValues, o: OutputValues): string =>
	c.margin(o, v) > 0 ? c.text.holds(v, o) : c.text.fails(v, o);
