/** The MFU calculator's tested conclusion: purpose-built infrastructure finishes the job sooner. */
import { formatOutput } from '../../format';
import type { StatedConclusion } from '../../islands/calculator/conclusion';
import { MFU_OUTPUTS } from './model';

export const mfuConclusion: StatedConclusion = {
	id: 'purpose-faster',
	statement: 'Purpose-built infrastructure finishes sooner',
	margin: (o) => Number(o[MFU_OUTPUTS.daysSaved]),
	text: {
		holds: (_v, o) =>
			`Purpose-built infrastructure finishes sooner, by ${formatOutput(o[MFU_OUTPUTS.daysSaved], 'days').text}.`,
		fails: () => 'Purpose-built infrastructure does not finish sooner here.',
		breaks: () => 'It stops finishing sooner with',
		mends: () => 'It would finish sooner with',
	},
};
