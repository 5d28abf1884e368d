import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
	type CubicMetresPerHour,
	type FahrenheitDelta,
	type Kilowatts,
	type LitresPerMinute,
	as,
	btuPerHFromKw,
	cfmFromM3PerH,
	fahrenheitFromKelvinDelta,
	kelvinFromFahrenheitDelta,
	kwFromMw,
	kwFromW,
	lPerMinFromUsGpm,
	m3PerHFromCfm,
	mwFromKw,
	mwFromW,
	tonsFromKw,
	usGpmFromLPerMin,
	wFromKw,
} from '../../src/engine';
import { FC_SEED } from '../helpers/engine';

describe('unit conversions', () => {
	const x = fc.double({ min: -1e12, max: 1e12, noNaN: true });
	it('round-trip without loss (to 1e-12 relative)', () => {
		fc.assert(
			fc.property(x, (v) => {
				const near = (a: number) => Math.abs(a - v) <= 1e-12 * Math.max(1, Math.abs(v));
				expect(near(wFromKw(kwFromW(as(v))))).toBe(true);
				expect(near(kwFromMw(mwFromKw(as(v))))).toBe(true);
				expect(near(m3PerHFromCfm(cfmFromM3PerH(as<CubicMetresPerHour>(v))))).toBe(true);
				expect(near(lPerMinFromUsGpm(usGpmFromLPerMin(as<LitresPerMinute>(v))))).toBe(true);
				expect(near(fahrenheitFromKelvinDelta(kelvinFromFahrenheitDelta(as<FahrenheitDelta>(v))))).toBe(true);
			}),
			{ seed: FC_SEED },
		);
	});
	it('match the published constants', () => {
		expect(tonsFromKw(as<Kilowatts>(3.51685))).toBeCloseTo(1, 12);
		expect(btuPerHFromKw(as<Kilowatts>(120))).toBeCloseTo(409_456.8, 1);
		expect(mwFromW(as(1e6))).toBe(1);
		expect(kelvinFromFahrenheitDelta(as<FahrenheitDelta>(20))).toBeCloseTo(11.111, 3);
		expect(cfmFromM3PerH(as<CubicMetresPerHour>(1.699011))).toBe(1);
	});
});
