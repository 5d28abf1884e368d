import { readParams, writeOutputs } from '../../engine';
import type { Calculator, FieldProblem } from '../../engine';
import { type Days, type Flop, type Usd, SECONDS_PER_HOUR, as } from '../../engine';
import { formatOutput } from '../../format';
import { clusterMtbfH, jobGoodput } from '../../models/reliability';
import { MFU_FIELDS, PRECISIONS } from './fields';
import { mfuMigrations } from './migrations';
import type { Accelerator } from '../../schemas/preset';

/** Bits of the precision the peak is read at: 16 for BF16, 8 for FP8. */

export interface MfuInputs {
	/** Dense BF16 peak per accelerator, TFLOP/s. */
	readonly peakTflops: number;
	/** Dense FP8 peak per accelerator, TFLOP/s (the BF16 peak on a platform without FP8). */
	readonly peakFp8Tflops: number;
	/** 16 (BF16 peak) or 8 (FP8 peak): the peak MFU is a share of. */
	readonly precisionBits: number;
	readonly count: number;
	/** Model parameters N (active parameters for a mixture of experts). */
	readonly params: number;
	/** Training tokens D. */
	readonly tokens: number;
	readonly mfuGeneral: number;
	readonly mfuPurpose: number;
	/** Undefined: worked out from the job size with the reliability model. */
	readonly goodputGeneral: number | undefined;
	readonly goodputPurpose: number | undefined;
	readonly mtbfHPerAccelGeneral: number;
	readonly mtbfHPerAccelPurpose: number;
	readonly checkpointSGeneral: number;
	readonly checkpointSPurpose: number;
	readonly restartSGeneral: number;
	readonly restartSPurpose: number;
	/** Memory per accelerator, GB. */
	readonly memoryGb: number;
	/** Bytes of weights, gradients and optimizer state per parameter. */
	readonly stateBytesPerParam: number;
	readonly spinupHGeneral: number;
	readonly spinupHPurpose: number;
	readonly gpuHourUsd: number;
}

export const MFU_PARAMS = {
	peakTflops: 'peak_tflops',
	peakFp8Tflops: 'peak_fp8_tflops',
	precisionBits: 'precision_bits',
	count: 'count',
	params: 'params',
	tokens: 'tokens',
	mfuGeneral: 'mfu_general',
	mfuPurpose: 'mfu_purpose',
	goodputGeneral: 'goodput_general',
	goodputPurpose: 'goodput_purpose',
	mtbfHPerAccelGeneral: 'mtbf_h_per_accel_general',
	mtbfHPerAccelPurpose: 'mtbf_h_per_accel_purpose',
	checkpointSGeneral: 'checkpoint_s_general',
	checkpointSPurpose: 'checkpoint_s_purpose',
	restartSGeneral: 'restart_s_general',
	restartSPurpose: 'restart_s_purpose',
	memoryGb: 'memory_gb',
	stateBytesPerParam: 'state_bytes_per_param',
	spinupHGeneral: 'spinup_h_general',
	spinupHPurpose: 'spinup_h_purpose',
	gpuHourUsd: 'gpu_hour_usd',
} as const satisfies Record<keyof MfuInputs, string>;

export interface MfuOutputs {
	readonly trainFlop: Flop;
	readonly daysGeneral: Days;
	readonly daysPurpose: Days;
	readonly daysSaved: Days;
	readonly costGeneralUsd: Usd;
	readonly costPurposeUsd: Usd;
	readonly costSavedUsd: Usd;
	readonly gpuHoursGeneral: number;
	readonly gpuHoursPurpose: number;
	/** The goodput each side used: the input, or the reliability model's for this job size. */
	readonly goodputGeneral: number;
	readonly goodputPurpose: number;
	/** The peak MFU applies to, TFLOP/s: BF16 or FP8. */
	readonly peakUsedTflops: number;
	/** Weights, gradients and optimizer state per accelerator, fully sharded, GB. */
	readonly stateGbPerAccel: number;
	/** That state as a share of an accelerator's memory (above 1: it does not fit). */
	readonly memoryShare: number;
	/** Fewest accelerators whose memory holds that state, fully sharded. */
	readonly minCountForMemory: number;
}

