import { readParams, writeOutputs } from '../../engine';
import type { Accelerator } from '../../schemas/preset';
import type { Calculator, FieldProblem } from '../../engine';
import { COOLING_FIELDS } from './fields';
import {
	AIR_CP_J_PER_KG_K,
	AIR_DENSITY_KG_PER_M3,
	BTU_PER_H_PER_W,
	KW_PER_TON,
	M3_PER_H_PER_CFM,
	HOURS_PER_YEAR,
	type CubicFeetPerMinute,
	type CubicMetresPerHour,
	type Kilowatts,
	type LitresPerMinute,
	type TonsOfRefrigeration,
	WATER_CP_J_PER_KG_K,
	WATER_DENSITY_KG_PER_M3,
	as,
	btuPerHFromKw,
	cfmFromM3PerH,
	tonsFromKw,
} from '../../engine';

/** Cooling classes, from the least to the most capable. Ids are part of the public contract. */
export const COOLING_METHODS = ['air', 'rear-door', 'direct-to-chip', 'immersion'] as const;
export type CoolingMethod = (typeof COOLING_METHODS)[number];

export const COOLING_METHOD_LABELS: Record<CoolingMethod, string> = {
	air: 'Air (contained aisles)',
	'rear-door': 'Rear-door heat exchanger',
	'direct-to-chip': 'Direct-to-chip liquid',
	immersion: 'Immersion',
};

export interface CoolingInputs {
	readonly rackKw: number;
	readonly racks: number;
	/** Share of the heat removed by liquid; 0 = all air. */
	readonly liquidFraction: number;
	/** Air temperature rise across the rack, K. */
	readonly airDeltaTK: number;
	/** Coolant temperature rise, K. */
	readonly liquidDeltaTK: number;
	/** Water usage effectiveness, L/kWh. */
	readonly wueLPerKwh: number;
	readonly utilization: number;
	/** Highest rack density each class handles, kW per rack. */
	readonly airMaxKw: number;
	readonly rearDoorMaxKw: number;
	readonly directToChipMaxKw: number;
	/** Site altitude above sea level, m; sets the air density. */
	readonly altitudeM: number;
	/** Power usage effectiveness: the electricity a kWh of IT heat costs at the meter. */
	readonly pue: number;
	/** Water consumed generating a kWh of the grid's electricity, L/kWh. */
	readonly gridWaterLPerKwh: number;
}

export const COOLING_PARAMS = {
	rackKw: 'rack_kw',
	racks: 'racks',
	liquidFraction: 'liquid_fraction',
	airDeltaTK: 'air_delta_t_c',
	liquidDeltaTK: 'liquid_delta_t_c',
	wueLPerKwh: 'wue_l_per_kwh',
	utilization: 'utilization',
	airMaxKw: 'air_max_kw',
	rearDoorMaxKw: 'rear_door_max_kw',
	directToChipMaxKw: 'dlc_max_kw',
	altitudeM: 'altitude_m',
	pue: 'pue',
	gridWaterLPerKwh: 'grid_water_l_per_kwh',
} as const satisfies Record<keyof CoolingInputs, string>;

export interface CoolingOutputs {
	readonly heatKw: Kilowatts;
	readonly airM3PerHPerRack: CubicMetresPerHour;
	readonly airCfmPerRack: CubicFeetPerMinute;
	readonly liquidLPerMinPerRack: LitresPerMinute;
	readonly coolingTons: TonsOfRefrigeration;
	readonly annualWaterM3: number;
	readonly method: CoolingMethod;
	readonly heatBtuPerH: number;
	/** Least share of the heat liquid must remove for contained air to carry the rest. */
	readonly minLiquidFraction: number;
	/** Water consumed off site generating the site's electricity in a year, m³; never part of annual_water_m3. */
	readonly indirectWaterM3: number;
}

export const COOLING_OUTPUTS = {
	heatKw: 'heat_kw',
	airM3PerHPerRack: 'air_m3_per_h_per_rack',
	airCfmPerRack: 'air_cfm_per_rack',
	liquidLPerMinPerRack: 'liquid_l_per_min_per_rack',
	coolingTons: 'cooling_tons',
	annualWaterM3: 'annual_water_m3',
	method: 'method',
	heatBtuPerH: 'heat_btu_per_h',
	minLiquidFraction: 'min_liquid_fraction',
	indirectWaterM3: 'indirect_water_m3',
} as const satisfies Record<keyof CoolingOutputs, string>;

/** Standard-atmosphere constants of the troposphere: lapse rate ÷ sea-level temperature (1/m), and the exponent g·M ÷ (R·L). */
const ISA_LAPSE_PER_M = 2.25577e-5;
const ISA_PRESSURE_EXPONENT = 5.2559;

/**
 * Air pressure at an altitude as a share of sea level, from the standard atmosphere's barometric
 * formula for the troposphere: p ÷ p₀ = (1 − 2.25577 × 10⁻⁵ · h)^5.2559 (h in m; ASHRAE Handbook
 * Fundamentals, ch. 1; valid to 11 km).
 */
