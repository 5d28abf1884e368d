import { describe, expect, it } from 'vitest';

import { registry } from '../../src/data/registry';
import { campusEngine, enginePowerMw, powerCalculatorHref, timeToPowerHref } from '../../src/lib/campus-power';
import type { Campus } from '../../src/schemas/campus';
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

describe('timeToPowerHref', () => {
	const campus = (power: Record<string, unknown>) => ({ id: 'test-campus', power }) as unknown as Campus;
	const figure = (f: Record<string, unknown>) => ({ sources: ['x'], confidence: 'verified-primary', ...f });

	it('pre-fills the planned facility power, a range when reports conflict, and on-site power', () => {
		expect(timeToPowerHref(campus({ plannedMw: figure({ value: 1200, basis: 'facility' }) }))?.href).toBe(
			'/calculators/time-to-power/?load_mw=1200',
		);
		expect(
			timeToPowerHref(
				campus({
					plannedMw: figure({ low: 150, high: 300, basis: 'unspecified' }),
					onSiteMw: figure({ value: 35, basis: 'unspecified' }),
				}),
			),
		).toMatchObject({
			href: '/calculators/time-to-power/?load_mw=150~300&onsite_mw=35',
			loadMw: { low: 150, high: 300 },
			onsiteMw: { low: 35, high: 35 },
		});
	});

	it('turns a planned IT load into facility load with the power calculator’s default PUE', () => {
		const pue = Number(registry.assumptions.get('power.pue')!.value);
		const link = timeToPowerHref(campus({ plannedMw: figure({ value: 100, basis: 'it' }) }))!;
		expect(link.pue).toBe(pue);
		expect(link.loadMw.low).toBeCloseTo(100 * pue, 6);
	});

	it('gives nothing without a planned power', () => {
		expect(timeToPowerHref(campus({ currentMw: figure({ value: 50, basis: 'facility' }) }))).toBeUndefined();
	});
});