export const MFU_OUTPUTS = {
	trainFlop: 'train_flop',
	daysGeneral: 'days_general',
	daysPurpose: 'days_purpose',
	daysSaved: 'days_saved',
	costGeneralUsd: 'cost_general_usd',
	costPurposeUsd: 'cost_purpose_usd',
	costSavedUsd: 'cost_saved_usd',
	gpuHoursGeneral: 'gpu_hours_general',
	gpuHoursPurpose: 'gpu_hours_purpose',
	goodputGeneral: 'goodput_general',
	goodputPurpose: 'goodput_purpose',
	peakUsedTflops: 'peak_used_tflops',
	stateGbPerAccel: 'state_gb_per_accel',
	memoryShare: 'memory_share',
	minCountForMemory: 'min_count_for_memory',
} as const satisfies Record<keyof MfuOutputs, string>;

/**
 * Training compute of a dense transformer: C ≈ 6 · N · D.
 * @see Kaplan et al. 2020 / Hoffmann et al. 2022 (domain-facts §3.5); contract `train_flop`
 */
export function trainingFlop(params: number, tokens: number): Flop {
	return as(6 * params * tokens);
}

/**
 * Wall-clock days to train: (C ÷ (count × peak × MFU × goodput) ÷ 3600 + spin-up hours) ÷ 24.
 * @param peakTflops dense peak per accelerator, TFLOP/s
 * @param spinupH hours before training starts
 * @see domain-facts §4.3; contract `days_general` / `days_purpose`
 */
export function trainingDays(
	flop: number,
	count: number,
	peakTflops: number,
	mfu: number,
	goodput: number,
	spinupH: number,
): Days {
	return as((flop / (count * peakTflops * 1e12 * mfu * goodput) / SECONDS_PER_HOUR + spinupH) / 24);
}

/**
 * A side's goodput: the one given, else the reliability calculator's first-order goodput for
 * `count` accelerators with that side's failure, checkpoint and restart inputs (contract, MFU).
 */
function sideGoodput(
	given: number | undefined,
	count: number,
	mtbfHPerAccel: number,
	checkpointS: number,
	restartS: number,
): number {
	return given ?? jobGoodput(count, mtbfHPerAccel, checkpointS, restartS);
}

/**
 * Weights, gradients and optimizer state per accelerator when all of it is sharded across the job
 * (ZeRO stage 3 / FSDP), GB. Activations come on top and depend on batch and sequence length.
 * @see Rajbhandari et al. 2020 (source `rajbhandari-zero-2020`): 16 bytes per parameter with mixed-precision Adam
 */
function shardedStateGb(params: number, bytesPerParam: number, count: number): number {
	return (params * bytesPerParam) / count / 1e9;
}

export function computeMfu(i: MfuInputs): MfuOutputs {
	const trainFlop = trainingFlop(i.params, i.tokens);
	const peak = i.precisionBits <= 8 ? i.peakFp8Tflops : i.peakTflops;
	const goodputGeneral = sideGoodput(
		i.goodputGeneral,
		i.count,
		i.mtbfHPerAccelGeneral,
		i.checkpointSGeneral,
		i.restartSGeneral,
	);
	const goodputPurpose = sideGoodput(
		i.goodputPurpose,
		i.count,
		i.mtbfHPerAccelPurpose,
		i.checkpointSPurpose,
		i.restartSPurpose,
	);
	const daysGeneral = trainingDays(trainFlop, i.count, peak, i.mfuGeneral, goodputGeneral, i.spinupHGeneral);
	const daysPurpose = trainingDays(trainFlop, i.count, peak, i.mfuPurpose, goodputPurpose, i.spinupHPurpose);
	const stateGbPerAccel = shardedStateGb(i.params, i.stateBytesPerParam, i.count);
	const gpuHoursGeneral = daysGeneral * 24 * i.count;
	const gpuHoursPurpose = daysPurpose * 24 * i.count;
	const costGeneralUsd: Usd = as(gpuHoursGeneral * i.gpuHourUsd);
	const costPurposeUsd: Usd = as(gpuHoursPurpose * i.gpuHourUsd);
	return {
		trainFlop,
		daysGeneral,
		daysPurpose,
		daysSaved: as(daysGeneral - daysPurpose),
		costGeneralUsd,
		costPurposeUsd,
		costSavedUsd: as(costGeneralUsd - costPurposeUsd),
		gpuHoursGeneral,
		gpuHoursPurpose,
		goodputGeneral,
		goodputPurpose,
		peakUsedTflops: peak,
		stateGbPerAccel,
		memoryShare: stateGbPerAccel / i.memoryGb,
		minCountForMemory: Math.ceil((i.params * i.stateBytesPerParam) / (i.memoryGb * 1e9)),
	};
}

