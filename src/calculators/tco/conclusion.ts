/** The build-or-buy calculator's tested conclusion: owning is cheaper per useful hour. */
import { formatOutput } from '../../format';
import type { StatedConclusion } from '../../islands/calculator/conclusion';
import { TCO_OUTPUTS } from './model';

type Outputs = Parameters<StatedConclusion['text']['holds']>[1];

const usd = (value: number | string | null | undefined) => formatOutput(value, 'USD', 3).text;
const share = (value: number | string | null | undefined) => formatOutput(value, 'fraction').text;

/** Where owning starts to pay: the break-even occupancy, or that no occupancy does. */
function flip(o: Outputs): string {
	const be = o[TCO_OUTPUTS.breakevenOccupancy];
	return typeof be === 'number' && be <= 1
		? `Owning pays once the fleet is busy at least ${share(be)} of the time.`
		: `No occupancy makes owning pay at these prices: it would take ${share(be)} of the hours in a year.`;
}

export const tcoConclusion: StatedConclusion = {
	id: 'own-cheaper',
	statement: 'Owning is cheaper per useful hour',
	margin: (o) => Number(o[TCO_OUTPUTS.rentUsdPerEffectiveHour]) - Number(o[TCO_OUTPUTS.ownUsdPerEffectiveHour]),
	text: {
		holds: (_v, o) =>
			`Owning is cheaper per useful hour: ${usd(o[TCO_OUTPUTS.ownUsdPerEffectiveHour])} against ${usd(o[TCO_OUTPUTS.rentUsdPerEffectiveHour])} to rent. ${flip(o)}`,
		fails: (_v, o) =>
			`Renting is cheaper per useful hour: ${usd(o[TCO_OUTPUTS.rentUsdPerEffectiveHour])} against ${usd(o[TCO_OUTPUTS.ownUsdPerEffectiveHour])} to own. ${flip(o)}`,
		breaks: () => 'Owning stops being cheaper with',
		mends: () => 'Owning would be cheaper with',
	},
};
