/**
 * The tornado chart of a calculator's headline output: one horizontal bar per input, from the
 * headline at the input's low end to the headline at its high end (all other inputs held), widest
 * swing on top; inputs that do not move it are left out of the drawing. Pure: the engine's
 * `tornado` gives the bars.
 */
import type { ChartConfiguration } from 'chart.js';

import type { TornadoBar } from '../engine';
import type { OutputSpec } from '../engine';
import { axis, baseOptions, type ChartTheme, type ChartView, fmt } from './theme';

/** An input's value for people, in the unit the reader sees ("1.2", "700 W", "20 °F"). */
export type InputText = (param: string, value: number) => string;

/** Lower-cases a label's first letter unless it is an acronym ("Board power" → "board power", "PUE" stays). */
export const lowerFirst = (label: string) =>
	/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

/** The sentence that reads a tornado: which inputs move the headline most, and by how much. */
export function tornadoSummary(
	bars: readonly TornadoBar[],
	spec: OutputSpec,
	base: number,
	inputText: InputText,
): string {
	const moving = bars.filter((b) => b.swing > 0);
	const still = bars.filter((b) => b.swing === 0);
	if (moving.length === 0)
		return `None of the inputs with a plausible range moves ${lowerFirst(spec.label)} from ${fmt(base, spec.unit)}.`;
	const part = (b: TornadoBar) =>
		`${lowerFirst(b.label)} (${fmt(b.outputAtLow, spec.unit)} at ${inputText(b.param, b.low)}, ${fmt(b.outputAtHigh, spec.unit)} at ${inputText(b.param, b.high)})`;
	const [top, ...rest] = moving;
	return (
		`${spec.label} is ${fmt(base, spec.unit)} here. Across each input's plausible range, with the others held, it moves most with ${part(top!)}` +
		(rest.length ? `, then ${rest.slice(0, 2).map(part).join(' and ')}` : '') +
		'.' +
		(still.length ? ` ${still.map((b) => b.label).join(', ')} ${still.length === 1 ? 'does' : 'do'} not move it.` : '')
	);
}

/** Floating bars from the headline at each input's low and high end; the two ends meet at today's value. */
export function tornadoChart(
	bars: readonly TornadoBar[],
	spec: OutputSpec,
	base: number,
	theme: ChartTheme,
	inputText: InputText,
): ChartView<ChartConfiguration<'bar'>> {
	const [lowColor, highColor] = [theme.series[0]!, theme.series[1]!];
	// Inputs that do not move the output have no bar; the table and the summary still name them.
	const drawn = bars.filter((b) => b.swing > 0);
	const options = baseOptions(theme, { x: spec.unit });
	const dataset = (label: string, color: string, end: (b: TornadoBar) => number) => ({
		label,
		data: drawn.map((b) => [base, end(b)] as [number, number]),
		backgroundColor: color,
		borderColor: color,
		borderWidth: 0,
		grouped: false,
		barPercentage: 0.7,
		categoryPercentage: 1,
	});
	return {
		id: 'tornado',
		title: `What moves ${lowerFirst(spec.label)} most`,
		config: {
			type: 'bar',
			data: {
				labels: drawn.map((b) => b.label),
				datasets: [
					dataset('Input at its low end', lowColor, (b) => b.outputAtLow),
					dataset('Input at its high end', highColor, (b) => b.outputAtHigh),
				],
			},
			options: {
				...options,
				indexAxis: 'y',
				plugins: {
					...options.plugins,
					tooltip: {
						...options.plugins.tooltip,
						callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${fmt(item.parsed.x, spec.unit)}` },
					},
				},
				scales: {
					x: (() => {
						const x = axis(theme, spec.label, 'linear');
						return { ...x, ticks: { ...x.ticks, callback: (v: number | string) => fmt(Number(v), spec.unit) } };
					})(),
					y: { ...axis(theme, '', 'category'), title: { display: false } },
				},
			},
		},
		summary: tornadoSummary(bars, spec, base, inputText),
		table: {
			columns: [
				{ label: 'Input', unit: 'method' },
				{ label: `${spec.label} at the input's low end`, unit: spec.unit },
				{ label: `${spec.label} at the input's high end`, unit: spec.unit },
				{ label: 'Swing', unit: spec.unit },
			],
			rows: bars.map((b) => [b.label, b.outputAtLow, b.outputAtHigh, b.swing]),
		},
		legend: [
			{ label: 'Input at the low end of its plausible range', color: lowColor, kind: 'box' },
			{ label: 'Input at the high end', color: highColor, kind: 'box' },
		],
	};
}