export const mfuCalculator: Calculator = {
	id: 'mfu',
	migrations: mfuMigrations,
	title: 'MFU trade-offs',
	summary:
		'Compares training time and cost on general-purpose and purpose-built infrastructure from MFU, goodput and spin-up time.',
	fields: MFU_FIELDS,
	correlations: [
		{
			a: 'mfu_general',
			b: 'mfu_purpose',
			rho: 0.5,
			note: 'The same model and software run on both sides, so an MFU estimate that is too high for one is likely too high for the other; 0.5 is our illustrative choice, not a measured value.',
		},
		{
			a: 'goodput_general',
			b: 'goodput_purpose',
			rho: 0.5,
			note: 'Both sides run the same job size with the same checkpointing, so their goodputs err together; 0.5 is our illustrative choice, not a measured value.',
		},
		...(['mtbf_h_per_accel', 'checkpoint_s', 'restart_s'] as const).map((p) => ({
			a: `${p}_general`,
			b: `${p}_purpose`,
			rho: 0.5,
			note: 'Both sides start from the same sourced default for the same hardware, so an estimate that is off for one is likely off for the other; 0.5 is our illustrative choice, not a measured value.',
		})),
	],
	preset: {
		param: 'accelerator',
		label: 'Accelerator',
		assumption: 'mfu.accelerator',
		sets: {
			[MFU_PARAMS.peakTflops]: (a: Accelerator) => a.bf16DenseTflops,
			[MFU_PARAMS.peakFp8Tflops]: (a: Accelerator) => a.fp8DenseTflops ?? a.bf16DenseTflops,
			[MFU_PARAMS.memoryGb]: (a: Accelerator) => a.memoryGb,
		},
	},
	outputs: [
		{ key: 'train_flop', label: 'Training compute', unit: 'FLOP', formula: '6 × params × tokens' },
		{
			key: 'days_general',
			label: 'Days, general-purpose',
			unit: 'days',
			formula: `(train_flop ÷ (count × peak_used_tflops × 10¹² × mfu_general × goodput_general) ÷ ${SECONDS_PER_HOUR} + spinup_h_general) ÷ 24`,
		},
		{
			key: 'days_purpose',
			label: 'Days, purpose-built',
			unit: 'days',
			formula: `(train_flop ÷ (count × peak_used_tflops × 10¹² × mfu_purpose × goodput_purpose) ÷ ${SECONDS_PER_HOUR} + spinup_h_purpose) ÷ 24`,
		},
		{ key: 'days_saved', label: 'Days saved', unit: 'days', formula: 'days_general − days_purpose' },
		{
			key: 'cost_general_usd',
			label: 'Cost, general-purpose',
			unit: 'USD',
			formula: 'days_general × 24 × count × gpu_hour_usd',
		},
		{
			key: 'cost_purpose_usd',
			label: 'Cost, purpose-built',
			unit: 'USD',
			formula: 'days_purpose × 24 × count × gpu_hour_usd',
		},
		{ key: 'cost_saved_usd', label: 'Cost saved', unit: 'USD', formula: 'cost_general_usd − cost_purpose_usd' },
		{
			key: 'gpu_hours_general',
			label: 'Accelerator-hours, general-purpose',
			unit: 'h',
			formula: 'days_general × 24 × count',
			detail: true,
		},
		{
			key: 'gpu_hours_purpose',
			label: 'Accelerator-hours, purpose-built',
			unit: 'h',
			formula: 'days_purpose × 24 × count',
			detail: true,
		},
		{
			key: 'goodput_general',
			label: 'Goodput used, general-purpose',
			unit: 'fraction',
			formula:
				'goodput_general as given; else the reliability page’s goodput for count accelerators with mtbf_h_per_accel_general, checkpoint_s_general and restart_s_general',

			detail: true,
		},
		{
			key: 'goodput_purpose',
			label: 'Goodput used, purpose-built',
			unit: 'fraction',
			formula:
				'goodput_purpose as given; else the reliability page’s goodput for count accelerators with mtbf_h_per_accel_purpose, checkpoint_s_purpose and restart_s_purpose',

			detail: true,
		},
		{
			key: 'peak_used_tflops',
			label: 'Peak MFU is read against',
			unit: 'TFLOP/s',
			formula: 'precision_bits ≤ 8 ? peak_fp8_tflops : peak_tflops',
			detail: true,
		},
		{
			key: 'state_gb_per_accel',
			label: 'Training state per accelerator, fully sharded (activations extra)',
			unit: 'GB',
			formula: 'params × state_bytes_per_param ÷ count ÷ 10⁹',
			detail: true,
		},
		{
			key: 'memory_share',
			label: 'Share of memory the state takes',
			unit: 'fraction',
			formula: 'state_gb_per_accel ÷ memory_gb',
			detail: true,
		},
		{
			key: 'min_count_for_memory',
			label: 'Fewest accelerators that hold the state',
			unit: 'count',
			formula: 'ceil(params × state_bytes_per_param ÷ (memory_gb × 10⁹))',
			detail: true,
		},
	],
	headline: 'days_saved',
	handoffs: [
		{
			to: 'reliability',
			label: 'See how often this job is interrupted in the reliability calculator',
			carry: {
				count: 'count',
				mtbf_h_per_accel: 'mtbf_h_per_accel_general',
				checkpoint_s: 'checkpoint_s_general',
				restart_s: 'restart_s_general',
			},
		},
	],
	crossCheck(values) {
		const problems: FieldProblem[] = [];
		const bits = values[MFU_PARAMS.precisionBits];
		if (bits !== undefined && !(PRECISIONS as readonly number[]).includes(bits))
			problems.push({
				param: MFU_PARAMS.precisionBits,
				message: 'Training precision must be 16 (BF16) or 8 (FP8)',
				fallback: 16,
			});
		// A derived goodput of 0 means the job never finishes: say so rather than show infinite days.
		for (const side of ['general', 'purpose'] as const) {
			if (values[`goodput_${side}`] !== undefined) continue;
			const mtbf = `mtbf_h_per_accel_${side}`;
			const count = values[MFU_PARAMS.count]!;
			const goodput = jobGoodput(count, values[mtbf]!, values[`checkpoint_s_${side}`]!, values[`restart_s_${side}`]!);
			const clusterH = clusterMtbfH(values[mtbf]!, count);
			if (goodput > 0) continue;
			// The four inputs are wrong together; each drops back to its default.
			const message = `Together, these make the ${side === 'general' ? 'general-purpose' : 'purpose-built'} job stand still: an interruption every ${formatOutput(clusterH * 3600, 's').text} leaves no time between checkpoints and restarts (goodput 0)`;
			for (const param of [MFU_PARAMS.count, mtbf, `checkpoint_s_${side}`, `restart_s_${side}`])
				problems.push({ param, message });
		}
		return problems;
	},
	crossWarn(values) {
		const o = computeMfu(readParams(MFU_PARAMS, values));
		if (o.memoryShare <= 1) return [];
		return [
			{
				param: MFU_PARAMS.count,
				message: `The model does not fit: even fully sharded, its weights, gradients and optimizer state take ${formatOutput(o.stateGbPerAccel, 'GB').text} per accelerator, more than the ${formatOutput(values[MFU_PARAMS.memoryGb], 'GB').text} each has. It needs at least ${formatOutput(o.minCountForMemory, 'count').text} accelerators before activations.`,
			},
		];
	},
	compute(values) {
		return writeOutputs(MFU_OUTPUTS, computeMfu(readParams(MFU_PARAMS, values)));
	},
};
