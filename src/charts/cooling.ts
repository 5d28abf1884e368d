/** Chart of the cooling calculator: airflow a rack needs against its density, over the four cooling classes. */
import type { ChartConfiguration } from 'chart.js';

import { COOLING_METHOD_LABELS, type CoolingMethod } from '../engine/cooling';
import { coolingSeries } from '../engine/series';
import { formatNumber } from '../lib/format';
import { bandDatasets, bandSeries } from './band';
import { axis, baseOptions, type ChartInput, type ChartTheme, type ChartView, fmt, withAlpha } from './theme';

const methodLabel = (m: unknown): string => (typeof m === 'string' && m in COOLING_METHOD_LABELS ? COOLING_METHOD_LABELS[m as CoolingMethod] : String(m));

export function coolingChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'line'>> {
	const s = coolingSeries(input.values);
	const line = theme.fg;
	const point = theme.reference;
	const top = Math.max(...s.byDensity.map((p) => p.airM3PerH), s.current.airM3PerH) * 1.05;
	const bandColors = s.bands.map((_, i) => withAlpha(theme.series[i % theme.series.length]!, 0.16));
	const band = bandSeries(input, s.byDensity.map((p) => p.rackKw), (rack_kw) => ({ rack_kw, liquid_fraction: 0 }), 'air_m3_per_h_per_rack');
	const first = s.byDensity[1] ?? s.byDensity[0]!;
	const last = s.byDensity[s.byDensity.length - 1]!;
	const method = input.outputs['method'];
	const dT = input.values['air_delta_t_c']!;
	return {
		id: 'airflow',
		title: 'Airflow per rack against rack density',
		config: {
			type: 'line',
			data: {
				datasets: [
					{ label: 'All-air airflow', data: s.byDensity.map((p) => ({ x: p.rackKw, y: p.airM3PerH })), borderColor: line, backgroundColor: line, pointRadius: 0, borderWidth: 2, order: 1 },
					{ label: 'This rack', data: [{ x: s.current.rackKw, y: s.current.airM3PerH }], borderColor: point, backgroundColor: point, pointRadius: 6, pointHoverRadius: 7, showLine: false, order: 0 },
					...s.bands.map((b, i) => ({
						label: `~${COOLING_METHOD_LABELS[b.method]}`,
						data: [{ x: b.fromKw, y: top }, { x: b.toKw, y: top }],
						backgroundColor: bandColors[i]!,
						borderWidth: 0,
						pointRadius: 0,
						pointHoverRadius: 0,
						fill: 'origin' as const,
						order: 20,
					})),
					...(band ? bandDatasets(band, withAlpha(line, 0.18)) : []),
				],
			},
			options: {
				...baseOptions(theme, { y: 'm3/h' }),
				scales: {
					x: { ...axis(theme, 'Rack density (kW per rack)', 'linear'), min: 0, max: last.rackKw },
					y: { ...axis(theme, 'Airflow (m³/h per rack)', 'linear'), min: 0, max: top },
				},
			},
		},
		summary:
			`With a ${formatNumber(dT)} °C air temperature rise, an all-air rack needs ${fmt(first.airM3PerH, 'm3/h')} at ${fmt(first.rackKw, 'kW')} and ${fmt(last.airM3PerH, 'm3/h')} at ${fmt(last.rackKw, 'kW')}. ` +
			`Air handles racks up to ${fmt(s.bands[0]!.toKw, 'kW')}, rear-door heat exchangers up to ${fmt(s.bands[1]!.toKw, 'kW')}, direct-to-chip liquid up to ${fmt(s.bands[2]!.toKw, 'kW')}, and immersion above. ` +
			`This rack, at ${fmt(s.current.rackKw, 'kW')}, calls for ${methodLabel(method).toLowerCase()} and leaves ${fmt(s.current.airM3PerH, 'm3/h')} of air to move.`,
		table: {
			columns: [{ label: 'Rack density', unit: 'kW' }, { label: 'All-air airflow', unit: 'm3/h' }, { label: 'Cooling class', unit: 'method' }],
			rows: s.byDensity.map((p) => [p.rackKw, p.airM3PerH, COOLING_METHOD_LABELS[s.bands.find((b) => p.rackKw <= b.toKw)?.method ?? 'immersion']]),
		},
		legend: [
			{ label: 'All-air airflow', color: line, kind: 'line' },
			{ label: 'This rack', color: point, kind: 'point' },
			...s.bands.map((b, i) => ({ label: COOLING_METHOD_LABELS[b.method], color: bandColors[i]!, kind: 'box' as const })),
			...(band ? [{ label: 'P10 to P90', color: withAlpha(line, 0.18), kind: 'box' as const }] : []),
		],
	};
}

export const coolingCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => [coolingChart(input, theme)];
