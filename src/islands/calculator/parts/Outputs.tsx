import type { OutputSpec } from '../../../engine';
import type * as Extras from '../lazy/extras';
import type { OutputDisplay } from '../model/display';
import type { Solved } from '../model/solve';
import { substituteFormula } from '../model/work';
import { Disclosure } from './Disclosure';

/** The value shown for an output: its P50 with ranges, else its point value. */
export const shownValue = (s: Solved, key: string) => s.quantiles?.[key]?.p50 ?? s.outputs[key];

/** What the output parts need from the island. */
export interface OutputContext {
	readonly solved: Solved;
	/** Scenario A, when comparing (and the compare views have loaded). */
	readonly ab: Solved | null;
	readonly extras: typeof Extras | null;
	readonly display: (o: OutputSpec, s: Solved) => OutputDisplay;
	/** Some field is in error: the values shown are the last valid ones (the contract's `data-stale`). */
	readonly stale: boolean;
}

/** An output's value(s): B's element carries the contract's data-output; A's carries data-output-a. */
export function OutputValue({ o, c }: { o: OutputSpec; c: OutputContext }) {
	const d = c.display(o, c.solved);
	const b = (
		<span
			class="calc-value"
			data-output={o.key}
			data-value={d.value}
			data-p10={d.p10}
			data-p90={d.p90}
			data-stale={c.stale ? 'true' : undefined}
		>
			{d.main}
			{d.band && <span class="calc-band"> {d.band}</span>}
		</span>
	);
	if (!c.ab || !c.extras) return b;
	const a = c.display(o, c.ab);
	return (
		<c.extras.AbValue
			spec={o}
			a={a}
			aValue={shownValue(c.ab, o.key)}
			bValue={shownValue(c.solved, o.key)}
			same={a.value === d.value}
		>
			{b}
		</c.extras.AbValue>
	);
}

/** "Show your work": the relation, the relation with this scenario's numbers, and the result. */
export function Work({ o, c }: { o: OutputSpec; c: OutputContext }) {
	return (
		<>
			<p class="calc-formula">
				<code>
					{o.key} = {o.formula}
				</code>
			</p>
			<p class="calc-formula">
				<code>= {substituteFormula(o.formula, c.solved.scenario.values, c.solved.outputs)}</code>
			</p>
			<p class="calc-formula">
				<code>= {c.display(o, { ...c.solved, quantiles: null }).text}</code>
				{c.solved.quantiles && ' (inputs at the middle of their ranges)'}
			</p>
		</>
	);
}

/** One result card: label, value(s) and its work. */
export function OutputItem({ o, c, unit }: { o: OutputSpec; c: OutputContext; unit?: string | undefined }) {
	return (
		<div class="calc-out">
			<dt>
				{o.label}
				{unit && <span class="calc-unit"> ({unit})</span>}
			</dt>
			<dd>
				<OutputValue o={o} c={c} />
				<Disclosure
					class="calc-work"
					summary={
						<>
							Show your work<span class="visually-hidden">: {o.label}</span>
						</>
					}
				>
					{() => <Work o={o} c={c} />}
				</Disclosure>
			</dd>
		</div>
	);
}
