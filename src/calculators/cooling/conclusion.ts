/** The cooling calculator's tested conclusion: air can carry the heat the liquid loop leaves to it. */
import { readParams } from '../../engine';
import { formatOutput } from '../../format';
import type { StatedConclusion } from '../../islands/calculator/conclusion';
import { COOLING_PARAMS, heatToAirKw } from './model';

const kw = (value: number) => formatOutput(value, 'kW').text;

const state = (v: Parameters<StatedConclusion['text']['holds']>[0], verb: string, where: string) => {
	const i = readParams(COOLING_PARAMS, v);
	return `Air ${verb} carry the heat left to it: ${kw(heatToAirKw(i.rackKw, i.liquidFraction))} per rack, ${where} the ${kw(i.airMaxKw)} that contained air handles.`;
};

export const coolingConclusion: StatedConclusion = {
	id: 'air-suffices',
	statement: 'Air can carry the heat left to it',
	margin: (_o, v) => {
		const i = readParams(COOLING_PARAMS, v);
		return i.airMaxKw - heatToAirKw(i.rackKw, i.liquidFraction);
	},
	text: {
		holds: (v) => state(v, 'can', 'within'),
		fails: (v) => state(v, 'cannot', 'above'),
		breaks: () => 'Air stops being enough with',
		mends: () => 'Air would be enough with',
	},
};
