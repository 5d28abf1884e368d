/**
 * The two or three inputs each calculator opens with, beside its answer (and its preset, if it
 * has one); the rest wait under "More assumptions". Build-time data: the island receives the list.
 */
import { CALCULATORS, type CalculatorId } from '../../registry/calculators';

const KEY_INPUTS: Readonly<Record<CalculatorId, readonly string[]>> = {
	power: ['count', 'budget_mw'],
	cooling: ['rack_kw', 'racks', 'liquid_fraction'],
	growth: ['growth_per_year', 'end_year', 'base_flop'],
	mfu: ['count', 'params', 'tokens'],
	reliability: ['count', 'mtbf_h_per_accel', 'checkpoint_s'],
	inference: ['params', 'users'],
	'time-to-power': ['load_mw', 'interconnect_months', 'onsite_mw'],
	tco: ['occupancy', 'rent_usd_per_hour'],
	refresh: ['hall_mw', 'position_kw'],
};

/** The calculator's key inputs; fails the build naming any that is not one of its fields. */
export function keyInputs(id: CalculatorId): readonly string[] {
	const list = KEY_INPUTS[id];
	const params = new Set(CALCULATORS[id].fields.map((f) => f.param));
	const unknown = list.filter((p) => !params.has(p));
	if (unknown.length > 0)
		throw new Error(`src/components/calculator/keyInputs.ts: ${id} has no field ${unknown.join(', ')}`);
	return list;
}

/**
 * Inputs that are the reader's decisions (how many accelerators, what budget, which hall), not
 * uncertain assumptions: "Use plausible ranges" and the tornado leave them as typed, even where
 * their record gives a range of typical values.
 */
const DECISIONS: Readonly<Record<CalculatorId, readonly string[]>> = {
	power: ['count', 'budget_mw'],
	cooling: ['rack_kw', 'racks'],
	growth: ['base_year', 'end_year'],
	mfu: ['count', 'params', 'tokens'],
	reliability: ['count'],
	inference: ['params', 'bytes_per_param', 'gpus_per_replica', 'batch', 'users', 'distance_km'],
	'time-to-power': ['load_mw', 'onsite_mw'],
	tco: [],
	refresh: ['hall_mw', 'positions', 'position_kw'],
};

/** The registry's ranges without the calculator's decisions. */
export function uncertainRanges<R>(id: CalculatorId, ranges: Readonly<Record<string, R>>): Record<string, R> {
	const skip = new Set(DECISIONS[id]);
	return Object.fromEntries(Object.entries(ranges).filter(([param]) => !skip.has(param)));
}
