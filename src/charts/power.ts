/** Charts of the power calculator: where the watts go, and facility power against fleet size. */
import type { ChartConfiguration } from 'chart.js';

import { powerSeries } from '../engine/series';
import { bandDatasets, bandSeries } from './band';
import { axis, baseOptions, type ChartInput, type ChartTheme, type ChartView, fmt, withAlpha } from './theme';

/** Stacked bar: accelerators, rest of the servers, network and storage, facility overhead. */
export function powerBreakdownChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'bar'>> {
	const { breakdown } = powerSeries(input.values);
	const total = breakdown.reduce((s, b) => s + b.mw, 0);
	const colors = breakdown.map((_, i) => theme.series[i % theme.series.length]!);
	const options = baseOptions(theme, { x: 'MW' });
	return {
		id: 'breakdown',
		title: 'Where the facility power goes',
		config: {
			type: 'bar',
			data: {
				labels: ['Facility power'],
				datasets: breakdown.map((b, i) => ({ label: b.label, data: [b.mw], backgroundColor: colors[i]!, borderColor: theme.bg, borderWidth: 1 })),
			},
			options: {
				...options,
				indexAxis: 'y',
				plugins: {
					...options.plugins,
					tooltip: { ...options.plugins.tooltip, callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${fmt(item.parsed.x, 'MW')}` } },
				},
				scales: {
					x: { ...axis(theme, 'Facility power (MW)', 'linear'), stacked: true, beginAtZero: true },
					y: { ...axis(theme, '', 'category'), stacked: true, title: { display: false } },
				},
			},
		},
		summary: `Of ${fmt(total, 'MW')} at the wall, ${breakdown.map((b) => `${b.label.toLowerCase()} ${fmt(b.mw, 'MW')} (${fmt(total > 0 ? b.mw / total : 0, 'fraction')})`).join(', ')}.`,
		table: { columns: [{ label: 'Part', unit: 'method' }, { label: 'Power', unit: 'MW' }, { label: 'Share', unit: 'fraction' }], rows: breakdown.map((b) => [b.label, b.mw, total > 0 ? b.mw / total : 0]) },
		legend: breakdown.map((b, i) => ({ label: b.label, color: colors[i]!, kind: 'box' })),
	};
}

/** Line: facility MW against accelerator count (log axis), with the power budget as a dashed line. */
export function powerByCountChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'line'>> {
	const { byCount, budgetMw } = powerSeries(input.values);
	const [line, budget] = [theme.series[0]!, theme.reference];
	const band = bandSeries(input, byCount.map((p) => p.count), (count) => ({ count }), 'facility_mw');
	const first = byCount[0]!;
	const last = byCount[byCount.length - 1]!;
	const maxCount = input.outputs['max_count_in_budget'];
	return {
		id: 'by-count',
		title: 'Facility power against fleet size',
		config: {
			type: 'line',
			data: {
				datasets: [
					{ label: 'Facility power', data: byCount.map((p) => ({ x: p.count, y: p.facilityMw })), borderColor: line, backgroundColor: line, pointRadius: 0, borderWidth: 2, order: 1 },
					{ label: 'Power budget', data: [{ x: first.count, y: budgetMw }, { x: last.count, y: budgetMw }], borderColor: budget, backgroundColor: budget, borderDash: [6, 4], pointRadius: 0, borderWidth: 2, order: 2 },
					...(band ? bandDatasets(band, withAlpha(line, 0.2)) : []),
				],
			},
			options: {
				...baseOptions(theme, { y: 'MW' }),
				scales: {
					x: axis(theme, 'Accelerators', 'logarithmic'),
					y: { ...axis(theme, 'Facility power (MW)', 'linear'), beginAtZero: true },
				},
			},
		},
		summary:
			`Facility power rises from ${fmt(first.facilityMw, 'MW')} at ${fmt(first.count, 'count')} accelerators to ${fmt(last.facilityMw, 'MW')} at ${fmt(last.count, 'count')}. ` +
			`A budget of ${fmt(budgetMw, 'MW')} fits ${fmt(maxCount, 'count')} accelerators.`,
		table: {
			columns: [{ label: 'Accelerators', unit: 'count' }, { label: 'Facility power', unit: 'MW' }, ...(band ? [{ label: 'P10', unit: 'MW' as const }, { label: 'P90', unit: 'MW' as const }] : [])],
			rows: byCount.map((p, i) => [p.count, p.facilityMw, ...(band ? [band[i]?.p10 ?? null, band[i]?.p90 ?? null] : [])]),
		},
		legend: [
			{ label: 'Facility power', color: line, kind: 'line' },
			{ label: 'Power budget', color: budget, kind: 'dashed' },
			...(band ? [{ label: 'P10 to P90', color: withAlpha(line, 0.2), kind: 'box' as const }] : []),
		],
	};
}

export const powerCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => [powerBreakdownChart(input, theme), powerByCountChart(input, theme)];
