/** The reliability calculator's tested conclusion: goodput stays at or above its target. */
import { formatOutput } from '../../format';
import type { StatedConclusion } from '../../islands/calculator/conclusion';
import { GOODPUT_TARGET, RELIABILITY_OUTPUTS } from './model';

const share = (value: number | string | null | undefined) => formatOutput(value, 'fraction').text;
const TARGET = share(GOODPUT_TARGET);

export const reliabilityConclusion: StatedConclusion = {
	id: 'goodput-target',
	statement: `Goodput stays at or above ${TARGET}`,
	margin: (o) => Number(o[RELIABILITY_OUTPUTS.goodput]) - GOODPUT_TARGET,
	text: {
		holds: (_v, o) => `Goodput stays at or above ${TARGET}: ${share(o[RELIABILITY_OUTPUTS.goodput])}.`,
		fails: (_v, o) => `Goodput is below ${TARGET}: ${share(o[RELIABILITY_OUTPUTS.goodput])}.`,
		breaks: () => `It drops below ${TARGET} with`,
		mends: () => `It would reach ${TARGET} with`,
	},
};