export function pressureRatio(altitudeM: number): number {
	return Math.pow(1 - ISA_LAPSE_PER_M * altitudeM, ISA_PRESSURE_EXPONENT);
}

/**
 * Density of the cooling air at an altitude, kg/m³: 1.2 × p(h) ÷ p₀. The supply air is held at the
 * same temperature whatever the altitude, so density follows pressure alone; at sea level it is
 * exactly the contract's 1.2 kg/m³.
 */
export function airDensityKgPerM3(altitudeM: number): number {
	return altitudeM === 0 ? AIR_DENSITY_KG_PER_M3 : AIR_DENSITY_KG_PER_M3 * pressureRatio(altitudeM);
}

/**
 * Air volume that carries a heat load at a given temperature rise: V = Q ÷ (ρ · cp · ΔT).
 * @param heatKw heat carried by air, kW
 * @param deltaTK air temperature rise, K
 * @param density air density, kg/m³ (1.2 at sea level)
 * @returns m³/h
 * @see domain-facts §2.2 (sensible heat, Q = ρ·V·cp·ΔT); contract `air_m3_per_h_per_rack`
 */
export function airflowM3PerH(heatKw: number, deltaTK: number, density = AIR_DENSITY_KG_PER_M3): CubicMetresPerHour {
	return as(((heatKw * 1000) / (density * AIR_CP_J_PER_KG_K * deltaTK)) * 3600);
}

/**
 * Water flow that carries a heat load at a given coolant temperature rise.
 * @returns L/min
 * @see domain-facts §2.2 (≈1.43 L/min per kW at 10 K); contract `liquid_l_per_min_per_rack`
 */
export function waterFlowLPerMin(heatKw: number, deltaTK: number): LitresPerMinute {
	return as(((heatKw * 1000) / (WATER_DENSITY_KG_PER_M3 * WATER_CP_J_PER_KG_K * deltaTK)) * 1000 * 60);
}

/**
 * Heat a rack leaves to air once its liquid loop has taken its share: rack power × (1 − liquid fraction).
 * @param rackKw heat load per rack, kW
 * @param liquidFraction share of the heat removed by liquid, 0-1
 * @returns kW per rack carried by air
 */
export function heatToAirKw(rackKw: number, liquidFraction: number): number {
	return rackKw * (1 - liquidFraction);
}

/**
 * Least share of a rack's heat that liquid must remove for contained air to carry the rest:
 * max(0, 1 − air ceiling ÷ rack power). Below it, the air leaving the servers needs a rear-door
 * heat exchanger (up to its ceiling) or more liquid.
 */
export function minLiquidFractionFor(rackKw: number, airMaxKw: number): number {
	return Math.max(0, 1 - airMaxKw / rackKw);
}

/** The least capable cooling class whose ceiling covers a rack density. */
export function coolingMethodFor(
	rackKw: number,
	t: Pick<CoolingInputs, 'airMaxKw' | 'rearDoorMaxKw' | 'directToChipMaxKw'>,
): CoolingMethod {
	if (rackKw <= t.airMaxKw) return 'air';
	if (rackKw <= t.rearDoorMaxKw) return 'rear-door';
	if (rackKw <= t.directToChipMaxKw) return 'direct-to-chip';
	return 'immersion';
}

export function computeCooling(i: CoolingInputs): CoolingOutputs {
	const heatKw: Kilowatts = as(i.rackKw * i.racks);
	const density = airDensityKgPerM3(i.altitudeM);
	const airM3PerHPerRack = airflowM3PerH(heatToAirKw(i.rackKw, i.liquidFraction), i.airDeltaTK, density);
	return {
		heatKw,
		airM3PerHPerRack,
		airCfmPerRack: cfmFromM3PerH(airM3PerHPerRack),
		liquidLPerMinPerRack: waterFlowLPerMin(i.rackKw * i.liquidFraction, i.liquidDeltaTK),
		coolingTons: tonsFromKw(heatKw),
		annualWaterM3: (heatKw * i.utilization * HOURS_PER_YEAR * i.wueLPerKwh) / 1000,
		method: coolingMethodFor(i.rackKw, i),
		heatBtuPerH: btuPerHFromKw(heatKw),
		minLiquidFraction: minLiquidFractionFor(i.rackKw, i.airMaxKw),
		indirectWaterM3: (heatKw * i.utilization * HOURS_PER_YEAR * i.pue * i.gridWaterLPerKwh) / 1000,
	};
}

