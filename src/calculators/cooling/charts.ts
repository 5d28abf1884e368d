/** Chart of the cooling calculator: airflow a rack needs against its density, over the four cooling classes. */
import type { ChartConfiguration } from 'chart.js';

import {
	COOLING_METHOD_LABELS,
	COOLING_METHODS,
	COOLING_OUTPUTS,
	COOLING_PARAMS,
	type CoolingMethod,
	coolingMethodFor,
} from './model';
import { as, fahrenheitFromKelvinDelta, type KelvinDelta, M3_PER_H_PER_CFM, readParams } from '../../engine';
import { formatNumber, indefiniteArticle } from '../../format';
import { bandDatasets, bandSeries, fillBetween } from '../../charts/band';
import { num, sweep, sweepCompare } from '../../charts/sweep';
import {
	axis,
	baseOptions,
	type ChartInput,
	type ChartTheme,
	type ChartView,
	compareDataset,
	compareLegend,
	fmt,
	withAlpha,
} from '../../charts/theme';

const isMethod = (m: unknown): m is CoolingMethod => typeof m === 'string' && m in COOLING_METHOD_LABELS;
const methodLabel = (m: unknown): string => (isMethod(m) ? COOLING_METHOD_LABELS[m] : String(m));

/** What each cooling class means for a rack, as the title says it. */
const CLASS_FINDINGS: Record<CoolingMethod, string> = {
	air: 'can be cooled by contained air',
	'rear-door': 'calls for a rear-door heat exchanger',
	'direct-to-chip': 'calls for direct-to-chip liquid',
	immersion: 'calls for immersion cooling',
};

/** "A" or "An" before a number as it is spoken ("An 80 kW rack"). */
const capitalArticle = (text: string) => (indefiniteArticle(text) === 'an' ? 'An' : 'A');

/** The chart's title states its finding: the cooling class this rack's density falls in. */
export function coolingFinding(rackKw: number | null, method: unknown): string {
	if (rackKw === null || !Number.isFinite(rackKw) || !isMethod(method)) return 'Airflow per rack against rack density';
	const kw = fmt(rackKw, 'kW');
	return `${capitalArticle(kw)} ${kw} rack ${CLASS_FINDINGS[method]}`;
}

