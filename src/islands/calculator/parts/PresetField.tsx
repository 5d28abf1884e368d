import type { Accelerator } from '../../../schemas/preset';
import type { Provenance, SourceInfo } from '../lazy/exports';
import { confidenceLabel } from './SourceDetails';

const n = (v: number) => v.toLocaleString('en-US');
/** The system's headline figures, naming the ones its maker does not publish. */
const specLine = (a: Accelerator): string =>
	[
		a.boardPowerW !== undefined ? `board power ${n(a.boardPowerW)} W` : 'board power not published',
		a.serverOverhead !== undefined ? `server overhead ${n(a.serverOverhead)}` : undefined,
		a.rackKw !== undefined ? `${n(a.rackKw)} kW per rack` : undefined,
		a.bf16DenseTflops !== undefined ? `dense BF16 ${n(a.bf16DenseTflops)} TFLOP/s` : undefined,
		a.memoryGb !== undefined ? `${n(a.memoryGb)} GB` : undefined,
	]
		.filter(Boolean)
		.join('; ')
		.replace(/^./, (c) => c.toUpperCase()) + '.';

/** The preset picker (an accelerator system) with the specifications and sources of the one chosen. */
export function PresetField(props: {
	id: string;
	label: string;
	value: string;
	accelerators: readonly Accelerator[];
	provenance: Provenance | undefined;
	sources: Readonly<Record<string, SourceInfo>>;
	onChange: (v: string) => void;
}) {
	const acc = props.accelerators.find((a) => a.id === props.value);
	return (
		<div class="calc-field" data-field="accelerator">
			<label for={props.id}>{props.label}</label>
			<select
				id={props.id}
				name="accelerator"
				value={props.value}
				aria-describedby={`${props.id}-help`}
				onChange={(e) => props.onChange(e.currentTarget.value)}
			>
				{props.accelerators.map((a) => (
					<option key={a.id} value={a.id}>
						{a.status === 'announced' && !/announced/i.test(a.name) ? `${a.name} (announced)` : a.name}
					</option>
				))}
			</select>
			<p id={`${props.id}-help`} class="calc-help">
				A preset fills in the fields it controls; a value you type overrides it.
			</p>
			{acc && (
				<details class="calc-source">
					<summary>
						{acc.name} specifications <span class={`tag tag-${acc.confidence}`}>{confidenceLabel(acc.confidence)}</span>
					</summary>
					<div class="calc-source-body">
						<p>{specLine(acc)}</p>
						<p>
							<a href={`/systems/#${acc.id}`}>Every figure of this system, with its source and confidence</a>
						</p>
						<ul>
							{acc.sources.map((sid) => {
								const s = props.sources[sid];
								return s ? (
									<li key={sid}>
										<a href={s.url}>{s.title}</a> ({s.publisher})
									</li>
								) : null;
							})}
						</ul>
						{acc.note && <p>{acc.note}</p>}
					</div>
				</details>
			)}
		</div>
	);
}
