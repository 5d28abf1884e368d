import { describe, expect, it } from 'vitest';

import { lowerFirst, tornadoChart, tornadoSummary } from '../../src/charts/tornado';
import type { TornadoBar } from '../../src/engine';
import { CALCULATORS } from '../../src/registry/calculators';
import { TEST_THEME } from './helpers';

const spec = CALCULATORS.power.outputs.find((o) => o.key === 'facility_mw')!;
const bar = (param: string, label: string, atLow: number, atHigh: number): TornadoBar => ({
	param,
	label,
	low: 1,
	high: 2,
	outputAtLow: atLow,
	outputAtHigh: atHigh,
	swing: Math.abs(atHigh - atLow),
});
const BARS = [
	bar('count', 'Accelerators', 84, 336),
	bar('pue', 'PUE', 151, 221),
	bar('utilization', 'Average load', 168, 168),
];
const text = (_p: string, v: number) => String(v);

describe(lowerFirst, () => {
	it('lower-cases words and leaves acronyms', () => {
		expect(lowerFirst('Board power')).toBe('board power');
		expect(lowerFirst('PUE')).toBe('PUE');
		expect(lowerFirst('MFU, general-purpose')).toBe('MFU, general-purpose');
	});
});

describe(tornadoChart, () => {
	const view = tornadoChart(BARS, spec, 168, TEST_THEME, text);
	const data = view.config.data;

	it('draws one floating bar per input that moves the output, each end from today’s value', () => {
		expect(view.config.type).toBe('bar');
		expect(view.config.options?.indexAxis).toBe('y');
		expect(data.labels).toEqual(['Accelerators', 'PUE']);
		expect(data.datasets[0]!.data).toEqual([
			[168, 84],
			[168, 151],
		]);
		expect(data.datasets[1]!.data).toEqual([
			[168, 336],
			[168, 221],
		]);
		expect(data.datasets.map((d) => (d as { grouped?: boolean }).grouped)).toEqual([false, false]);
		expect(data.datasets.map((d) => d.backgroundColor)).toEqual([TEST_THEME.series[0], TEST_THEME.series[1]]);
	});

	it('keeps every input in its table, with its swing', () => {
		expect(view.table.rows).toEqual([
			['Accelerators', 84, 336, 252],
			['PUE', 151, 221, 70],
			['Average load', 168, 168, 0],
		]);
	});

	it('reads the bars in a sentence', () => {
		expect(view.summary).toBe(
			'Facility power is 168 MW here. Across each input\u2019s plausible range, with the others held, it moves most with accelerators (84 MW at 1, 336 MW at 2), then PUE (151 MW at 1, 221 MW at 2). Average load does not move it.'.replace(
				'\u2019',
				"'",
			),
		);
	});

	it('says so when nothing moves the output', () => {
		expect(tornadoSummary([BARS[2]!], spec, 168, text)).toBe(
			'None of the inputs with a plausible range moves facility power from 168 MW.',
		);
	});
});