export const coolingCalculator: Calculator = {
	id: 'cooling',
	title: 'Cooling',
	summary:
		'The airflow or coolant flow a rack needs, the cooling class its density calls for, the chiller tonnage and the water a site uses in a year.',
	fields: COOLING_FIELDS,
	preset: {
		param: 'accelerator',
		label: 'Platform',
		assumption: 'cooling.accelerator',
		// The platform sets the rack it comes in and how much of its heat its cold plates take
		// (content/systems/<id>.yaml): an air-cooled DGX H100 rack, a liquid-cooled NVL72.
		sets: {
			[COOLING_PARAMS.rackKw]: (a: Accelerator) => a.rackKw,
			[COOLING_PARAMS.liquidFraction]: (a: Accelerator) => a.liquidFraction,
		},
	},
	outputs: [
		{ key: 'heat_kw', label: 'Heat load', unit: 'kW', formula: 'rack_kw × racks' },
		{
			key: 'method',
			label: 'Cooling class this density calls for',
			unit: 'method',
			formula:
				'air up to air_max_kw; rear-door up to rear_door_max_kw; direct-to-chip up to dlc_max_kw; immersion above',
		},
		{
			key: 'air_m3_per_h_per_rack',
			label: 'Airflow per rack',
			unit: 'm3/h',
			formula: `rack_kw × 1000 × (1 − liquid_fraction) ÷ (${AIR_DENSITY_KG_PER_M3} × (1 − ${ISA_LAPSE_PER_M} × altitude_m)^${ISA_PRESSURE_EXPONENT} × ${AIR_CP_J_PER_KG_K} × air_delta_t_c) × 3600`,
		},
		{
			key: 'air_cfm_per_rack',
			label: 'Airflow per rack',
			unit: 'CFM',
			formula: `air_m3_per_h_per_rack ÷ ${M3_PER_H_PER_CFM}`,
		},
		{
			key: 'liquid_l_per_min_per_rack',
			label: 'Coolant flow per rack',
			unit: 'L/min',
			formula: `rack_kw × 1000 × liquid_fraction ÷ (${WATER_DENSITY_KG_PER_M3} × ${WATER_CP_J_PER_KG_K} × liquid_delta_t_c) × 60,000`,
		},
		{
			key: 'min_liquid_fraction',
			label: 'Least liquid share for contained air',
			unit: 'fraction',
			formula: 'max(0, 1 − air_max_kw ÷ rack_kw)',
		},
		{ key: 'cooling_tons', label: 'Cooling capacity', unit: 'TR', formula: `heat_kw ÷ ${KW_PER_TON}` },
		{
			key: 'annual_water_m3',
			label: 'Water per year',
			unit: 'm3',
			formula: `heat_kw × utilization × ${HOURS_PER_YEAR} × wue_l_per_kwh ÷ 1000`,
		},
		{
			key: 'indirect_water_m3',
			label: 'Water to generate the electricity per year',
			unit: 'm3',
			formula: `heat_kw × utilization × ${HOURS_PER_YEAR} × pue × grid_water_l_per_kwh ÷ 1000`,
		},
		{
			key: 'heat_btu_per_h',
			label: 'Heat load',
			unit: 'BTU/h',
			formula: `heat_kw × 1000 × ${BTU_PER_H_PER_W}`,
			detail: true,
		},
	],
	headline: 'air_m3_per_h_per_rack',
	compute(values) {
		return writeOutputs(COOLING_OUTPUTS, computeCooling(readParams(COOLING_PARAMS, values)));
	},
	crossCheck(v) {
		// Ceilings must rise air < rear-door < direct-to-chip; a ceiling out of order is lifted just
		// above the one below it, so any link reads back the same.
		const problems: FieldProblem[] = [];
		const { airMaxKw: air, rearDoorMaxKw: rearDoor, directToChipMaxKw } = readParams(COOLING_PARAMS, v);
		if (rearDoor <= air)
			problems.push({
				param: 'rear_door_max_kw',
				message: 'Rear-door ceiling must be above the air ceiling',
				fallback: Math.min(1000, air + 1),
			});
		const rd = rearDoor <= air ? Math.min(1000, air + 1) : rearDoor;
		if (directToChipMaxKw <= rd)
			problems.push({
				param: 'dlc_max_kw',
				message: 'Direct-to-chip ceiling must be above the rear-door ceiling',
				fallback: Math.min(1000, rd + 1),
			});
		return problems;
	},
	crossWarn(v) {
		// Air leaving the servers can go to the room (contained air) or through a rear-door coil; a
		// rack whose air-side heat exceeds even the rear door's ceiling needs more liquid.
		const i = readParams(COOLING_PARAMS, v);
		const airKw = heatToAirKw(i.rackKw, i.liquidFraction);
		return airKw > i.rearDoorMaxKw
			? [
					{
						param: COOLING_PARAMS.liquidFraction,
						message: `${Math.round(airKw)} kW per rack left to air is above the ${i.rearDoorMaxKw} kW even a rear-door heat exchanger handles; liquid must take at least ${Math.ceil(minLiquidFractionFor(i.rackKw, i.airMaxKw) * 100)}% for contained air to carry the rest`,
					},
				]
			: [];
	},
};
