import { describe, expectTypeOf, it } from 'vitest';

import { type Kilowatts, type Megawatts, type Watts, as, kwFromW, mwFromKw } from '../../src/engine';

describe('unit brands', () => {
	it('convert only through the named converters', () => {
		const w = as<Watts>(700);
		expectTypeOf(kwFromW(w)).toEqualTypeOf<Kilowatts>();
		expectTypeOf(mwFromKw(kwFromW(w))).toEqualTypeOf<Megawatts>();
		// @ts-expect-error kilowatts are not watts
		kwFromW(as<Kilowatts>(1));
		// @ts-expect-error a plain number carries no unit
		mwFromKw(5);
	});
});
