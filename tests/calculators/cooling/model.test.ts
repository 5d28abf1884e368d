import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
	airflowM3PerH,
	computeCooling,
	coolingCalculator,
	coolingMethodFor,
	waterFlowLPerMin,
} from '../../../src/calculators/cooling/model';
import { FC_SEED, closeTo, valuesFor } from '../../helpers/engine';

const thresholds = { airMaxKw: 35, rearDoorMaxKw: 80, directToChipMaxKw: 150 };

describe('airflowM3PerH', () => {
	// domain-facts §7 example 2a: DGX H100, 10.2 kW on air at ΔT 20 °F (11.11 K):
	// V = 10,200 / (1.2 × 1,005 × 11.11) = 0.7612 m³/s ≈ 1,612.9 CFM (imperial rule of thumb: 1,611.6 CFM).
	it('reproduces worked example 2a for one DGX H100', () => {
		const m3PerH = airflowM3PerH(10.2, (20 * 5) / 9);
		expect(m3PerH / 3600).toBeCloseTo(0.7612, 3);
		const cfm = computeCooling({
			rackKw: 10.2,
			racks: 1,
			liquidFraction: 0,
			airDeltaTK: (20 * 5) / 9,
			liquidDeltaTK: 10,
			wueLPerKwh: 0,
			utilization: 1,
			...thresholds,
		}).airCfmPerRack;
		expect(Math.abs(cfm - 1612.9) / 1612.9).toBeLessThan(0.001);
		expect(Math.abs(cfm - 1611.6) / 1611.6).toBeLessThan(0.002);
	});

	it('scales linearly with heat and inversely with ΔT', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.1, max: 1000, noNaN: true }),
				fc.double({ min: 1, max: 40, noNaN: true }),
				fc.double({ min: 1.1, max: 10, noNaN: true }),
				(kw, dt, k) => {
					expect(airflowM3PerH(kw * k, dt) / airflowM3PerH(kw, dt)).toBeCloseTo(k, 9);
					expect((airflowM3PerH(kw, dt * k) * k) / airflowM3PerH(kw, dt)).toBeCloseTo(1, 9);
				},
			),
			{ seed: FC_SEED },
		);
	});
});

describe('waterFlowLPerMin', () => {
	// domain-facts §7 example 2b: NVL72 at 120 kW, ΔT 10 K: 2.867 kg/s ≈ 172 L/min (1.433 L/min per kW);
	// the contract uses water density 997 kg/m³, so the litres are 0.3% more than the kilograms.
	it('reproduces worked example 2b for a 120 kW NVL72 rack', () => {
		const lpm = waterFlowLPerMin(120, 10);
		expect(lpm).toBeGreaterThan(172);
		expect(lpm).toBeLessThan(173);
	});
});

describe('computeCooling', () => {
	it('gives 34.1 tons and 409,440 BTU/h for a 120 kW rack (example 2b)', () => {
		const o = computeCooling({
			rackKw: 120,
			racks: 1,
			liquidFraction: 1,
			airDeltaTK: 11.1,
			liquidDeltaTK: 10,
			wueLPerKwh: 0,
			utilization: 1,
			...thresholds,
		});
		expect(o.coolingTons).toBeCloseTo(34.12, 2);
		expect(Math.abs(o.heatBtuPerH - 409_440) / 409_440).toBeLessThan(0.001);
		expect(o.airM3PerHPerRack).toBe(0);
	});

	it.each([
		[10, 'air'],
		[35, 'air'],
		[35.1, 'rear-door'],
		[80, 'rear-door'],
		[120, 'direct-to-chip'],
		[150, 'direct-to-chip'],
		[300, 'immersion'],
	] as const)('classes a %s kW rack as %s', (kw, method) => {
		expect(coolingMethodFor(kw, thresholds)).toBe(method);
	});
});

describe('contract relations (cooling)', () => {
	it('hold for any valid input', () => {
		const d = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
		fc.assert(
			fc.property(
				d(0.1, 1000),
				fc.integer({ min: 1, max: 1_000_000 }),
				d(0, 1),
				d(1, 40),
				d(1, 40),
				d(0, 10),
				d(0, 1),
				(rack, racks, lf, adt, ldt, wue, util) => {
					const v = {
						...valuesFor('cooling'),
						rack_kw: rack,
						racks,
						liquid_fraction: lf,
						air_delta_t_c: adt,
						liquid_delta_t_c: ldt,
						wue_l_per_kwh: wue,
						utilization: util,
					};
					const o = coolingCalculator.compute(v);
					const heat = rack * racks;
					const air = ((rack * 1000 * (1 - lf)) / (1.2 * 1005 * adt)) * 3600;
					expect(closeTo(o['heat_kw'], heat)).toBe(true);
					expect(closeTo(o['air_m3_per_h_per_rack'], air) || (air === 0 && o['air_m3_per_h_per_rack'] === 0)).toBe(
						true,
					);
					expect(closeTo(o['air_cfm_per_rack'], air / 1.699011) || air === 0).toBe(true);
					const liquid = ((rack * 1000 * lf) / (997 * 4186 * ldt)) * 1000 * 60;
					expect(closeTo(o['liquid_l_per_min_per_rack'], liquid) || liquid === 0).toBe(true);
					expect(closeTo(o['cooling_tons'], heat / 3.51685)).toBe(true);
					expect(closeTo(o['annual_water_m3'], (heat * util * 8760 * wue) / 1000) || wue * util === 0).toBe(true);
					expect(['air', 'rear-door', 'direct-to-chip', 'immersion']).toContain(o['method']);
				},
			),
			{ seed: FC_SEED, numRuns: 500 },
		);
	});
});
