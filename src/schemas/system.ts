import { z } from 'zod';

import { confidence, isoDate, slugId } from './common';

/**
 * How a platform is built and sold, which decides what its "system" is when serverOverhead is
 * measured: one 8-GPU server, one NVL72 rack, one TPU pod or one Trainium UltraServer.
 */
const FORM_FACTORS = ['hgx-8', 'dgx-8', 'nvl72', 'ubb-8', 'tpu-pod', 'trn-ultraserver'] as const;

/**
 * The site's confidence tags without `derived`: a derived system figure takes the confidence of its
 * weakest input and says in its note how it was derived.
 */
const systemConfidence = confidence.exclude(['derived'], {
	error:
		'confidence must be one of verified-primary, verified-secondary, unverified, illustrative (a derived value takes the confidence of its weakest input; say in note how it was derived)',
});

/** Confidence tags a value with a source must carry (anything but unverified or illustrative). */
const SOURCED = new Set(['verified-primary', 'verified-secondary']);

interface Bounds {
	/** Unit shown in messages and the CSV, e.g. "W". */
	readonly unit: string;
	readonly min: number;
	readonly max: number;
	/** Whole numbers only (counts). */
	readonly integer?: boolean;
	/** What a typical mistake looks like, added to the range message. */
	readonly hint?: string;
}

/** Checks shared by every sourced value and by a status: sources, confidence and note agree. */
function checkProvenance(
	v: { sources: readonly string[]; confidence: string; note?: string | undefined },
	ctx: z.RefinementCtx,
	isMissing: boolean,
) {
	if (SOURCED.has(v.confidence) && v.sources.length === 0) {
		ctx.addIssue({
			code: 'custom',
			path: ['sources'],
			message: `a ${v.confidence} value needs at least one source id; if no source confirms it, set confidence: unverified and say why in note`,
		});
	}
	if ((v.confidence === 'unverified' || v.confidence === 'illustrative') && !v.note) {
		ctx.addIssue({
			code: 'custom',
			path: ['note'],
			message: `an ${v.confidence} value needs a note saying where the figure comes from and why it is not confirmed`,
		});
	}
	if (isMissing && v.confidence !== 'unverified') {
		ctx.addIssue({
			code: 'custom',
			path: ['confidence'],
			message:
				'a value left empty (value: null) must be confidence: unverified, with a note saying what is not published',
		});
	}
}

/**
 * One figure with its provenance: `{ value, sources, confidence, note?, editorNote? }`.
 * `value: null` means "not published"; it must be unverified and say so in `note`.
 */
function sourcedValue(bounds: Bounds) {
	const range = `${bounds.unit === 'fraction' ? 'a fraction' : `a number of ${bounds.unit}`} between ${bounds.min} and ${bounds.max}`;
	const number = z
		.number({ error: `value must be ${range}, or null if it is not published` })
		.min(bounds.min, `value must be ${range}${bounds.hint ? ` (${bounds.hint})` : ''}`)
		.max(bounds.max, `value must be ${range}${bounds.hint ? ` (${bounds.hint})` : ''}`);
	return z
		.object({
			/** The figure in the field's unit, or null when no source publishes it. */
			value: (bounds.integer ? number.int('value must be a whole number') : number).nullable(),
			/** Ids of files in content/sources/ that state or underlie the figure. */
			sources: z.array(slugId).default([]),
			/** How sure the figure is; a derived figure takes the confidence of its weakest input. */
			confidence: systemConfidence,
			/** Shown to readers: which configuration, how a derived figure was computed, what conflicts. */
			note: z.string().min(10, 'note must be a sentence a reader can use (10 characters or more)').optional(),
			/** Editors only, never shown: how the figure was found and checked. */
			editorNote: z.string().optional(),
		})
		.strict()
		.superRefine((v, ctx) => checkProvenance(v, ctx, v.value === null));
}
export type SourcedValue = z.output<ReturnType<typeof sourcedValue>>;

