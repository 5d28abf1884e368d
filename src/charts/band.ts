/**
 * The P10–P90 band of a chart line when some inputs are ranges: the same seeded sampling as the
 * engine's Monte Carlo, evaluated along the chart's x values. Pure.
 */
import { makeSampler, quantileSorted } from '../engine';
import { mulberry32 } from '../engine';
import type { NumberField } from '../engine';
import type { ChartInput } from './theme';

export interface BandPoint {
	readonly x: number;
	/** null where no sample gave a finite value (a gap). */
	readonly p10: number | null;
	readonly p90: number | null;
}

/** Fewer samples than the headline results: a band is drawn, not read to three figures. */
const BAND_SAMPLES = 400;

/**
 * For each x, P10 and P90 of output `y` when the ranged inputs are sampled and `at(x)` overrides
 * some inputs (the x axis itself). Returns null when no input is a range. Non-finite samples are
 * left out; a point with none left is a gap (null), so the band stays aligned with `xs`. A band
 * already in `input.bands` (computed in a worker) is used as it is; one computed here is recorded
 * in `input.bandSink`.
 */
export function bandSeries(
	input: ChartInput,
	xs: readonly number[],
	at: (x: number) => Readonly<Record<string, number>>,
	y: string,
	samples = BAND_SAMPLES,
): BandPoint[] | null {
	const ranged = input.calc.fields.filter((f) => input.ranges[f.param] !== undefined);
	if (ranged.length === 0 || xs.length === 0) return null;
	const key = bandKey(xs, at, y);
	const known = input.bands?.[key];
	if (known !== undefined) return known as BandPoint[] | null;
	const band = computeBand(input, ranged, xs, at, y, samples);
	if (input.bandSink) input.bandSink[key] = band;
	return band;
}

/** Names a band by what it depends on besides the scenario: its output, x parameters and x values. */
export function bandKey(xs: readonly number[], at: (x: number) => Readonly<Record<string, number>>, y: string): string {
	return `${y}|${Object.keys(at(xs[0]!)).join(',')}|${xs.join(',')}`;
}

function computeBand(
	input: ChartInput,
	ranged: readonly NumberField[],
	xs: readonly number[],
	at: (x: number) => Readonly<Record<string, number>>,
	y: string,
	samples: number,
): BandPoint[] {
	const random = mulberry32(input.seed ^ 0x9e3779b9);
	const samplers = ranged.map((f) => makeSampler(input.ranges[f.param]!, f));
	const overrides = xs.map(at);
	const columns = xs.map(() => new Float64Array(samples));
	const counts = xs.map(() => 0);
	// One object, written in place: the x overrides always win over the sampled values, as
	// `{ ...sampled, ...at(x) }` would, without allocating per evaluation.
	const values = { ...input.values };
	for (let s = 0; s < samples; s++) {
		for (let r = 0; r < ranged.length; r++) values[ranged[r]!.param] = samplers[r]!(random);
		for (let i = 0; i < xs.length; i++) {
			Object.assign(values, overrides[i]);
			const v = input.calc.compute(values)[y];
			if (typeof v === 'number' && Number.isFinite(v)) columns[i]![counts[i]!++] = v;
		}
	}
	return xs.map((x, i) => {
		const sorted = columns[i]!.subarray(0, counts[i]!).sort();
		return sorted.length > 0
			? { x, p10: quantileSorted(sorted, 0.1), p90: quantileSorted(sorted, 0.9) }
			: { x, p10: null, p90: null };
	});
}

/**
 * Two invisible line datasets at P90 and P10 (labels start with `~`: no tooltip). The `aifgFill`
 * plugin shades between them; pass it `fillBetween(firstIndex, color)`.
 */
export function bandDatasets(band: readonly BandPoint[], yAxisID = 'y') {
	const common = {
		borderWidth: 0,
		borderColor: 'transparent',
		backgroundColor: 'transparent',
		pointRadius: 0,
		pointHoverRadius: 0,
		yAxisID,
		order: 10,
	};
	return [
		{ ...common, label: '~P90', data: band.map((b) => ({ x: b.x, y: b.p90 })) },
		{ ...common, label: '~P10', data: band.map((b) => ({ x: b.x, y: b.p10 })) },
	];
}

/** Plugin option: shade between dataset `upper` and the next one. */
export const fillBetween = (upper: number, color: string) => ({ upper, lower: upper + 1, color });
