import { useState } from 'preact/hooks';

import type { NumberField } from '../../../engine';
import type { CalculatorState } from '../model/store';
import { fromSiText, type FieldUnits } from '../model/units';
import type { BoundProps } from '../types';
import { fieldText } from '../model/fieldText';
import { Field } from './Field';
import { PresetField } from './PresetField';

type View = ReturnType<CalculatorState['view']>;

/**
 * The form's fields: the unit switch, the preset and the key inputs first; the other inputs and the
 * plausible-ranges button under "More assumptions", which opens by itself while one of them is in error.
 */
export function Inputs({
	props,
	view,
	state,
	edit,
	say,
	conv,
	inputText,
}: {
	props: BoundProps;
	view: View;
	state: CalculatorState;
	edit: (fn: () => void) => void;
	say: (text: string) => void;
	conv: (param: string) => FieldUnits | undefined;
	inputText: (param: string, v: number) => string;
}) {
	const { calc, idPrefix: id } = props;
	const { texts, shown, preset, fieldErrors: errors, warnings, solved, units } = view;
	// Ranges go to uncertain assumptions still at their default: not to a value the reader or the link
	// set, and not to a field the chosen preset sets (the registry's range is the default preset's).
	const presetSet = (param: string) => !!calc.preset && param in calc.preset.sets && preset !== props.defaultPreset;
	const rangeable = Object.fromEntries(
		Object.entries(props.plausible ?? {}).filter(
			([param]) =>
				!presetSet(param) && !solved.scenario.ranges[param] && solved.scenario.values[param] === props.defaults[param],
		),
	);
	const plausibleCount = Object.keys(rangeable).length;
	const anyPlausible = Object.keys(props.plausible ?? {}).length > 0;
	const keys = props.keyInputs;
	const isKey = (f: NumberField) => !keys || keys.includes(f.param);
	const more = calc.fields.filter((f) => !isKey(f));
	const [open, setOpen] = useState(false);
	// An embed keeps its first screen for the answer: the unit switch waits under "More assumptions".
	const unitsInMore = props.mode === 'embed';
	const unitsControl = props.unitsControl?.({
		id,
		units,
		onChange: (u) => {
			edit(() => state.setUnits(u));
			say(u === 'si' ? 'Showing SI units.' : 'Showing imperial units.');
		},
	});
	const moreInError = more.some((f) => errors[f.param]);
	// A fraction as the field writes it, then as people read it: "0.8 (80%)".
	const defaultText = (f: NumberField, d: number) => {
		const read = inputText(f.param, d);
		return f.unit === 'fraction' && !conv(f.param) ? `${fieldText(d)} (${read})` : read;
	};
	const field = (f: NumberField) => {
		const c = conv(f.param);
		// A derived field left empty shows the value the calculator worked out (its output of the same key).
		const worked = solved.outputs[f.param];
		const value = solved.scenario.values[f.param] ?? (typeof worked === 'number' ? worked : f.min);
		const presetNote =
			calc.preset && f.param in calc.preset.sets ? props.accelerators?.find((a) => a.id === preset) : undefined;
		return (
			<Field
				key={f.param}
				id={`${id}-${f.param}`}
				field={f}
				unit={c?.unit ?? f.unit}
				text={c ? (shown[f.param] ?? fromSiText(c, texts[f.param] ?? '')) : (texts[f.param] ?? '')}
				value={value}
				valueText={inputText(f.param, value)}
				ranged={!!solved.scenario.ranges[f.param]}
				error={errors[f.param] && (c ? `${errors[f.param]} (${c.note})` : errors[f.param])}
				warning={warnings[f.param] && (c ? `${warnings[f.param]} (${c.note})` : warnings[f.param])}
				defaultText={
					f.derived
						? `worked out ${f.derived}`
						: // A preset-controlled field's default is the preset's value.
							defaultText(f, (presetNote && calc.preset?.sets[f.param]?.(presetNote)) ?? props.defaults[f.param]!)
				}
				provenance={(presetNote && props.presetProvenance?.[presetNote.id]?.[f.param]) || props.provenance[f.param]}
				sources={props.sources}
				choices={props.choices?.[f.param]}
				formatValue={(v) => inputText(f.param, v)}
				presetNote={presetNote}
				onText={(t) => edit(() => (c ? state.setShownText(f.param, t) : state.setText(f.param, t)))}
				onSiText={(t) => edit(() => state.setText(f.param, t))}
				onSlide={(v) => {
					const r = solved.scenario.ranges[f.param];
					const mid = value;
					if (!r) return edit(() => state.setText(f.param, fieldText(v)));
					// A range stays a range: the slider moves it whole (by ratio on a log slider).
					const log = !!f.slider?.log && mid > 0;
					const move = (x: number) => Number((log ? (x * v) / mid : x + v - mid).toPrecision(6));
					const low = Math.max(f.min, move(r.low));
					const high = Math.min(f.max, move(r.high));
					edit(() => state.setText(f.param, `${fieldText(low)}~${fieldText(high)}`));
					say(`${f.label} is still a range, now ${inputText(f.param, low)} to ${inputText(f.param, high)}.`);
				}}
			/>
		);
	};
	return (
		<>
			<p class="calc-hint">
				Type a number (<code>12,500</code>, <code>1.5e26</code> and <code>40%</code> work) or a range such as{' '}
				<code>1.1~1.4</code>.
			</p>
			{!unitsInMore && unitsControl}
			<div class="calc-keys">
				{calc.preset && props.accelerators && (
					<PresetField
						id={`${id}-${calc.preset.param}`}
						label={calc.preset.label}
						value={preset ?? ''}
						accelerators={props.accelerators}
						provenance={props.provenance[calc.preset.param]}
						sources={props.sources}
						onChange={(v) => edit(() => state.setPreset(v))}
					/>
				)}
				{calc.fields.filter(isKey).map(field)}
			</div>
			{(more.length > 0 || anyPlausible || (unitsInMore && unitsControl)) && (
				<details
					class="calc-more"
					open={open || moreInError}
					onToggle={(e) => setOpen(e.currentTarget.open)}
					data-more-assumptions
				>
					<summary>More assumptions{more.length > 0 ? ` (${more.length})` : ''}</summary>
					{unitsInMore && unitsControl}
					{anyPlausible && (
						<p class="calc-hint">
							<button
								type="button"
								class="btn"
								onClick={() => {
									edit(() => state.applyRanges(rangeable));
									say('Each uncertain assumption with a sourced range now holds it; results show P50 with P10 to P90.');
								}}
							>
								Use plausible ranges
							</button>{' '}
							Sets each of the {plausibleCount} uncertain assumptions still at its default to its sourced low~high; your
							choices (counts, budgets) and values you typed stay as they are.
						</p>
					)}
					{more.map(field)}
				</details>
			)}
		</>
	);
}
