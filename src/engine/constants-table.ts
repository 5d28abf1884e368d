/**
 * The physical constants and conversions of src/engine/units.ts as a table for the methodology
 * page. Values are read from the module, never retyped, so the page always shows what the engine uses.
 */
import {
	AIR_CP_J_PER_KG_K,
	AIR_DENSITY_KG_PER_M3,
	BTU_PER_H_PER_W,
	FIBER_MS_PER_KM,
	HOURS_PER_YEAR,
	KW_PER_TON,
	LITRES_PER_US_GALLON,
	M3_PER_H_PER_CFM,
	SECONDS_PER_DAY,
	SECONDS_PER_HOUR,
	WATER_CP_J_PER_KG_K,
	WATER_DENSITY_KG_PER_M3,
} from './units';

export interface ConstantRow {
	/** Export name in src/engine/units.ts. */
	readonly name: string;
	readonly label: string;
	readonly value: number;
	readonly unit: string;
	/** Where the value comes from, in words. */
	readonly basis: string;
	/** Which outputs use it. */
	readonly usedBy: string;
}

export const CONSTANTS_TABLE: readonly ConstantRow[] = [
	{
		name: 'AIR_DENSITY_KG_PER_M3',
		label: 'Density of air (about 20 °C, sea level)',
		value: AIR_DENSITY_KG_PER_M3,
		unit: 'kg/m³',
		basis: 'Standard physics reference value',
		usedBy: 'cooling: airflow per rack',
	},
	{
		name: 'AIR_CP_J_PER_KG_K',
		label: 'Specific heat of air',
		value: AIR_CP_J_PER_KG_K,
		unit: 'J/(kg·K)',
		basis: 'Standard physics reference value',
		usedBy: 'cooling: airflow per rack',
	},
	{
		name: 'WATER_DENSITY_KG_PER_M3',
		label: 'Density of water',
		value: WATER_DENSITY_KG_PER_M3,
		unit: 'kg/m³',
		basis: 'Standard physics reference value',
		usedBy: 'cooling: coolant flow per rack',
	},
	{
		name: 'WATER_CP_J_PER_KG_K',
		label: 'Specific heat of water',
		value: WATER_CP_J_PER_KG_K,
		unit: 'J/(kg·K)',
		basis: 'Standard physics reference value',
		usedBy: 'cooling: coolant flow per rack',
	},
	{
		name: 'M3_PER_H_PER_CFM',
		label: 'Cubic metres per hour in one cubic foot per minute',
		value: M3_PER_H_PER_CFM,
		unit: 'm³/h per CFM',
		basis: 'Unit conversion (1 m³/s = 2,118.88 CFM)',
		usedBy: 'cooling: airflow in CFM',
	},
	{
		name: 'KW_PER_TON',
		label: 'Kilowatts in one ton of refrigeration',
		value: KW_PER_TON,
		unit: 'kW per ton',
		basis: 'Definition: one ton is 12,000 BTU/h',
		usedBy: 'cooling: cooling capacity',
	},
	{
		name: 'BTU_PER_H_PER_W',
		label: 'BTU per hour in one watt',
		value: BTU_PER_H_PER_W,
		unit: 'BTU/h per W',
		basis: 'Unit conversion',
		usedBy: 'cooling: heat load in BTU/h',
	},
	{
		name: 'LITRES_PER_US_GALLON',
		label: 'Litres in one US gallon',
		value: LITRES_PER_US_GALLON,
		unit: 'L per gal',
		basis: 'Definition: 231 cubic inches (NIST Handbook 44)',
		usedBy: 'conversions of coolant flow to US gallons per minute',
	},
	{
		name: 'FIBER_MS_PER_KM',
		label: 'One-way delay of light in single-mode fiber',
		value: FIBER_MS_PER_KM,
		unit: 'ms per km',
		basis: 'About 4.9 µs per km: light at the speed of light in vacuum divided by the fiber’s group index (about 1.47)',
		usedBy: 'inference: network round trip',
	},
	{
		name: 'HOURS_PER_YEAR',
		label: 'Hours in a year',
		value: HOURS_PER_YEAR,
		unit: 'h',
		basis: '365 days × 24 h',
		usedBy: 'power: energy per year; cooling: water per year',
	},
	{
		name: 'SECONDS_PER_HOUR',
		label: 'Seconds in an hour',
		value: SECONDS_PER_HOUR,
		unit: 's',
		basis: 'Definition',
		usedBy: 'reliability, MFU',
	},
	{
		name: 'SECONDS_PER_DAY',
		label: 'Seconds in a day',
		value: SECONDS_PER_DAY,
		unit: 's',
		basis: 'Definition',
		usedBy: 'compute growth: run power',
	},
];