export function coolingChart(input: ChartInput, theme: ChartTheme): ChartView<ChartConfiguration<'line'>> {
	const v = input.values;
	const i = readParams(COOLING_PARAMS, v);
	const rackKw = i.rackKw;
	const thresholds = {
		airMaxKw: i.airMaxKw,
		rearDoorMaxKw: i.rearDoorMaxKw,
		directToChipMaxKw: i.directToChipMaxKw,
	};
	const ceilings = [thresholds.airMaxKw, thresholds.rearDoorMaxKw, thresholds.directToChipMaxKw];
	const top = Math.max(rackKw * 1.25, ceilings[2]! * 1.5, 50);
	const densities = Array.from({ length: 41 }, (_, i) => (top * i) / 40);
	// All-air: the airflow a rack would need with no liquid at all.
	const allAir = (kw: number) => ({ [COOLING_PARAMS.rackKw]: kw, [COOLING_PARAMS.liquidFraction]: 0 });
	// Imperial: airflow in CFM (the engine's m³/h ÷ 1.699011); rack density stays in kW, as the trade writes it.
	const imperial = input.units === 'imperial';
	const flowUnit: 'CFM' | 'm3/h' = imperial ? 'CFM' : 'm3/h';
	const flow = (v: number | null) => (v === null ? null : imperial ? v / M3_PER_H_PER_CFM : v);
	const airOf = (o: Record<string, unknown>) => flow(num(o[COOLING_OUTPUTS.airM3PerHPerRack]));
	const airflow = sweep(input, densities, allAir).map(airOf);
	const airflowA = sweepCompare(input, densities, allAir)?.map(airOf);
	const current = airOf(input.outputs) ?? 0;
	const per10Kw = airOf(sweep(input, [10], allAir)[0]!);
	const bands = COOLING_METHODS.map((method, i) => ({
		method,
		fromKw: i === 0 ? 0 : ceilings[i - 1]!,
		toKw: i < 3 ? ceilings[i]! : top,
	}));
	const bandColors = bands.map((_, i) => withAlpha(theme.series[i % theme.series.length]!, 0.16));
	const bandSi = bandSeries(input, densities, allAir, COOLING_OUTPUTS.airM3PerHPerRack);
	const band = bandSi && bandSi.map((b) => ({ x: b.x, p10: flow(b.p10), p90: flow(b.p90) }));
	const rangeColor = withAlpha(theme.fg, 0.18);
	const [line, point] = [theme.fg, theme.reference];
	const rise = imperial
		? `${formatNumber(fahrenheitFromKelvinDelta(as<KelvinDelta>(i.airDeltaTK)))} °F`
		: `${formatNumber(i.airDeltaTK)} °C`;
	return {
		id: 'airflow',
		title: coolingFinding(rackKw, input.outputs[COOLING_OUTPUTS.method]),
		config: {
			type: 'line',
			data: {
				datasets: [
					{
						label: 'All-air airflow',
						data: densities.map((kw, i) => ({ x: kw, y: airflow[i]! })),
						borderColor: line,
						backgroundColor: line,
						pointRadius: 0,
						borderWidth: 2,
						order: 1,
					},
					{
						label: 'This rack',
						data: [{ x: rackKw, y: current }],
						borderColor: point,
						backgroundColor: point,
						pointRadius: 6,
						pointHoverRadius: 7,
						showLine: false,
						order: 0,
					},
					...(band ? bandDatasets(band) : []),
					...(airflowA
						? [
								compareDataset(
									'All-air airflow',
									densities.map((kw, i) => ({ x: kw, y: airflowA[i]! })),
									line,
								),
							]
						: []),
				],
			},
			options: {
				...baseOptions(theme, { y: flowUnit }),
				plugins: {
					...baseOptions(theme, { y: flowUnit }).plugins,
					aifgFill: {
						xBands: bands.map((b, i) => ({ from: b.fromKw, to: b.toKw, color: bandColors[i]! })),
						between: band ? [fillBetween(2, rangeColor)] : [],
					},
				},
				scales: {
					x: { ...axis(theme, 'Rack density (kW per rack)', 'linear'), min: 0, max: top },
					y: {
						...axis(theme, imperial ? 'Airflow (CFM per rack)' : 'Airflow (m³/h per rack)', 'linear'),
						beginAtZero: true,
					},
				},
			},
		},
		summary:
			`With ${indefiniteArticle(rise)} ${rise} air temperature rise, an all-air rack needs ${fmt(per10Kw, flowUnit)} of air for every 10 kW, ${fmt(airflow[40], flowUnit)} at ${fmt(top, 'kW')}. ` +
			`Air handles racks up to ${fmt(ceilings[0], 'kW')}, rear-door heat exchangers up to ${fmt(ceilings[1], 'kW')}, direct-to-chip liquid up to ${fmt(ceilings[2], 'kW')}, and immersion above. ` +
			`This rack, at ${fmt(rackKw, 'kW')}, calls for ${methodLabel(input.outputs[COOLING_OUTPUTS.method]).toLowerCase()} and leaves ${fmt(current, flowUnit)} of air to move.` +
			(airflowA ? ` Scenario A, dotted, needs ${fmt(airflowA[40], flowUnit)} at ${fmt(top, 'kW')}.` : ''),
		table: {
			columns: [
				{ label: 'Rack density', unit: 'kW' },
				{ label: 'All-air airflow', unit: flowUnit },
				{ label: 'Cooling class', unit: 'method' },
				...(airflowA ? [{ label: 'A: all-air airflow', unit: flowUnit }] : []),
			],
			rows: densities.map((kw, i) => [
				kw,
				airflow[i]!,
				methodLabel(coolingMethodFor(kw, thresholds)),
				...(airflowA ? [airflowA[i]!] : []),
			]),
		},
		legend: [
			{ label: 'All-air airflow', color: line, kind: 'line' },
			{ label: 'This rack', color: point, kind: 'point' },
			...bands.map((b, i) => ({
				label: methodLabel(b.method),
				color: bandColors[i]!,
				kind: 'box' as const,
			})),
			...(band ? [{ label: 'P10 to P90', color: rangeColor, kind: 'box' as const }] : []),
			...(airflowA ? [compareLegend('All-air airflow', line)] : []),
		],
	};
}

export const coolingCharts = (input: ChartInput, theme: ChartTheme): ChartView[] => [coolingChart(input, theme)];
