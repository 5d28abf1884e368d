import { describe, expect, it } from 'vitest';

import { registry } from '../../src/data/registry';
import { campusEngine, enginePowerMw, powerCalculatorHref } from '../../src/lib/campus-power';
import { evaluateFigure } from '../../src/lib/figures';

describe('enginePowerMw', () => {
	it('agrees with the build-time figure path that chapters use', () => {
		const figure = evaluateFigure('power', { accelerator: 'gb200', count: 400000 }, 'facility_mw', 'test');
		expect(enginePowerMw('gb200', 400000).facilityMw).toBeCloseTo(Number(figure.value), 6);
	});

	it('grows in proportion to the accelerator count', () => {
		expect(enginePowerMw('h100-sxm', 200000).itMw).toBeCloseTo(2 * enginePowerMw('h100-sxm', 100000).itMw, 6);
	});
});

describe('powerCalculatorHref', () => {
	it('pre-fills the preset and count, and a range when reports conflict', () => {
		expect(powerCalculatorHref('gb200', { low: 400000, high: 400000 })).toBe(
			'/calculators/power/?accelerator=gb200&count=400000',
		);
		expect(powerCalculatorHref('gb200', { low: 400000, high: 450000 })).toBe(
			'/calculators/power/?accelerator=gb200&count=400000~450000',
		);
	});
});

describe('campusEngine on the real campuses', () => {
	it('runs only where a count and a preset exist, and compares like with like', () => {
		for (const c of registry.campuses.values()) {
			const e = campusEngine(c);
			for (const g of e.groups)
				expect(c.accelerators.some((a) => a.count && (a.preset ?? a.closestPreset) === g.presetId)).toBe(true);
			if (e.comparison) {
				expect(e.comparison.engine).toEqual(e.comparison.basis === 'it' ? e.itMw : e.facilityMw);
				if (e.comparison.verdict === 'overlaps') expect(e.comparison.gap).toBe(0);
				else expect(e.comparison.gap).toBeGreaterThan(0);
			}
		}
	});
});
