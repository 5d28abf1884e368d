import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
	airDensityKgPerM3,
	airflowM3PerH,
	computeCooling,
	coolingCalculator,
	coolingMethodFor,
	pressureRatio,
	waterFlowLPerMin,
} from '../../../src/calculators/cooling/model';
import { FC_SEED, closeTo, valuesFor } from '../../helpers/engine';

const thresholds = {
	airMaxKw: 35,
	rearDoorMaxKw: 80,
	directToChipMaxKw: 150,
	altitudeM: 0,
	pue: 1.2,
	gridWaterLPerKwh: 0,
};

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

describe('altitude', () => {
	it('keeps the contract’s 1.2 kg/m³ exactly at sea level', () => {
		expect(airDensityKgPerM3(0)).toBe(1.2);
		const o = coolingCalculator.compute({
			...valuesFor('cooling'),
			rack_kw: 30,
			liquid_fraction: 0,
			air_delta_t_c: 10,
		});
		expect(o['air_m3_per_h_per_rack']).toBe(((30 * 1000) / (1.2 * 1005 * 10)) * 3600);
	});

	it('follows the U.S. Standard Atmosphere table: 81,206 Pa at 1,828.8 m (6,000 ft) against 101,325 Pa', () => {
		// Engineers Edge's SI table of the standard atmosphere (the equation ASHRAE prints)
		expect(Math.abs(pressureRatio(1828.8) - 81206.4 / 101325) / (81206.4 / 101325)).toBeLessThan(1e-3);
		// and 69,692 Pa at 3,048 m (10,000 ft; "0.69 atm")
		expect(Math.abs(pressureRatio(3048) - 69692.2 / 101325) / (69692.2 / 101325)).toBeLessThan(1e-3);
	});

	it('needs about a quarter more air at 6,000 ft for the same heat', () => {
		const base = { ...valuesFor('cooling'), rack_kw: 30, liquid_fraction: 0 };
		const sea = coolingCalculator.compute(base)['air_m3_per_h_per_rack'] as number;
		const high = coolingCalculator.compute({ ...base, altitude_m: 1828.8 })['air_m3_per_h_per_rack'] as number;
		// airflow scales with 1 / density: 101,325 / 81,206.4 = 1.2477
		expect(Math.abs(high / sea - 101325 / 81206.4)).toBeLessThan(2e-3);
	});
});

describe('the platform sets the rack and its liquid share', () => {
	it('opens on the power calculator’s platform: a 40.8 kW DGX H100 rack on air', () => {
		const v = valuesFor('cooling');
		// four DGX H100 systems of 10.2 kW (NVIDIA's user guide), fan-cooled
		expect(v['rack_kw']).toBeCloseTo(4 * 10.2, 9);
		expect(v['liquid_fraction']).toBe(0);
	});

	it('the default scenario does not contradict itself: above contained air, so a rear door, and no cold-plate flow', () => {
		const v = valuesFor('cooling');
		const o = coolingCalculator.compute(v);
		expect(o['method']).toBe('rear-door');
		expect(o['liquid_l_per_min_per_rack']).toBe(0);
		// 1 − 35 / 40.8 = 0.142: contained air alone would need cold plates to take 14%
		expect(o['min_liquid_fraction']).toBeCloseTo(1 - 35 / 40.8, 12);
		// the rear door takes what contained air cannot, so nothing is flagged
		expect(coolingCalculator.crossWarn!(v)).toEqual([]);
	});

	it('a GB200 NVL72 rack brings its cold plates: 120 kW, 72% liquid, direct-to-chip', () => {
		const v = valuesFor('cooling', {});
		const gb = { ...v, rack_kw: 120, liquid_fraction: 0.72 };
		const o = coolingCalculator.compute(gb);
		expect(o['method']).toBe('direct-to-chip');
		// 120 × 0.72 = 86.4 kW by liquid at 10 K: 86,400 / (997 × 4186 × 10) × 60,000 = 124.2 L/min
		expect(o['liquid_l_per_min_per_rack']).toBeCloseTo((86_400 / (997 * 4186 * 10)) * 60_000, 9);
		expect(coolingCalculator.crossWarn!(gb)).toEqual([]);
	});

	it('flags a rack whose air-side heat is beyond even a rear door', () => {
		const v = { ...valuesFor('cooling'), rack_kw: 120, liquid_fraction: 0 };
		const [w] = coolingCalculator.crossWarn!(v);
		expect(w?.param).toBe('liquid_fraction');
		// 1 − 35 / 120 = 0.708 → at least 71%
		expect(w?.message).toContain('at least 71%');
	});
});

describe('indirect water, apart from the site’s', () => {
	it('is the electricity bought × the water to generate it, and never part of annual_water_m3', () => {
		const v = { ...valuesFor('cooling'), rack_kw: 40, racks: 100, utilization: 0.8, pue: 1.2, wue_l_per_kwh: 0.26 };
		const o = coolingCalculator.compute({ ...v, grid_water_l_per_kwh: 4.54 });
		// 4,000 kW × 0.8 × 8,760 h = 28,032,000 kWh of IT; × 1.2 = 33,638,400 kWh bought; × 4.54 L = 152,718 m³
		expect(o['indirect_water_m3']).toBeCloseTo((4000 * 0.8 * 8760 * 1.2 * 4.54) / 1000, 6);
		// the site's water: 28,032,000 kWh × 0.26 L = 7,288 m³, whatever the grid's water
		expect(o['annual_water_m3']).toBeCloseTo((4000 * 0.8 * 8760 * 0.26) / 1000, 6);
		expect(coolingCalculator.compute({ ...v, grid_water_l_per_kwh: 0 })['annual_water_m3']).toBe(o['annual_water_m3']);
	});

	it('matches LBNL’s national ratio: indirect water about 12 times the direct at a 0.44 L/kWh site', () => {
		// 211 ÷ 17 billion gallons = 12.4 (LBNL 2024); 4.54 × 1.2 ÷ 12.4 = 0.44 L/kWh of IT would give the same ratio
		const v = {
			...valuesFor('cooling'),
			pue: 1.2,
			grid_water_l_per_kwh: 4.54,
			wue_l_per_kwh: (4.54 * 1.2) / (211 / 17),
		};
		const o = coolingCalculator.compute(v);
		expect((o['indirect_water_m3'] as number) / (o['annual_water_m3'] as number)).toBeCloseTo(211 / 17, 9);
	});
});
