import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { CALCULATORS } from '../../src/registry/calculators';
import {
	checkField,
	formatLimit,
	numberText,
	parseFieldText,
	parseNumber,
	readScenario,
	scenarioToParams,
} from '../../src/engine';
import type { NumberField } from '../../src/engine';
import { FC_SEED, contextFor } from '../helpers/engine';

const pue = CALCULATORS.power.fields.find((f) => f.param === 'pue')!;
const count = CALCULATORS.power.fields.find((f) => f.param === 'count')!;

describe('parseNumber', () => {
	it.each([
		['100000', 100000],
		['1.5e26', 1.5e26],
		['2E9', 2e9],
		[' 0.5 ', 0.5],
		['.25', 0.25],
		['-3', -3],
		['+7', 7],
		// As people write numbers (the contract's "Common rules"): all of these are 12,500.
		['12,500', 12_500],
		['12500', 12_500],
		['1.25e4', 12_500],
		['12.5k', 12_500],
		['12.5K', 12_500],
		['1,234,567.5', 1_234_567.5],
		['2M', 2e6],
		['1.5B', 1.5e9],
		['0.3T', 3e11],
	])('reads %j as %d', (text, value) => {
		expect(parseNumber(text)).toEqual({ ok: true, value });
	});

	it.each([
		['', 'is empty; enter a number'],
		['abc', '"abc" is not a number (write digits, e.g. 12,500, 12.5k or 1.5e26)'],
		['1,5', '"1,5" is not a number (the decimal mark is a point: write 1.5)'],
		['1,00', '"1,00" is not a number (the decimal mark is a point: write 1.00)'],
		['12,50,0', '"12,50,0" is not a number (write digits, e.g. 12,500, 12.5k or 1.5e26)'],
		['40%', '"40%" is not a number here (a % is for shares, e.g. 40%)'],
		['5x', '"5x" is not a number (write digits, e.g. 12,500, 12.5k or 1.5e26)'],
		['NaN', '"NaN" is not a number (write digits, e.g. 12,500, 12.5k or 1.5e26)'],
		['Infinity', '"Infinity" is not a number (write digits, e.g. 12,500, 12.5k or 1.5e26)'],
		['1e400', 'is too large to compute'],
		[
			'<script>alert(1)</script>',
			'"<script>alert(1)</script…" is not a number (write digits, e.g. 12,500, 12.5k or 1.5e26)',
		],
	])('refuses %j', (text, error) => {
		expect(parseNumber(text)).toEqual({ ok: false, error });
	});

	it('refuses non-finite numbers', () => {
		expect(parseNumber(Number.NaN).ok).toBe(false);
		expect(parseNumber(Number.POSITIVE_INFINITY).ok).toBe(false);
	});
});

describe('checkField', () => {
	it('rejects PUE below 1 and says what 1.0 means', () => {
		expect(checkField(pue, 0.9)).toMatchInlineSnapshot(`
			{
			  "error": "PUE must be at least 1; 1.0 means no overhead",
			  "ok": false,
			}
		`);
	});
	it('accepts PUE of exactly 1 (the limit) but warns it is below any reported fleet', () => {
		expect(checkField(pue, 1)).toEqual({
			ok: true,
			value: 1,
			warning: 'PUE below 1.05: below any reported fleet PUE (Meta 1.08)',
		});
	});
	it('rejects values past the maximum', () => {
		expect(checkField(pue, 3.0000001)).toEqual({ ok: false, error: 'PUE must be at most 3' });
		expect(checkField(pue, 3)).toEqual({
			ok: true,
			value: 3,
			warning: 'PUE above 2: worse than the industry average (about 1.56)',
		});
	});
	it('rejects fractional counts and zero', () => {
		expect(checkField(count, 1.5)).toEqual({ ok: false, error: 'Accelerators must be a whole number' });
		expect(checkField(count, 0)).toEqual({ ok: false, error: 'Accelerators must be at least 1' });
	});
	it('honours exclusive minimums', () => {
		const f: NumberField = {
			param: 'x',
			label: 'X',
			unit: '',
			help: '',
			assumption: 'x',
			min: 0,
			max: 1,
			minExclusive: true,
		};
		expect(checkField(f, 0)).toEqual({ ok: false, error: 'X must be more than 0' });
		expect(checkField(f, 0.1).ok).toBe(true);
	});
});

