/** The growth calculator's tested conclusion: a frontier run needs a gigawatt by the last year. */
import { readParams } from '../../engine';
import { formatOutput } from '../../format';
import type { StatedConclusion } from '../../islands/calculator/conclusion';
import { GIGAWATT_MW, GROWTH_OUTPUTS, GROWTH_PARAMS } from './model';

const POWER_END = GROWTH_OUTPUTS.powerMwEnd;
const mw = (value: number | string | null | undefined) => formatOutput(value, 'MW').text;
const year = (v: Parameters<StatedConclusion['text']['breaks']>[0]) => readParams(GROWTH_PARAMS, v).endYear;

export const growthConclusion: StatedConclusion = {
	id: 'gigawatt-by-end',
	statement: 'A frontier run needs a gigawatt by the last year',
	margin: (o) => Number(o[POWER_END]) - GIGAWATT_MW,
	text: {
		holds: (v, o) => `A frontier run needs a gigawatt by ${year(v)}: ${mw(o[POWER_END])}.`,
		fails: (v, o) => `A frontier run does not need a gigawatt by ${year(v)}: ${mw(o[POWER_END])}.`,
		breaks: (v) => `It would stay under a gigawatt in ${year(v)} with`,
		mends: (v) => `It would need a gigawatt by ${year(v)} with`,
	},
};
