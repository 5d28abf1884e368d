/**
 * Units of measure as branded numbers. A `Megawatts` is a number at run time, but the type checker
 * refuses to pass one where `Kilowatts` is expected. Only the converters below create or unwrap a
 * brand, so a kW/MW slip fails at compile time (see tests/engine/units.test-d.ts).
 */
declare const unitBrand: unique symbol;
export type Quantity<U extends string> = number & { readonly [unitBrand]: U };

export type Watts = Quantity<'W'>;
export type Kilowatts = Quantity<'kW'>;
export type Megawatts = Quantity<'MW'>;
export type MegawattHours = Quantity<'MWh'>;
export type Flop = Quantity<'FLOP'>;
export type FlopPerSecond = Quantity<'FLOP/s'>;
export type Seconds = Quantity<'s'>;
export type Hours = Quantity<'h'>;
export type Days = Quantity<'d'>;
export type Usd = Quantity<'USD'>;
export type CubicMetresPerHour = Quantity<'m3/h'>;
export type CubicFeetPerMinute = Quantity<'CFM'>;
export type LitresPerMinute = Quantity<'L/min'>;
export type TonsOfRefrigeration = Quantity<'TR'>;
export type KelvinDelta = Quantity<'K'>;
export type FahrenheitDelta = Quantity<'°F'>;

/** Wraps a plain number in a unit. Use at the edges (parsed inputs, constants). */
export const as = <Q extends Quantity<string>>(value: number): Q => value as Q;

export const HOURS_PER_YEAR = 8760;
export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;

/**
 * Air at about 20 °C and sea level.
 * @see domain-facts §2.1 (physics reference pages); calculator contract, cooling section.
 */
export const AIR_DENSITY_KG_PER_M3 = 1.2;
/** Specific heat of air. @see domain-facts §2.1; calculator contract. */
export const AIR_CP_J_PER_KG_K = 1005;
/** Density of water. @see calculator contract, cooling section. */
export const WATER_DENSITY_KG_PER_M3 = 997;
/** Specific heat of water. @see domain-facts §2.1 (physics.info table); calculator contract. */
export const WATER_CP_J_PER_KG_K = 4186;
/** Cubic metres per hour in one cubic foot per minute (1 m³/s = 2,118.88 CFM). @see domain-facts §2.1. */
export const M3_PER_H_PER_CFM = 1.699011;
/** kW in one ton of refrigeration (12,000 BTU/h). @see domain-facts §2.1, ANSI/IIR definition. */
export const KW_PER_TON = 3.51685;
/** BTU/h in one watt. @see domain-facts §2.1. */
export const BTU_PER_H_PER_W = 3.41214;
/**
 * One-way delay of light in single-mode fiber, in milliseconds per kilometre: about 4.9 µs per km
 * (group index about 1.47, so light travels at about 204,000 km/s in the glass).
 * @see MapYourTech, "The 5-microsecond rule" (content/sources/mapyourtech-fiber-latency-per-km.yaml)
 */
export const FIBER_MS_PER_KM = 0.0049;
/** Litres in one US gallon. @see NIST Handbook 44 (exact definition: 231 cubic inches). */
export const LITRES_PER_US_GALLON = 3.785411784;

export const kwFromW = (w: Watts): Kilowatts => as(w / 1000);
export const wFromKw = (kw: Kilowatts): Watts => as(kw * 1000);
export const mwFromKw = (kw: Kilowatts): Megawatts => as(kw / 1000);
export const kwFromMw = (mw: Megawatts): Kilowatts => as(mw * 1000);
export const mwFromW = (w: Watts): Megawatts => as(w / 1e6);
export const cfmFromM3PerH = (v: CubicMetresPerHour): CubicFeetPerMinute => as(v / M3_PER_H_PER_CFM);
export const m3PerHFromCfm = (v: CubicFeetPerMinute): CubicMetresPerHour => as(v * M3_PER_H_PER_CFM);
export const tonsFromKw = (kw: Kilowatts): TonsOfRefrigeration => as(kw / KW_PER_TON);
export const btuPerHFromKw = (kw: Kilowatts): number => kw * 1000 * BTU_PER_H_PER_W;
export const usGpmFromLPerMin = (v: LitresPerMinute): number => v / LITRES_PER_US_GALLON;
export const lPerMinFromUsGpm = (gpm: number): LitresPerMinute => as(gpm * LITRES_PER_US_GALLON);
export const kelvinFromFahrenheitDelta = (f: FahrenheitDelta): KelvinDelta => as((f * 5) / 9);
export const fahrenheitFromKelvinDelta = (k: KelvinDelta): FahrenheitDelta => as((k * 9) / 5);
