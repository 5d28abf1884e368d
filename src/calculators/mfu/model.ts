import { readParams, writeOutputs } from '../../engine';
import type { Calculator, NumberField } from '../../engine';
import { type Days, type Flop, type Usd, SECONDS_PER_HOUR, as } from '../../engine';
import { mfuMigrations } from './migrations';
import type { Accelerator } from '../../schemas/preset';

export interface MfuInputs {
	/** Dense BF16 peak per accelerator, TFLOP/s. */
	readonly peakTflops: number;
	readonly count: number;
	/** Model parameters N (active parameters for a mixture of experts). */
	readonly params: number;
	/** Training tokens D. */
	readonly tokens: number;
	readonly mfuGeneral: number;
	readonly mfuPurpose: number;
	readonly goodputGeneral: number;
	readonly goodputPurpose: number;
	readonly spinupHGeneral: number;
	readonly spinupHPurpose: number;
	readonly gpuHourUsd: number;
}

export const MFU_PARAMS = {
	peakTflops: 'peak_tflops',
	count: 'count',
	params: 'params',
	tokens: 'tokens',
	mfuGeneral: 'mfu_general',
	mfuPurpose: 'mfu_purpose',
	goodputGeneral: 'goodput_general',
	goodputPurpose: 'goodput_purpose',
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

export function computeMfu(i: MfuInputs): MfuOutputs {
	const trainFlop = trainingFlop(i.params, i.tokens);
	const daysGeneral = trainingDays(trainFlop, i.count, i.peakTflops, i.mfuGeneral, i.goodputGeneral, i.spinupHGeneral);
	const daysPurpose = trainingDays(trainFlop, i.count, i.peakTflops, i.mfuPurpose, i.goodputPurpose, i.spinupHPurpose);
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
	};
}

const mfuField = (param: string, label: string, assumption: string, help: string): NumberField => ({
	param,
	label,
	unit: 'fraction',
	help,
	assumption,
	min: 0.01,
	max: 1,
	softMin: 0.2,
	softMax: 0.6,
	softMinNote: 'below published large runs (38–56%)',
	softMaxNote: 'above published large runs (38–56%)',
	slider: { min: 0.1, max: 0.8, step: 0.01 },
});
const goodputField = (param: string, label: string, assumption: string, help: string): NumberField => ({
	param,
	label,
	unit: 'fraction',
	help,
	assumption,
	min: 0.01,
	max: 1,
	softMin: 0.7,
	softMax: 0.97,
	softMinNote: 'below reported large runs (about 0.9)',
	softMaxNote: 'above the best vendor claim (96%)',
	slider: { min: 0.5, max: 1, step: 0.01 },
});
const spinupField = (param: string, label: string, assumption: string): NumberField => ({
	param,
	label,
	unit: 'h',
	help: 'Hours from getting the cluster to training on it (provisioning, burn-in, validation).',
	assumption,
	min: 0,
	max: 10_000,
	slider: { min: 0, max: 500, step: 1 },
});

const fields: readonly NumberField[] = [
	{
		param: 'peak_tflops',
		label: 'Peak per accelerator',
		unit: 'TFLOP/s',
		help: 'Dense BF16 peak of one accelerator. Set by the accelerator preset.',
		assumption: 'mfu.peak_tflops',
		min: 1,
		max: 20_000,
		slider: { min: 100, max: 5000, step: 1 },
	},
	{
		param: 'count',
		label: 'Accelerators',
		unit: 'count',
		help: 'Accelerators in the training job.',
		assumption: 'mfu.count',
		min: 1,
		max: 10_000_000,
		integer: true,
		slider: { min: 8, max: 200_000, step: 8, log: true },
	},
	{
		param: 'params',
		label: 'Parameters',
		unit: 'count',
		help: 'Model parameters N (active parameters for a mixture of experts).',
		assumption: 'mfu.params',
		min: 1e6,
		max: 1e14,
		slider: { min: 1e9, max: 1e13, step: 0, log: true },
	},
	{
		param: 'tokens',
		label: 'Training tokens',
		unit: 'count',
		help: 'Tokens D seen in training.',
		assumption: 'mfu.tokens',
		min: 1e6,
		max: 1e16,
		slider: { min: 1e11, max: 1e15, step: 0, log: true },
	},
	mfuField(
		'mfu_general',
		'MFU, general-purpose',
		'mfu.mfu_general',
		'Model FLOPs utilization on a general-purpose cloud.',
	),
	mfuField(
		'mfu_purpose',
		'MFU, purpose-built',
		'mfu.mfu_purpose',
		'Model FLOPs utilization on purpose-built AI infrastructure.',
	),
	goodputField(
		'goodput_general',
		'Goodput, general-purpose',
		'mfu.goodput_general',
		'Share of wall-clock time doing useful training (after failures, restarts, stalls).',
	),
	goodputField(
		'goodput_purpose',
		'Goodput, purpose-built',
		'mfu.goodput_purpose',
		'The same on purpose-built infrastructure.',
	),
	spinupField('spinup_h_general', 'Spin-up, general-purpose', 'mfu.spinup_h_general'),
	spinupField('spinup_h_purpose', 'Spin-up, purpose-built', 'mfu.spinup_h_purpose'),
	{
		param: 'gpu_hour_usd',
		label: 'Price per accelerator-hour',
		unit: 'USD',
		help: 'Rental price of one accelerator for one hour (same on both).',
		assumption: 'mfu.gpu_hour_usd',
		min: 0.01,
		max: 100,
		softMax: 10,
		softMaxNote: 'above 2025–26 market prices for an H100 (about 2–3.5 USD)',
		slider: { min: 0.5, max: 15, step: 0.05 },
	},
];

export const mfuCalculator: Calculator = {
	id: 'mfu',
	migrations: mfuMigrations,
	title: 'MFU trade-offs',
	summary:
		'Compares training time and cost on general-purpose and purpose-built infrastructure from MFU, goodput and spin-up time.',
	fields,
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
	],
	preset: {
		param: 'accelerator',
		label: 'Accelerator',
		assumption: 'mfu.accelerator',
		sets: { [MFU_PARAMS.peakTflops]: (a: Accelerator) => a.bf16DenseTflops },
	},
	outputs: [
		{ key: 'train_flop', label: 'Training compute', unit: 'FLOP', formula: '6 × params × tokens' },
		{
			key: 'days_general',
			label: 'Days, general-purpose',
			unit: 'days',
			formula: `(train_flop ÷ (count × peak_tflops × 10¹² × mfu_general × goodput_general) ÷ ${SECONDS_PER_HOUR} + spinup_h_general) ÷ 24`,
		},
		{
			key: 'days_purpose',
			label: 'Days, purpose-built',
			unit: 'days',
			formula: `(train_flop ÷ (count × peak_tflops × 10¹² × mfu_purpose × goodput_purpose) ÷ ${SECONDS_PER_HOUR} + spinup_h_purpose) ÷ 24`,
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
	],
	headline: 'days_saved',
	compute(values) {
		return writeOutputs(MFU_OUTPUTS, computeMfu(readParams(MFU_PARAMS, values)));
	},
};
