/**
 * The refresh calculator's tested conclusion: the hall takes the new system without stranding more
 * than a quarter of its power.
 */
import { formatOutput } from '../../format';
import type { StatedConclusion } from '../../islands/calculator/conclusion';
import { REFRESH_OUTPUTS as O, STRANDED_LIMIT } from './model';

const share = (value: number | string | null | undefined) => formatOutput(value, 'fraction').text;
const mw = (value: number | string | null | undefined) => formatOutput(value, 'MW').text;
const LIMIT = share(STRANDED_LIMIT);

export const refreshConclusion: StatedConclusion = {
	id: 'strands-little',
	statement: `The hall takes the new system without stranding more than ${LIMIT} of its power`,
	margin: (o) => STRANDED_LIMIT - Number(o[O.strandedShare]),
	text: {
		holds: (_v, o) =>
			`The hall takes the new system without stranding more than ${LIMIT} of its power: ${mw(o[O.strandedMw])} (${share(o[O.strandedShare])}) is left unused.`,
		fails: (_v, o) =>
			`The new system strands more than ${LIMIT} of the hall’s power: ${mw(o[O.strandedMw])} (${share(o[O.strandedShare])}) is left unused.`,
		breaks: () => `It strands more than ${LIMIT} with`,
		mends: () => `It would strand no more than ${LIMIT} with`,
	},
};