describe('parseFieldText', () => {
	it('reads a range low~high', () => {
		expect(parseFieldText(pue, '1.1~1.4')).toEqual({ ok: true, value: { low: 1.1, high: 1.4 } });
	});
	it('collapses a range whose ends are equal to a point', () => {
		expect(parseFieldText(pue, '1.2~1.2')).toEqual({ ok: true, value: 1.2 });
	});
	it('refuses inverted and out-of-range ranges', () => {
		expect(parseFieldText(pue, '1.4~1.1')).toEqual({
			ok: false,
			error: "PUE: the range's low end must not exceed its high end",
		});
		expect(parseFieldText(pue, '0.5~1.4')).toEqual({
			ok: false,
			error: 'PUE must be at least 1; 1.0 means no overhead',
		});
		expect(parseFieldText(pue, 'a~1.4')).toEqual({
			ok: false,
			error: 'PUE: low end "a" is not a number (write digits, e.g. 12,500, 12.5k or 1.5e26)',
		});
	});
	it('never throws, whatever the text', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				const r = parseFieldText(pue, s);
				if (r.ok && typeof r.value === 'number') expect(Number.isFinite(r.value)).toBe(true);
			}),
			{ seed: FC_SEED, numRuns: 2000 },
		);
	});
});

describe('readScenario', () => {
	const ctx = contextFor('power');
	it('takes defaults for missing params, with the default system setting the fields it controls', () => {
		const r = readScenario(CALCULATORS.power, {}, ctx);
		// The default preset is the H100 SXM system (tests/fixtures/registry/systems/h100-sxm.yaml):
		// 700 W boards in a DGX H100 (10.2 kW ÷ 5.6 kW = 1.82), four servers to a 40.8 kW rack.
		expect(r.scenario.values).toEqual({
			...ctx.defaults,
			board_w: 700,
			server_overhead: 1.82,
			network_share: 0.1,
			rack_kw: 40.8,
		});
		expect(r.ignored).toEqual([]);
	});
	it('reads an old preset id through its system alias, and keeps a field the system does not publish at its default', () => {
		// TPU v4: Google publishes no board power, so board_w stays at the registry default.
		const r = readScenario(CALCULATORS.power, { accelerator: 'tpu-v4' }, ctx);
		expect(r.scenario.preset).toBe('tpu-v4');
		expect(r.scenario.values['board_w']).toBe(ctx.defaults['board_w']);
	});
	it('lets a preset set defaults and an explicit param override them', () => {
		expect(readScenario(CALCULATORS.power, { accelerator: 'gb200' }, ctx).scenario.values['board_w']).toBe(1200);
		expect(
			readScenario(CALCULATORS.power, { accelerator: 'gb200', board_w: '1100' }, ctx).scenario.values['board_w'],
		).toBe(1100);
	});
	it('ignores malformed and out-of-range params with a message, and keeps the default', () => {
		const r = readScenario(CALCULATORS.power, { pue: 'abc', count: '-5', accelerator: 'tpu-v99', bogus: '1' }, ctx);
		expect(r.scenario.values['pue']).toBe(ctx.defaults['pue']);
		expect(r.ignored).toMatchInlineSnapshot(`
			[
			  {
			    "message": "unknown accelerator "tpu-v99"; expected one of a100, b200, b300, gb200, gb300, h100-sxm, h200, mi300x, mi325x, mi355x, tpu-v4, tpu-v5p, tpu-v6e, tpu-v7, trainium2, trainium3, vera-rubin-nvl72",
			    "param": "accelerator",
			  },
			  {
			    "message": "Accelerators must be at least 1",
			    "param": "count",
			  },
			  {
			    "message": "PUE "abc" is not a number (write digits, e.g. 12,500, 12.5k or 1.5e26)",
			    "param": "pue",
			  },
			]
		`);
	});
	it('collects soft-range warnings', () => {
		expect(readScenario(CALCULATORS.power, { pue: '2.5' }, ctx).warnings).toEqual([
			{ param: 'pue', message: 'PUE above 2: worse than the industry average (about 1.56)' },
		]);
	});
	it('records ranges and uses their geometric midpoint as the point value', () => {
		const r = readScenario(CALCULATORS.power, { pue: '1.1~1.4' }, ctx);
		expect(r.scenario.ranges['pue']).toEqual({ low: 1.1, high: 1.4 });
		expect(r.scenario.values['pue']).toBeCloseTo(Math.sqrt(1.1 * 1.4), 12);
	});
	it('round-trips through scenarioToParams', () => {
		const raw = { accelerator: 'b200', count: '25000', pue: '1.1~1.4', price_usd_mwh: '1.5e2' };
		const first = readScenario(CALCULATORS.power, raw, ctx).scenario;
		const params = scenarioToParams(CALCULATORS.power, first, ctx);
		expect(params).toEqual({ accelerator: 'b200', count: '25000', pue: '1.1~1.4', price_usd_mwh: '150' });
		expect(readScenario(CALCULATORS.power, params, ctx).scenario).toEqual(first);
	});
	it('reads a link with crossed cooling ceilings the same way every time', () => {
		const ctx = contextFor('cooling');
		const first = readScenario(CALCULATORS.cooling, { dlc_max_kw: '1', rear_door_max_kw: '1' }, ctx);
		expect(first.ignored.map((p) => p.param)).toEqual(['rear_door_max_kw', 'dlc_max_kw']);
		const v = first.scenario.values;
		expect(v['air_max_kw']! < v['rear_door_max_kw']! && v['rear_door_max_kw']! < v['dlc_max_kw']!).toBe(true);
		const again = readScenario(CALCULATORS.cooling, scenarioToParams(CALCULATORS.cooling, first.scenario, ctx), ctx);
		expect(again.scenario.values).toEqual(v);
		expect(again.ignored).toEqual([]);
	});
	it('keeps whole-number fields whole when given a range', () => {
		const r = readScenario(CALCULATORS.growth, { base_year: '2021~2028' }, contextFor('growth'));
		expect(Number.isInteger(r.scenario.values['base_year'])).toBe(true);
	});
	it('drops a cross-field error back to a value that works', () => {
		const r = readScenario(CALCULATORS.growth, { base_year: '2035', end_year: '2030' }, contextFor('growth'));
		expect(r.scenario.values['end_year']).toBe(2035);
		expect(r.ignored.map((p) => p.param)).toEqual(['end_year']);
	});
});

