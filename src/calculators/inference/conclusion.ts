/**
 * The inference calculator's tested conclusion: decode is bound by reading the weights, so a
 * larger batch adds throughput without slowing each user. It flips at the crossover batch.
 */
import { formatOutput } from '../../format';
import type { StatedConclusion } from '../../islands/calculator/conclusion';
import { INFERENCE_OUTPUTS } from './model';

const time = (v: number | string | null | undefined) => formatOutput(v, 's').text;

export const inferenceConclusion: StatedConclusion = {
	id: 'memory-bound',
	statement: 'Decode is bound by memory bandwidth',
	margin: (o) => Number(o[INFERENCE_OUTPUTS.memoryStepS]) - Number(o[INFERENCE_OUTPUTS.computeStepS]),
	text: {
		holds: (_v, o) =>
			`Decode is bound by memory bandwidth: reading the weights takes ${time(o[INFERENCE_OUTPUTS.memoryStepS])} a step, the arithmetic of the batch ${time(o[INFERENCE_OUTPUTS.computeStepS])}, so a larger batch adds throughput without slowing each user.`,
		fails: (_v, o) =>
			`Decode is bound by compute: the arithmetic of the batch takes ${time(o[INFERENCE_OUTPUTS.computeStepS])} a step, reading the weights ${time(o[INFERENCE_OUTPUTS.memoryStepS])}, so a larger batch now slows each user.`,
		breaks: () => 'It becomes compute-bound with',
		mends: () => 'It would be memory-bound again with',
	},
};
