import { describe, expect, it } from 'vitest';

import { readScenario } from '../../src/engine';
import { CALCULATORS } from '../../src/registry/calculators';
import type { OutputSpec } from '../../src/engine';
import { difference, inputText, scenarioDifferences, valueText } from '../../src/islands/calculator/model/compare';
import { contextFor } from '../helpers/engine';

const spec = (id: keyof typeof CALCULATORS, key: string): OutputSpec =>
	CALCULATORS[id].outputs.find((o) => o.key === key)!;

describe(difference, () => {
	it('gives B − A in the output’s unit and in per cent of A', () => {
		expect(difference(spec('power', 'facility_mw'), 150, 168)).toEqual({ abs: '+18 MW', pct: '+12%', sign: 1 });
		expect(difference(spec('power', 'facility_mw'), 168, 150)).toEqual({ abs: '−18 MW', pct: '−11%', sign: -1 });
		expect(difference(spec('power', 'annual_cost_usd'), 94.3e6, 159e6)).toEqual({
			abs: '+$64.7 million',
			pct: '+69%',
			sign: 1,
		});
	});

	it('counts in whole numbers, fractions in percentage points, years in years', () => {
		expect(difference(spec('power', 'racks'), 3504, 5256)!.abs).toBe('+1,752');
		expect(difference(spec('reliability', 'goodput'), 0.9, 0.84)!.abs).toBe('−6 points');
		expect(difference(spec('reliability', 'goodput'), 0.9, 0.91)!.abs).toBe('+1 point');
		expect(difference(spec('growth', 'first_year_over_1gw'), 2028, 2030)!.abs).toBe('+2 years');
	});

	it('says 0 for no change and leaves out the per cent when A is zero', () => {
		expect(difference(spec('power', 'facility_mw'), 168, 168)).toEqual({ abs: '0', pct: '0%', sign: 0 });
		expect(difference(spec('cooling', 'liquid_l_per_min_per_rack'), 0, 120)!.pct).toBe('');
	});

	it('has nothing to subtract for text, empty or non-finite values', () => {
		expect(difference(spec('cooling', 'method'), 'air', 'immersion')).toBeNull();
		expect(difference(spec('growth', 'first_year_over_1gw'), null, 2030)).toBeNull();
		expect(difference(spec('power', 'facility_mw'), Number.NaN, 1)).toBeNull();
	});
});

describe(valueText, () => {
	it('prints whole numbers in full and others as the calculators print inputs', () => {
		expect(valueText(50677, 'h')).toBe('50,677 h');
		expect(valueText(100000, 'count')).toBe('100,000');
		expect(valueText(2030, 'year')).toBe('2030');
		expect(valueText(1.2, 'ratio')).toBe('1.2');
		expect(valueText(0, 'fraction')).toBe('0%');
		expect(valueText(10.2, 'kW')).toBe('10.2 kW');
	});
});

describe(scenarioDifferences, () => {
	const ctx = contextFor('power');
	const read = (raw: Record<string, string>) => readScenario(CALCULATORS.power, raw, ctx).scenario;

	it('lists the preset and each field that differs, in the calculator’s order, as text', () => {
		const diffs = scenarioDifferences(
			CALCULATORS.power,
			read({}),
			read({ accelerator: 'gb200', rack_kw: '130', pue: '1.1~1.4' }),
			ctx.accelerators,
		);
		// The GB200 system also brings its own server overhead (1.39 against the H100's 1.82).
		expect(diffs.map((d) => d.param)).toEqual(['accelerator', 'board_w', 'server_overhead', 'pue', 'rack_kw']);
		expect(diffs[0]).toMatchObject({
			label: 'Accelerator',
			from: 'NVIDIA H100 SXM (DGX H100)',
			to: expect.stringMatching(/GB200/),
		});
		expect(diffs.find((d) => d.param === 'pue')).toMatchObject({ from: '1.2', to: '1.1 to 1.4' });
		expect(diffs.find((d) => d.param === 'rack_kw')).toMatchObject({ from: '40.8 kW', to: '130 kW' });
	});

	it('finds nothing between a scenario and itself, and a range against its own midpoint', () => {
		expect(scenarioDifferences(CALCULATORS.power, read({ pue: '1.1~1.4' }), read({ pue: '1.1~1.4' }))).toEqual([]);
		const mid = read({ pue: '1.1~1.4' }).values['pue']!;
		expect(
			scenarioDifferences(CALCULATORS.power, read({ pue: '1.1~1.4' }), read({ pue: String(mid) })).map((d) => d.param),
		).toEqual(['pue']);
	});

	it('names an input’s value as the scenario states it', () => {
		expect(inputText(read({ count: '50000~200000' }), 'count', 'count')).toBe('50,000 to 200,000');
	});
});
