/** The MFU calculator's inputs: what each means, its limits, and the record of its default. */
import type { NumberField } from '../../engine';
import { JOB_RELIABILITY_FIELDS } from '../../models/reliability';
import { goodputField, mfuField } from '../../models/utilization';

/** Bits of the precision the peak is read at: 16 for BF16, 8 for FP8. */
export const PRECISIONS = [16, 8] as const;

// MFU's goodput follows the job size when left empty, and a claim above 96% is flagged.
const goodputHere = (param: string, label: string, assumption: string, help: string): NumberField =>
	goodputField(param, label, assumption, help, {
		derived: 'from the job size',
		softMax: 0.97,
		softMaxNote: 'above the best vendor claim (96%)',
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

export const MFU_FIELDS: readonly NumberField[] = [
	{
		param: 'peak_tflops',
		label: 'Peak per accelerator, BF16',
		unit: 'TFLOP/s',
		help: 'Dense BF16 peak of one accelerator. Set by the accelerator preset.',
		assumption: 'mfu.peak_tflops',
		min: 1,
		max: 20_000,
		slider: { min: 100, max: 5000, step: 1 },
	},
	{
		param: 'peak_fp8_tflops',
		label: 'Peak per accelerator, FP8',
		unit: 'TFLOP/s',
		help: 'Dense FP8 peak of one accelerator; the BF16 peak on a platform without FP8. Set by the accelerator preset.',
		assumption: 'mfu.peak_fp8_tflops',
		min: 1,
		max: 40_000,
		slider: { min: 100, max: 10_000, step: 1 },
	},
	{
		param: 'precision_bits',
		label: 'Training precision',
		unit: 'bits',
		help: '16 reads MFU against the BF16 peak, 8 against the FP8 peak. MFU against an FP8 peak is lower: Llama 4 Behemoth reportedly ran near 20% of it.',
		assumption: 'mfu.precision_bits',
		min: 8,
		max: 16,
		integer: true,
	},
	{
		param: 'memory_gb',
		label: 'Memory per accelerator',
		unit: 'GB',
		help: 'Memory one accelerator can size a model against. Set by the accelerator preset.',
		assumption: 'inference.memory_gb',
		min: 1,
		max: 2000,
		slider: { min: 16, max: 512, step: 1 },
	},
	{
		param: 'state_bytes_per_param',
		label: 'Training state per parameter',
		unit: 'bytes',
		help: 'Weights, gradients and optimizer state per parameter: 16 with mixed-precision Adam.',
		assumption: 'mfu.state_bytes_per_param',
		min: 1,
		max: 64,
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
	goodputHere(
		'goodput_general',
		'Goodput, general-purpose',
		'mfu.goodput_general',
		'Share of wall-clock time doing useful training. Leave empty and it follows the job size, from the failure, checkpoint and restart inputs below, as on the reliability page.',
	),
	goodputHere(
		'goodput_purpose',
		'Goodput, purpose-built',
		'mfu.goodput_purpose',
		'The same on purpose-built infrastructure. Type 0.96 to take CoreWeave’s claim at face value.',
	),
	// Each side's failure, checkpoint and restart inputs: the reliability page's, named per side.
	...(['general', 'purpose'] as const).flatMap((side): NumberField[] => {
		const which = side === 'general' ? 'general-purpose' : 'purpose-built';
		return Object.values(JOB_RELIABILITY_FIELDS).map((f) => ({
			...f,
			param: `${f.param}_${side}`,
			label: `${f.label}, ${which}`,
		}));
	}),
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