/** Whether a system can be bought and deployed today, or has only been announced. */
const SystemStatusSchema = z
	.object({
		/** `shipping` (customers run it) or `announced` (specified, not yet delivered). */
		state: z.enum(['shipping', 'announced'], { error: 'state must be "shipping" or "announced"' }),
		/** Shipping since (or announced on) this date, YYYY-MM-DD; the first of the month or year if only that is known. */
		since: isoDate,
		/** How precise `since` is. */
		precision: z.enum(['day', 'month', 'year'], { error: 'precision must be day, month or year' }),
		/** Source ids for the date. */
		sources: z.array(slugId).default([]),
		/** How sure the date is. */
		confidence: systemConfidence,
		/** Shown to readers. */
		note: z.string().min(10, 'note must be a sentence a reader can use (10 characters or more)').optional(),
		/** Editors only. */
		editorNote: z.string().optional(),
	})
	.strict()
	.superRefine((v, ctx) => checkProvenance(v, ctx, false));

/**
 * Every value field of a system with its unit and limits. The order here is the order of the
 * systems page and the CSV.
 */
export const SYSTEM_VALUE_FIELDS = {
	/** Maximum board power (TDP) of one accelerator in this system's configuration, W. */
	boardPowerW: { unit: 'W', min: 50, max: 3000, hint: 'per accelerator, in watts, not kW or per system' },
	/** System power ÷ its accelerators' board power: host CPUs (Grace included), memory, NICs, switch trays, fans, PSU losses. */
	serverOverhead: { unit: 'ratio', min: 1, max: 3, hint: '1.0 means the accelerators are the whole system' },
	/** Scale-out network and storage power as a fraction of system power. */
	networkShare: { unit: 'fraction', min: 0, max: 0.5, hint: 'write 10% as 0.1' },
	/** IT power of one rack as the system is usually deployed, kW. */
	rackKw: { unit: 'kW', min: 1, max: 1500, hint: 'per rack, in kW' },
	/** Accelerators in that rack. */
	accelsPerRack: { unit: 'count', min: 1, max: 1000, integer: true },
	/** Share of the heat removed by liquid; 0 for an air-cooled system. */
	liquidFraction: { unit: 'fraction', min: 0, max: 1, hint: 'write 85% as 0.85' },
	/** Dense BF16 peak per accelerator, TFLOP/s (not the sparse figure vendors headline). */
	bf16DenseTflops: { unit: 'TFLOP/s', min: 1, max: 100000, hint: 'per accelerator, dense' },
	/** Dense FP8 peak per accelerator, TFLOP/s. */
	fp8DenseTflops: { unit: 'TFLOP/s', min: 1, max: 100000, hint: 'per accelerator, dense' },
	/** Dense FP4 peak per accelerator, TFLOP/s. */
	fp4DenseTflops: { unit: 'TFLOP/s', min: 1, max: 200000, hint: 'per accelerator, dense' },
	/** Memory per accelerator an engineer can size a model against, GB (10^9 bytes). */
	memoryGb: { unit: 'GB', min: 1, max: 2000, hint: 'per accelerator, in GB' },
	/** Peak memory bandwidth per accelerator, TB/s. */
	memoryBandwidthTbS: { unit: 'TB/s', min: 0.1, max: 100, hint: 'per accelerator, in TB/s (2,039 GB/s is 2.039)' },
	/** Installed capital per accelerator (server, network and storage share), USD. */
	capexUsdPerAccel: { unit: 'USD', min: 1000, max: 1000000 },
} as const satisfies Record<string, Bounds>;
export type SystemValueField = keyof typeof SYSTEM_VALUE_FIELDS;
export const SYSTEM_VALUE_FIELD_NAMES = Object.keys(SYSTEM_VALUE_FIELDS) as SystemValueField[];

const v = (field: SystemValueField) => sourcedValue(SYSTEM_VALUE_FIELDS[field]);

/**
 * One platform: `content/systems/<id>.yaml`. The file name is the id used in URLs
 * (`?accelerator=gb200`). Every figure carries its sources and a confidence tag.
 */
