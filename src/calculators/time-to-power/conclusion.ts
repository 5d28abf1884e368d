/**
 * The time-to-power calculator's tested conclusion: bridging power covers at least half of the
 * wait for the grid (the MW-months a finished building would otherwise stand idle).
 */
import { formatOutput } from '../../format';
import type { StatedConclusion } from '../../islands/calculator/conclusion';
import { COVER_TARGET, TIME_TO_POWER_OUTPUTS as O } from './model';

const share = (value: number | string | null | undefined) => formatOutput(value, 'fraction').text;
const months = (value: number | string | null | undefined) => formatOutput(value, 'months').text;
const TARGET = share(COVER_TARGET);

export const timeToPowerConclusion: StatedConclusion = {
	id: 'bridging-covers-wait',
	statement: `Bridging power covers at least ${TARGET} of the wait for the grid`,
	margin: (o) => Number(o[O.waitCoveredShare]) - COVER_TARGET,
	text: {
		holds: (_v, o) =>
			Number(o[O.waitMonths]) > 0
				? `Bridging power covers at least ${TARGET} of the wait for the grid: ${share(o[O.waitCoveredShare])} of ${months(o[O.waitMonths])}.`
				: 'There is no wait to cover: the grid is ready by the time the building is.',
		fails: (_v, o) =>
			Number(o[O.waitCoveredShare]) > 0
				? `Bridging power covers ${share(o[O.waitCoveredShare])} of the wait for the grid (${months(o[O.waitMonths])}), short of ${TARGET}.`
				: `Without bridging power, the finished building waits ${months(o[O.waitMonths])} for the grid.`,
		breaks: () => `It covers less than ${TARGET} with`,
		mends: () => `It would cover ${TARGET} with`,
	},
};