describe('numberText and formatLimit', () => {
	it('write numbers that read back the same', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
				const back = parseNumber(numberText(n));
				expect((back.ok && Object.is(back.value, n === 0 ? 0 : n)) || (n === 0 && back.ok && back.value === 0)).toBe(
					true,
				);
			}),
			{ seed: FC_SEED, numRuns: 2000 },
		);
	});
	it('keeps limits readable', () => {
		expect(formatLimit(10_000_000)).toBe('1e7');
		expect(formatLimit(0.5)).toBe('0.5');
		expect(formatLimit(1e-9)).toBe('1e-9');
	});
});

describe('parseFieldText with people’s numbers', () => {
	const utilization = CALCULATORS.power.fields.find((f) => f.param === 'utilization')!;
	const count = CALCULATORS.power.fields.find((f) => f.param === 'count')!;

	it.each([
		['40%', 0.4],
		['12.5 %', 0.125],
		['0.4', 0.4],
	])('reads %j in a fraction field as %d', (text, value) => {
		expect(parseFieldText(utilization, text)).toMatchObject({ ok: true, value });
	});

	it('reads a range of shares end by end', () => {
		expect(parseFieldText(utilization, '50%~70%')).toEqual({ ok: true, value: { low: 0.5, high: 0.7 } });
	});

	it('reads 12,500 and 12.5k accelerators, and refuses a % outside a fraction field', () => {
		expect(parseFieldText(count, '12,500')).toEqual({ ok: true, value: 12_500 });
		expect(parseFieldText(count, '12.5k~20k')).toEqual({ ok: true, value: { low: 12_500, high: 20_000 } });
		expect(parseFieldText(count, '50%')).toEqual({
			ok: false,
			error: 'Accelerators "50%" is not a number here (a % is for shares, e.g. 40%)',
		});
	});
});
