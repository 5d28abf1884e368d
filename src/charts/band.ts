/**
 * The P10–P90 band of a chart line when some inputs are ranges: the same seeded sampling as the
 * engine's Monte Carlo, evaluated along the chart's x values. Pure.
 */
import { quantileSorted, sampleRange } from '../engine/montecarlo';
import { mulberry32 } from '../engine/random';
import type { ChartInput } from './theme';

export interface BandPoint {
	readonly x: number;
	readonly p10: number;
	readonly p90: number;
}

/** Fewer samples than the headline results: a band is drawn, not read to three figures. */
export const BAND_SAMPLES = 400;

/**
 * For each x, P10 and P90 of output `y` when the ranged inputs are sampled and `at(x)` overrides
 * some inputs (the x axis itself). Returns null when no input is a range. Non-finite samples are
 * left out; a point with none left is dropped.
 */
export function bandSeries(input: ChartInput, xs: readonly number[], at: (x: number) => Readonly<Record<string, number>>, y: string, samples = BAND_SAMPLES): BandPoint[] | null {
	const ranged = input.calc.fields.filter((f) => input.ranges[f.param] !== undefined);
	if (ranged.length === 0) return null;
	const random = mulberry32(input.seed ^ 0x9e3779b9);
	const columns = xs.map(() => [] as number[]);
	const values = { ...input.values };
	for (let s = 0; s < samples; s++) {
		for (const f of ranged) values[f.param] = sampleRange(input.ranges[f.param]!, f, random);
		xs.forEach((x, i) => {
			const v = input.calc.compute({ ...values, ...at(x) })[y];
			if (typeof v === 'number' && Number.isFinite(v)) columns[i]!.push(v);
		});
	}
	const band: BandPoint[] = [];
	xs.forEach((x, i) => {
		const sorted = columns[i]!.sort((a, b) => a - b);
		if (sorted.length > 0) band.push({ x, p10: quantileSorted(sorted, 0.1), p90: quantileSorted(sorted, 0.9) });
	});
	return band;
}

/** Two Chart.js line datasets that fill between P90 and P10. Labels start with `~` (no tooltip). */
export function bandDatasets(band: readonly BandPoint[], color: string, yAxisID = 'y') {
	const common = { borderWidth: 0, pointRadius: 0, pointHoverRadius: 0, yAxisID, order: 10 };
	return [
		{ ...common, type: 'line' as const, label: '~P90', data: band.map((b) => ({ x: b.x, y: b.p90 })), backgroundColor: color, fill: '+1' as const },
		{ ...common, type: 'line' as const, label: '~P10', data: band.map((b) => ({ x: b.x, y: b.p10 })), backgroundColor: color, fill: false as const },
	];
}
