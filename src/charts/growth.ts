/** Chart of the growth calculator: frontier training compute and the power of one run, per year. */
import type { ChartConfiguration } from 'chart.js';

import { growthChartSeries } from '../engine/series';
import { bandDatasets, bandSeries } from './band';
import { axis, baseOptions, type ChartInput, type ChartTheme, type ChartView, fmt, withAlpha } from './theme';

export function growthChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'line'>> {
	const { years, gigawattMw } = growthChartSeries(input.values);
	const [flopColor, mwColor] = [theme.series[0]!, theme.series[1]!];
	const gw = theme.reference;
	const band = bandSeries(input, years.map((y) => y.year), (end_year) => ({ end_year }), 'power_mw_end');
	const first = years[0]!;
	const last = years[years.length - 1]!;
	const crossing = input.outputs['first_year_over_1gw'];
	const options = baseOptions(theme, { y: 'FLOP', y1: 'MW' });
	return {
		id: 'growth',
		title: 'Training compute and the power of one run, per year',
		config: {
			type: 'line',
			data: {
				datasets: [
					{ label: 'Training compute', data: years.map((y) => ({ x: y.year, y: y.flop })), borderColor: flopColor, backgroundColor: flopColor, yAxisID: 'y', pointRadius: 3, borderWidth: 2, order: 1 },
					{ label: 'Power of one run', data: years.map((y) => ({ x: y.year, y: y.powerMw })), borderColor: mwColor, backgroundColor: mwColor, yAxisID: 'y1', pointRadius: 3, borderWidth: 2, order: 2 },
					{ label: '1 GW', data: [{ x: first.year, y: gigawattMw }, { x: last.year, y: gigawattMw }], borderColor: gw, backgroundColor: gw, yAxisID: 'y1', borderDash: [6, 4], pointRadius: 0, borderWidth: 2, order: 3 },
					...(band ? bandDatasets(band, withAlpha(mwColor, 0.2), 'y1') : []),
				],
			},
			options: {
				...options,
				scales: {
					x: { ...axis(theme, 'Year', 'linear'), min: first.year, max: Math.max(last.year, first.year + 1), ticks: { ...axis(theme, '', 'linear').ticks, stepSize: 1, callback: (v: string | number) => String(v) } },
					y: { ...axis(theme, 'Training compute (FLOP)', 'logarithmic'), position: 'left' },
					y1: { ...axis(theme, 'Power of one run (MW)', 'logarithmic'), position: 'right', grid: { drawOnChartArea: false } },
				},
			},
		},
		summary:
			`Training compute grows from ${fmt(first.flop, 'FLOP')} in ${first.year} to ${fmt(last.flop, 'FLOP')} in ${last.year}. ` +
			`The power one run needs goes from ${fmt(first.powerMw, 'MW')} to ${fmt(last.powerMw, 'MW')}` +
			(typeof crossing === 'number' ? `, reaching 1 GW in ${crossing}.` : ` and does not reach 1 GW by ${last.year}.`),
		table: {
			columns: [{ label: 'Year', unit: 'year' }, { label: 'Training compute', unit: 'FLOP' }, { label: 'Power of one run', unit: 'MW' }, ...(band ? [{ label: 'Power P10', unit: 'MW' as const }, { label: 'Power P90', unit: 'MW' as const }] : [])],
			rows: years.map((y, i) => [y.year, y.flop, y.powerMw, ...(band ? [band[i]?.p10 ?? null, band[i]?.p90 ?? null] : [])]),
		},
		legend: [
			{ label: 'Training compute (left axis)', color: flopColor, kind: 'line' },
			{ label: 'Power of one run (right axis)', color: mwColor, kind: 'line' },
			{ label: '1 GW', color: gw, kind: 'dashed' },
			...(band ? [{ label: 'Power, P10 to P90', color: withAlpha(mwColor, 0.2), kind: 'box' as const }] : []),
		],
	};
}

export const growthCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => [growthChart(input, theme)];
