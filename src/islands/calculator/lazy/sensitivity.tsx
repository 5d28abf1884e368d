/**
 * The sensitivity section, loaded when the reader opens it: the tornado of the headline output
 * (each input between its registry low and high, the others held) and the values at which the
 * calculator's stated conclusion flips, as sentences and a table; and the section's markup.
 */
import { lowerFirst, type InputText, tornadoChart } from '../../../charts/tornado';
import type { ChartTheme, ChartView } from '../../../charts/theme';
import type { Range } from '../../../engine';
import { breakEvens, tornado, type TornadoBar } from '../../../engine';
import type { Calculator, OutputValues, ParamValues } from '../../../engine';
import type { OutputSpec } from '../../../engine';
import { formatNumber, formatOutput } from '../../../format';
import { BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';

import type { StatedConclusion } from '../conclusion';
import { Chart } from '../chartjs';
import { Legend } from '../parts/Legend';

// The tornado is a bar chart; its parts load with this section, not with the page.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** One input's tipping point. */
export interface TippingPoint {
	readonly param: string;
	readonly label: string;
	/** The scenario's value and the value at which the conclusion flips, for people. */
	readonly now: string;
	readonly at: string;
	/** The flip needs the input above (or below) `at`. */
	readonly direction: 'above' | 'below';
	/** Relative change from now, "+21%"; empty when now is zero. */
	readonly change: string;
	/** The raw break-even value (for tests and the table's data-value). */
	readonly value: number;
	/** |change|, for ordering: nearest tipping points first. */
	readonly distance: number;
}

/** Joins clauses as "a, b or c". */
export const orList = (items: readonly string[]) =>
	items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

/**
 * Where the conclusion flips: for each input, alone, the value (within the field's limits) at which
 * it stops holding (or starts), nearest first, and the sentence that says so.
 */
export function tippingPoints(
	calc: Calculator,
	conclusion: StatedConclusion,
	values: ParamValues,
	outputs: OutputValues,
	inputText: InputText,
): { holds: boolean; sentence: string; points: TippingPoint[] } {
	const everyField: Record<string, Range> = {};
	for (const field of calc.fields) everyField[field.param] = { low: field.min, high: field.max };
	const evens = breakEvens(calc, conclusion, values, everyField);
	const holds = evens[0]?.holdsNow ?? conclusion.margin(outputs, values) > 0;
	const points: TippingPoint[] = [];
	for (const e of evens) {
		if (e.value === null || !Number.isFinite(e.value)) continue;
		const worked = outputs[e.param];
		const now = values[e.param] ?? (typeof worked === 'number' ? worked : undefined);
		if (now === undefined) continue;
		if (e.value === now) continue;
		const rel = now === 0 ? Number.POSITIVE_INFINITY : (e.value - now) / Math.abs(now);
		points.push({
			param: e.param,
			label: e.label,
			now: inputText(e.param, now),
			at: inputText(e.param, e.value),
			direction: e.value > now ? 'above' : 'below',
			change: now === 0 ? '' : `${rel > 0 ? '+' : '−'}${formatNumber(Math.abs(rel) * 100, 2)}%`,
			value: e.value,
			distance: Math.abs(rel),
		});
	}
	points.sort((a, b) => a.distance - b.distance);
	const text = conclusion.text;
	const lead = holds ? text.holds(values, outputs) : text.fails(values, outputs);
	const clauses = points.slice(0, 5).map((p) => `${lowerFirst(p.label)} ${p.direction} ${p.at}`);
	const sentence = clauses.length
		? `${lead} ${holds ? text.breaks(values) : text.mends(values)} ${orList(clauses)}, each on its own with the other inputs held.`
		: `${lead} No single input, moved within its limits, changes that.`;
	return { holds, sentence, points };
}

export interface Sensitivity {
	readonly chart: ChartView;
	readonly bars: readonly TornadoBar[];
	readonly statement: string;
	readonly tipping: ReturnType<typeof tippingPoints>;
}

/** Everything the sensitivity section shows for a scenario. */
export function sensitivity(
	calc: Calculator,
	conclusion: StatedConclusion,
	values: ParamValues,
	outputs: OutputValues,
	plausible: Readonly<Record<string, Range>>,
	theme: ChartTheme,
	inputText: InputText,
): Sensitivity {
	const spec = calc.outputs.find((o) => o.key === calc.headline)!;
	const bars = tornado(calc, values, plausible, calc.headline);
	const base = outputs[calc.headline];
	return {
		chart: tornadoChart(bars, spec, typeof base === 'number' ? base : 0, theme, inputText),
		bars,
		statement: conclusion.statement,
		tipping: tippingPoints(calc, conclusion, values, outputs, inputText),
	};
}

/** The opened sensitivity section: tornado, its table, and the conclusion's tipping points. */
export function SensitivityBody({
	id,
	s,
	headline,
	onPng,
}: {
	id: string;
	s: Sensitivity;
	headline: OutputSpec;
	onPng: () => void;
}) {
	const v = s.chart;
	const fmt = (x: number) => formatOutput(x, headline.unit).text;
	// A swing of a fraction (goodput) is in percentage points.
	const swing = (x: number) => (headline.unit === 'fraction' ? `${formatNumber(x * 100, 3)} points` : fmt(x));
	return (
		<div class="calc-sens-body">
			<p class="calc-hint">Tested conclusion: {lowerFirst(s.statement)}.</p>
			<p data-conclusion={s.tipping.holds ? 'holds' : 'fails'}>{s.tipping.sentence}</p>
			{s.tipping.points.length > 0 && (
				<div class="table-wrap" tabIndex={0} role="region" aria-label="Where the conclusion flips">
					<table data-tipping>
						<caption>Where the conclusion flips, one input at a time</caption>
						<thead>
							<tr>
								<th scope="col">Input</th>
								<th scope="col" class="num">
									Now
								</th>
								<th scope="col" class="num">
									Flips
								</th>
								<th scope="col" class="num">
									Change
								</th>
							</tr>
						</thead>
						<tbody>
							{s.tipping.points.map((p) => (
								<tr key={p.param} data-param={p.param} data-value={p.value}>
									<th scope="row">{p.label}</th>
									<td class="num">{p.now}</td>
									<td class="num">
										{p.direction} {p.at}
									</td>
									<td class="num">{p.change}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			<figure class="calc-chart" aria-labelledby={`${id}-tornado-title`} data-chart-panel="tornado">
				<figcaption class="calc-chart-head">
					<span id={`${id}-tornado-title`} class="calc-chart-title">
						{v.title}
					</span>
					<button type="button" class="btn calc-png" onClick={onPng}>
						Download PNG
					</button>
				</figcaption>
				<div class="calc-chart-box" style={{ height: `${4 + s.bars.filter((b) => b.swing > 0).length * 2.2}rem` }}>
					<canvas data-chart="tornado" role="img" aria-labelledby={`${id}-tornado-summary`} />
				</div>
				<Legend view={v} />
				<p id={`${id}-tornado-summary`} class="calc-chart-summary" data-summary="tornado">
					{v.summary}
				</p>
				<div class="table-wrap" tabIndex={0} role="region" aria-label={`${v.title}: data`}>
					<table data-tornado>
						<caption>{headline.label} with each input at the low and high end of its plausible range</caption>
						<thead>
							<tr>
								<th scope="col">Input</th>
								<th scope="col" class="num">
									At low end
								</th>
								<th scope="col" class="num">
									At high end
								</th>
								<th scope="col" class="num">
									Swing
								</th>
							</tr>
						</thead>
						<tbody>
							{s.bars.map((b) => (
								<tr key={b.param} data-param={b.param} data-swing={b.swing}>
									<th scope="row">{b.label}</th>
									<td class="num">{fmt(b.outputAtLow)}</td>
									<td class="num">{fmt(b.outputAtHigh)}</td>
									<td class="num">{swing(b.swing)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			</figure>
		</div>
	);
}
