import { describe, expect, it } from 'vitest';

import { islandProps } from '../../src/components/calculator/islandProps';
import { CHARTS } from '../helpers/engine';
import { LIGHT_THEME } from '../../src/charts/theme';
import { CALCULATORS } from '../../src/registry/calculators';
import { calculatorCsv, scenarioLine, toCsv } from '../../src/islands/calculator/lazy/exports';
import {
	fromSliderPosition,
	LOG_STEPS,
	sliderAttributes,
	toSliderPosition,
} from '../../src/islands/calculator/model/slider';
import { createCalculatorState } from '../../src/islands/calculator/model/store';
import { formulaNumber, substituteFormula } from '../../src/islands/calculator/model/work';
import { contextFor } from '../helpers/engine';

describe(toCsv, () => {
	it('joins rows with CRLF', () =>
		expect(
			toCsv([
				['a', 1],
				[null, 'b'],
			]),
		).toBe('a,1\r\n,b\r\n'));
});

describe(calculatorCsv, () => {
	const props = islandProps('power', { mode: 'page', idPrefix: 'x' });
	const state = createCalculatorState(CALCULATORS.power, contextFor('power'), CHARTS.power, {
		pue: '1.1~1.4',
	});
	const view = state.view();
	const csv = calculatorCsv({
		calc: CALCULATORS.power,
		solved: view.solved,
		charts: view.charts,
		provenance: props.provenance,
		sources: props.sources,
		url: 'https://example.test/calculators/power/?pue=1.1~1.4',
	});
	const lines = csv.split('\r\n');

	it('lists every input with its value, range and the source of its default', () => {
		expect(lines[1]).toBe('scenario,https://example.test/calculators/power/?pue=1.1~1.4');
		const pue = lines.find((l) => l.startsWith('pue,'))!;
		expect(pue).toMatch(/^pue,PUE,[\d.]+,1\.1,1\.4,ratio,yes,.+,https:\/\/.+,derived$/);
		expect(lines.find((l) => l.startsWith('accelerator,'))).toMatch(/^accelerator,Accelerator,h100-sxm,,,preset,,/);
	});

	it('gives each output its P50, P10 and P90', () => {
		const row = lines.find((l) => l.startsWith('facility_mw,'))!.split(',');
		const [p50, p10, p90] = [Number(row[2]), Number(row[3]), Number(row[4])];
		expect(p10).toBeLessThanOrEqual(p50);
		expect(p50).toBeLessThanOrEqual(p90);
	});

	it('appends each chart’s series', () => {
		expect(lines).toContain('chart: Facility power against fleet size');
		expect(lines).toContain('Accelerators (count),Facility power (MW),P10 (MW),P90 (MW)');
	});
});

describe(scenarioLine, () => {
	it('reads the canonical query for people', () => {
		expect(scenarioLine('')).toBe('Default scenario');
		expect(scenarioLine('count=200000&pue=1.1~1.4')).toBe('Scenario: count = 200000, pue = 1.1~1.4');
	});
});

describe('sliders', () => {
	const count = CALCULATORS.power.fields.find((f) => f.param === 'count')!;
	const pue = CALCULATORS.power.fields.find((f) => f.param === 'pue')!;

	it('maps log sliders onto equal ratios', () => {
		expect(sliderAttributes(count.slider!)).toEqual({ min: 0, max: LOG_STEPS, step: 1 });
		expect(toSliderPosition(count.slider!, 1000)).toBe(0);
		expect(toSliderPosition(count.slider!, 1_000_000)).toBe(LOG_STEPS);
		expect(toSliderPosition(count.slider!, 31_623)).toBe(LOG_STEPS / 2);
		expect(fromSliderPosition(count, count.slider!, LOG_STEPS / 2)).toBe(32000);
	});

	it('keeps linear sliders native and rounds to the step', () => {
		expect(sliderAttributes(pue.slider!)).toEqual({ min: 1, max: 2, step: 0.01 });
		expect(fromSliderPosition(pue, pue.slider!, 1.2300000000000002)).toBe(1.23);
	});

	it('clamps values outside the slider and keeps whole numbers whole', () => {
		expect(toSliderPosition(count.slider!, 5)).toBe(0);
		expect(Number.isInteger(fromSliderPosition(count, count.slider!, 37))).toBe(true);
	});
});

describe(substituteFormula, () => {
	it('puts values in for parameter names and output keys, leaving other words', () => {
		expect(substituteFormula('ceil(it_mw × 1000 ÷ rack_kw)', { rack_kw: 40 }, { it_mw: 140.14 })).toBe(
			'ceil(140.1 × 1000 ÷ 40)',
		);
		expect(substituteFormula('air up to air_max_kw', { air_max_kw: 20 }, {})).toBe('air up to 20');
	});

	it('writes whole numbers in full and big ones in scientific notation', () => {
		expect(formulaNumber(16384)).toBe('16,384');
		expect(formulaNumber(3.8e25)).toBe('3.8 × 10²⁵');
		expect(formulaNumber(0.123456)).toBe('0.1235');
	});

	it('ignores names inherited from Object.prototype', () => {
		expect(substituteFormula('constructor × count', { count: 2 }, {})).toBe('constructor × 2');
	});
});

describe(islandProps, () => {
	it('passes the defaults, presets and only the sources the calculator cites', () => {
		const p = islandProps('power', { mode: 'inline', idPrefix: 'p', initial: { count: 5 } });
		expect(p.initial).toEqual({ count: '5' });
		expect(p.defaultPreset).toBe('h100-sxm');
		expect(p.accelerators?.map((a) => a.id)).toContain('b200');
		expect(p.provenance['pue']?.source).toBe('thefreesheet-uptime-pue-2025');
		for (const id of Object.keys(p.sources)) expect(p.sources[id]!.url).toMatch(/^https?:\/\//);
		expect(islandProps('cooling', { mode: 'page', idPrefix: 'c' }).accelerators?.map((a) => a.id)).toContain('gb200');
		expect(islandProps('reliability', { mode: 'page', idPrefix: 'r' }).accelerators).toBeUndefined();
	});

	it('serialises to JSON and back unchanged (Astro passes it as a prop)', () => {
		const p = islandProps('mfu', { mode: 'page', idPrefix: 'm' });
		expect(JSON.parse(JSON.stringify(p))).toEqual(JSON.parse(JSON.stringify(p)));
		expect(JSON.stringify(p)).not.toMatch(/function|=>/);
		expect(LIGHT_THEME.series).toHaveLength(5);
	});
});
