import { Component } from 'preact';

import type { NumberField } from '../../../engine';
import type { Accelerator } from '../../../schemas/preset';
import type { Provenance, SourceInfo } from '../lazy/exports';
import type { FieldChoiceValue } from '../types';
import { fieldText } from '../model/fieldText';
import { fromSliderPosition, sliderAttributes, toSliderPosition } from '../model/slider';
import { SourceDetails } from './SourceDetails';

export interface FieldProps {
	id: string;
	field: NumberField;
	/** Unit shown (°F under imperial). */
	unit: string;
	text: string;
	value: number;
	/** The value for people, in the unit shown (the slider's aria-valuetext). */
	valueText: string;
	error: string | undefined;
	warning: string | undefined;
	defaultText: string;
	provenance: Provenance | undefined;
	sources: Readonly<Record<string, SourceInfo>>;
	presetNote: Accelerator | undefined;
	/** Named values to pick from (SI), with their sources. */
	choices?: readonly FieldChoiceValue[] | undefined;
	/** A value for people, in the unit shown. */
	formatValue?: (v: number) => string;
	/** The reader typed: text in the unit shown. */
	onText: (text: string) => void;
	/** The field holds a range (the slider then moves the range whole). */
	ranged: boolean;
	/** The slider moved to this value (SI). */
	onSlide: (value: number) => void;
	/** A named value was chosen: SI text. */
	onSiText: (text: string) => void;
}

/**
 * One input. Re-renders only when one of its values changes (its handlers are recreated on every
 * render but do the same thing), so typing in one field does not redraw the others.
 */
export class Field extends Component<FieldProps> {
	override shouldComponentUpdate(next: FieldProps) {
		const now = this.props as unknown as Record<string, unknown>;
		return Object.entries(next).some(([k, v]) => typeof v !== 'function' && v !== now[k]);
	}
	override render() {
		const {
			id,
			field: f,
			unit,
			text,
			value,
			valueText,
			error,
			warning,
			defaultText,
			provenance,
			sources,
			presetNote,
			choices,
		} = this.props;
		const show = this.props.formatValue ?? String;
		const describedBy = [`${id}-help`, error && `${id}-error`, warning && !error && `${id}-warn`]
			.filter(Boolean)
			.join(' ');
		const s = f.slider;
		return (
			<div class="calc-field" data-field={f.param}>
				<label id={`${id}-label`} for={id}>
					{f.label} <span class="calc-unit">{unit}</span>
				</label>
				<div class="calc-field-row">
					<input
						id={id}
						name={f.param}
						type="text"
						inputMode="decimal"
						autoComplete="off"
						spellcheck={false}
						value={text}
						placeholder={f.derived && `${valueText}, ${f.derived}`}
						aria-invalid={error ? 'true' : undefined}
						aria-describedby={describedBy}
						onInput={(e) => this.props.onText(e.currentTarget.value)}
					/>
					{s && (
						<input
							type="range"
							class="calc-slider"
							aria-labelledby={`${id}-label`}
							aria-valuetext={this.props.ranged ? `${valueText}, middle of a range; moves the range` : valueText}
							{...sliderAttributes(s)}
							value={toSliderPosition(s, value)}
							onInput={(e) => this.props.onSlide(fromSliderPosition(f, s, Number(e.currentTarget.value)))}
						/>
					)}
				</div>
				<p id={`${id}-help`} class="calc-help">
					{f.help}
				</p>
				{choices && choices.length > 0 && (
					<p class="calc-hint" role="group" aria-label={`${f.label}: named values`}>
						{choices.map((c) => (
							<button
								key={c.label}
								type="button"
								class="btn"
								data-choice={f.param}
								aria-pressed={value === c.value ? 'true' : 'false'}
								onClick={() => this.props.onSiText(fieldText(c.value))}
							>
								{c.label}: {show(c.value)}
							</button>
						))}
					</p>
				)}
				{error && (
					<p id={`${id}-error`} class="calc-error" data-error={f.param}>
						{error}
					</p>
				)}
				{warning && !error && (
					<p id={`${id}-warn`} class="calc-warn" data-warning={f.param}>
						{warning}
					</p>
				)}
				<SourceDetails
					provenance={provenance}
					sources={sources}
					defaultText={defaultText}
					extra={
						<>
							{presetNote && <p>Set by the accelerator preset ({presetNote.name}); type a value to override it.</p>}
							{choices?.map((c) => {
								const src = c.source ? sources[c.source] : undefined;
								return (
									<p key={c.label}>
										{c.label}, {show(c.value)}:{' '}
										{src ? (
											<>
												<a href={src.url}>{src.title}</a> ({src.publisher})
											</>
										) : (
											'no published source'
										)}
										.
									</p>
								);
							})}
						</>
					}
				/>
			</div>
		);
	}
}
