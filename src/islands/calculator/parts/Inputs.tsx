import type { CalculatorState } from '../model/store';
import { fromSiText, type FieldUnits } from '../model/units';
import type { BoundProps } from '../types';
import { Field } from './Field';
import { PresetField } from './PresetField';

type View = ReturnType<CalculatorState['view']>;

/** The form's fields: hints, the plausible-ranges button, the unit switch, the preset and every input. */
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
	const plausibleCount = Object.keys(props.plausible ?? {}).length;
	return (
		<>
			<p class="calc-hint">
				Type a number (<code>1.5e26</code> works) or a range such as <code>1.1~1.4</code>.
			</p>
			{plausibleCount > 0 && (
				<p class="calc-hint">
					<button
						type="button"
						class="btn"
						onClick={() => {
							edit(() => state.applyRanges(props.plausible!));
							say('Each input with a sourced range now holds it; results show P50 with P10 to P90.');
						}}
					>
						Use plausible ranges for all inputs
					</button>{' '}
					Sets each of the {plausibleCount} inputs with a sourced range to its low~high.
				</p>
			)}
			{props.unitsControl?.({
				id,
				units,
				onChange: (u) => {
					edit(() => state.setUnits(u));
					say(u === 'si' ? 'Showing SI units.' : 'Showing imperial units.');
				},
			})}
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
			{calc.fields.map((f) => {
				const c = conv(f.param);
				// A derived field left empty shows the value the calculator worked out (its output of the same key).
				const worked = solved.outputs[f.param];
				const value = solved.scenario.values[f.param] ?? (typeof worked === 'number' ? worked : f.min);
				return (
					<Field
						key={f.param}
						id={`${id}-${f.param}`}
						field={f}
						unit={c?.unit ?? f.unit}
						text={c ? (shown[f.param] ?? fromSiText(c, texts[f.param] ?? '')) : (texts[f.param] ?? '')}
						value={value}
						valueText={inputText(f.param, value)}
						error={errors[f.param] && (c ? `${errors[f.param]} (${c.note})` : errors[f.param])}
						warning={warnings[f.param] && (c ? `${warnings[f.param]} (${c.note})` : warnings[f.param])}
						defaultText={f.derived ? `worked out ${f.derived}` : inputText(f.param, props.defaults[f.param]!)}
						provenance={props.provenance[f.param]}
						sources={props.sources}
						choices={props.choices?.[f.param]}
						formatValue={(v) => inputText(f.param, v)}
						presetNote={
							calc.preset && f.param in calc.preset.sets ? props.accelerators?.find((a) => a.id === preset) : undefined
						}
						onText={(t) => edit(() => (c ? state.setShownText(f.param, t) : state.setText(f.param, t)))}
						onSiText={(t) => edit(() => state.setText(f.param, t))}
					/>
				);
			})}
		</>
	);
}
