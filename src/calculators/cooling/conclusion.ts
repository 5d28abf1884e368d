/**
 * The cooling calculator's tested conclusion: the air leaving the servers can be carried, by
 * contained air up to its ceiling or, above it, by a rear-door heat exchanger up to the door's.
 */
import { readParams } from '../../engine';
import { formatOutput } from '../../format';
import type { StatedConclusion } from '../../islands/calculator/conclusion';
import { COOLING_PARAMS, heatToAirKw, minLiquidFractionFor } from './model';

const kw = (value: number) => formatOutput(value, 'kW').text;
const pct = (value: number) => formatOutput(value, 'fraction').text;

type Values = Parameters<StatedConclusion['text']['holds']>[0];

const holds = (v: Values) => {
	const i = readParams(COOLING_PARAMS, v);
	const air = heatToAirKw(i.rackKw, i.liquidFraction);
	if (air <= i.airMaxKw)
		return `Air can carry the heat left to it: ${kw(air)} per rack, within the ${kw(i.airMaxKw)} that contained air handles.`;
	// The class the density calls for and the liquid share agree only through the rear door: say so.
	return `Air can carry the heat left to it with a rear-door heat exchanger: ${kw(air)} per rack is above the ${kw(i.airMaxKw)} contained air handles but within the door's ${kw(i.rearDoorMaxKw)}; the door moves it into water at the rack, so no cold-plate coolant is needed unless liquid takes at least ${pct(minLiquidFractionFor(i.rackKw, i.airMaxKw))} of the heat.`;
};

const fails = (v: Values) => {
	const i = readParams(COOLING_PARAMS, v);
	const air = heatToAirKw(i.rackKw, i.liquidFraction);
	return `Air cannot carry the heat left to it: ${kw(air)} per rack, above the ${kw(i.rearDoorMaxKw)} even a rear-door heat exchanger handles; liquid must take at least ${pct(minLiquidFractionFor(i.rackKw, i.airMaxKw))} for contained air to carry the rest.`;
};

export const coolingConclusion: StatedConclusion = {
	id: 'air-suffices',
	statement: 'Air can carry the heat left to it',
	margin: (_o, v) => {
		const i = readParams(COOLING_PARAMS, v);
		return i.rearDoorMaxKw - heatToAirKw(i.rackKw, i.liquidFraction);
	},
	text: {
		holds,
		fails,
		breaks: () => 'Air stops being enough with',
		mends: () => 'Air would be enough with',
	},
};