export const SystemSchema = z
	.object({
		/** Display name, e.g. "NVIDIA GB200 NVL72". Required. */
		name: z.string().min(2, 'name is required'),
		/** Maker of the accelerator, e.g. "NVIDIA", "AMD", "Google", "AWS". Required. */
		vendor: z.string().min(2, 'vendor is required'),
		/** How the platform is packaged; decides what serverOverhead divides. */
		formFactor: z.enum(FORM_FACTORS, { error: `formFactor must be one of ${FORM_FACTORS.join(', ')}` }),
		/** Accelerators in the unit whose power serverOverhead uses (8 for an 8-GPU server, 72 for an NVL72 rack). */
		accelsPerSystem: z
			.number({ error: 'accelsPerSystem must be a whole number of accelerators' })
			.int('accelsPerSystem must be a whole number')
			.min(1)
			.max(10000),
		/** Shipping or announced, and since when. */
		status: SystemStatusSchema,
		/** Older preset ids that must keep working in links (`?accelerator=<alias>`). */
		aliases: z.array(slugId).default([]),
		boardPowerW: v('boardPowerW'),
		serverOverhead: v('serverOverhead'),
		networkShare: v('networkShare'),
		rackKw: v('rackKw'),
		accelsPerRack: v('accelsPerRack'),
		liquidFraction: v('liquidFraction'),
		bf16DenseTflops: v('bf16DenseTflops'),
		/** Optional: leave out for accelerators without FP8 (A100). */
		fp8DenseTflops: v('fp8DenseTflops').optional(),
		/** Optional: leave out for accelerators without FP4. */
		fp4DenseTflops: v('fp4DenseTflops').optional(),
		memoryGb: v('memoryGb'),
		memoryBandwidthTbS: v('memoryBandwidthTbS'),
		/** Optional: leave out where no estimate has been found. */
		capexUsdPerAccel: v('capexUsdPerAccel').optional(),
		/** Shown to readers: what this preset stands for (which SKU, which configuration). */
		note: z.string().min(10).optional(),
		/** Editors only, never shown. */
		editorNote: z.string().optional(),
	})
	.strict()
	.superRefine((s, ctx) => {
		const peak = (f?: { value: number | null }) => (f && f.value !== null ? f.value : undefined);
		const bf16 = peak(s.bf16DenseTflops);
		const fp8 = peak(s.fp8DenseTflops);
		const fp4 = peak(s.fp4DenseTflops);
		if (bf16 !== undefined && fp8 !== undefined && fp8 < bf16) {
			ctx.addIssue({
				code: 'custom',
				path: ['fp8DenseTflops', 'value'],
				message: `FP8 peak ${fp8} is below the BF16 peak ${bf16}; check that neither is a sparse figure`,
			});
		}
		if (fp8 !== undefined && fp4 !== undefined && fp4 < fp8) {
			ctx.addIssue({
				code: 'custom',
				path: ['fp4DenseTflops', 'value'],
				message: `FP4 peak ${fp4} is below the FP8 peak ${fp8}; check that neither is a sparse figure`,
			});
		}
		const perRack = peak(s.accelsPerRack);
		if (s.formFactor === 'nvl72' && perRack !== undefined && perRack !== 72) {
			ctx.addIssue({
				code: 'custom',
				path: ['accelsPerRack', 'value'],
				message: `an NVL72 rack holds 72 accelerators, not ${perRack}`,
			});
		}
		if (s.formFactor === 'nvl72' && s.accelsPerSystem !== 72) {
			ctx.addIssue({
				code: 'custom',
				path: ['accelsPerSystem'],
				message: `an NVL72 system is one rack of 72 accelerators, not ${s.accelsPerSystem}`,
			});
		}
		if (s.status.state === 'shipping' && s.status.confidence === 'illustrative') {
			ctx.addIssue({
				code: 'custom',
				path: ['status', 'confidence'],
				message: 'a shipping date is a fact: cite a source or mark it unverified',
			});
		}
	});

export type System = z.output<typeof SystemSchema> & { readonly id: string };
