import { z } from 'zod';

import { confidence, isoDate } from './common';

/** Where a campus stands today. */
const CAMPUS_STATUSES = ['operating', 'building', 'announced'] as const;
export type CampusStatus = (typeof CAMPUS_STATUSES)[number];

/** How a campus removes heat. */
const COOLING_METHODS = ['liquid', 'air', 'hybrid', 'unreported'] as const;

/** What a reported power figure measures: the whole facility at the meter, the IT load alone, or not said. */
const POWER_BASES = ['facility', 'it', 'unspecified'] as const;
export type PowerBasis = (typeof POWER_BASES)[number];

const sourceIds = z
	.array(z.string().min(1), {
		error: (issue) =>
			issue.input === undefined
				? 'cite at least one source id, e.g. sources: [epoch-frontier-data-centers-hub]'
				: 'sources must be a list of source ids',
	})
	.min(1, 'cite at least one source id');

/**
 * A sourced figure: one `value`, or a `low`–`high` range when reports conflict (never their average).
 * Every figure names its sources and a confidence tag.
 */
const figureShape = {
	/** The figure, when sources agree on one number. Give `value` or both `low` and `high`. */
	value: z.number().positive('value must be a positive number').optional(),
	/** Lowest reported figure, when reports conflict. */
	low: z.number().positive('low must be a positive number').optional(),
	/** Highest reported figure, when reports conflict. */
	high: z.number().positive('high must be a positive number').optional(),
	/** Source ids (file names in content/sources/). At least one. */
	sources: sourceIds,
	/** verified-primary | verified-secondary | derived | unverified. Required. */
	confidence,
	/** One line a reader sees: what the figure covers, who says it, what conflicts. */
	note: z.string().min(3).optional(),
};

function checkRange(
	f: { value?: number | undefined; low?: number | undefined; high?: number | undefined },
	ctx: z.RefinementCtx,
) {
	const hasValue = f.value !== undefined;
	const hasLow = f.low !== undefined;
	const hasHigh = f.high !== undefined;
	if (hasValue && (hasLow || hasHigh))
		ctx.addIssue({
			code: 'custom',
			path: ['value'],
			message: 'give value or low and high, not both; conflicting reports are a range',
		});
	else if (!hasValue && !hasLow && !hasHigh)
		ctx.addIssue({ code: 'custom', path: ['value'], message: 'give value, or low and high for conflicting reports' });
	else if (hasLow !== hasHigh)
		ctx.addIssue({ code: 'custom', path: [hasLow ? 'high' : 'low'], message: 'give both low and high, or neither' });
	else if (hasLow && hasHigh && f.low! >= f.high!)
		ctx.addIssue({
			code: 'custom',
			path: ['low'],
			message: 'low must be smaller than high (equal figures are one value)',
		});
}

/** A sourced number: a value or a range, with sources and confidence. */
const figureSchema = z.object(figureShape).strict().superRefine(checkRange);

/** A sourced power figure in MW, with what it measures. */
const powerFigureSchema = z
	.object({
		...figureShape,
		/** facility (at the meter), it (IT load only) or unspecified (the source does not say). Default unspecified. */
		basis: z.enum(POWER_BASES, { error: `basis must be one of ${POWER_BASES.join(', ')}` }).default('unspecified'),
		/** For an estimate of power in use now: the date it describes (YYYY-MM-DD). */
		asOf: isoDate.optional(),
	})
	.strict()
	.superRefine(checkRange);

/** A sourced date, past or expected. */
const datedSchema = z
	.object({
		/** The date (YYYY-MM-DD); for a month or a year, the first day, with `precision`. Required. */
		date: isoDate,
		/** How precise `date` is. Default day. */
		precision: z
			.enum(['day', 'month', 'quarter', 'year'], { error: 'precision must be day, month, quarter or year' })
			.default('day'),
		/** true for a date that is planned or expected rather than reached. Default false. */
		expected: z.boolean().default(false),
		/** Source ids. At least one. */
		sources: sourceIds,
		/** verified-primary | verified-secondary | derived | unverified. Required. */
		confidence,
		/** One line a reader sees, e.g. which phase this date refers to. */
		note: z.string().min(3).optional(),
	})
	.strict();

/** One accelerator system deployed (or planned) at a campus. */
const campusAcceleratorSchema = z
	.object({
		/** The system as sources name it, e.g. "NVIDIA GB200 NVL72". Required. */
		system: z.string().min(2, 'system is required, e.g. "NVIDIA GB200 NVL72"'),
		/** Accelerator preset id (a system in content/systems/) that matches this system exactly. */
		preset: z.string().min(1).optional(),
		/** When no preset matches yet: the closest preset, used for the calculator link and said so on the page. */
		closestPreset: z.string().min(1).optional(),
		/** How many accelerators (GPUs or chips, not racks). */
		count: figureSchema.optional(),
		/** Source ids for the system, when no count is given (a count carries its own sources). */
		sources: z.array(z.string().min(1)).optional(),
	})
	.strict()
	.superRefine((a, ctx) => {
		if (a.count === undefined && (a.sources === undefined || a.sources.length === 0))
			ctx.addIssue({
				code: 'custom',
				path: ['sources'],
				message: 'cite a source id for the system, or give a count with its sources',
			});
		if (a.preset !== undefined && a.closestPreset !== undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['closestPreset'],
				message: 'give preset (an exact match) or closestPreset (an approximation), not both',
			});
	});

/**
 * One AI campus: `content/campuses/<id>.yaml`, shown at `/campuses/#<id>`. Every figure names its
 * sources and a confidence tag; conflicting reports are a range.
 */
export const CampusSchema = z
	.object({
		/** Name as reported, e.g. "xAI Colossus 1". Required. */
		name: z.string().min(3, 'name is required'),
		/** Who runs it or uses it, first the main user: ["OpenAI", "Oracle", "Crusoe"]. At least one. */
		operators: z.array(z.string().min(2)).min(1, 'name at least one operator'),
		/** Where it is. */
		location: z
			.object({
				/** Town or county as readers know it, e.g. "Abilene, Texas". Required. */
				place: z.string().min(2, 'place is required'),
				/** ISO 3166-1 alpha-2 country code, e.g. "US", "NO", "AE". Required. */
				country: z.string().regex(/^[A-Z]{2}$/, 'country must be a two-letter code such as "US"'),
				/** Latitude in degrees, north positive. Required. */
				lat: z.number().min(-90, 'lat must be between -90 and 90').max(90, 'lat must be between -90 and 90'),
				/** Longitude in degrees, east positive (the US is negative). Required. */
				lon: z.number().min(-180, 'lon must be between -180 and 180').max(180, 'lon must be between -180 and 180'),
				/** true when lat/lon mark the nearest town rather than the site itself. Default true. */
				approximate: z.boolean().default(true),
			})
			.strict(),
		/** Where it stands: operating (some capacity in use), building or announced. Required. */
		status: z.enum(CAMPUS_STATUSES, { error: `status must be one of ${CAMPUS_STATUSES.join(', ')}` }),
		/** Accelerator systems, largest first. */
		accelerators: z.array(campusAcceleratorSchema).default([]),
		/** Reported power, in MW. */
		power: z
			.object({
				/** Power at full build, in MW (the campus's headline figure). */
				plannedMw: powerFigureSchema.optional(),
				/** An estimate of power in use at a date (`asOf`), in MW. */
				currentMw: powerFigureSchema.optional(),
				/** Power drawn from the grid, in MW. */
				gridMw: powerFigureSchema.optional(),
				/** On-site generation (turbines, engines, fuel cells), in MW. */
				onSiteMw: powerFigureSchema.optional(),
				/** Which figure the accelerator counts describe, for the engine comparison: plannedMw (default) or currentMw. */
				comparesWith: z
					.enum(['plannedMw', 'currentMw'], { error: 'comparesWith must be plannedMw or currentMw' })
					.default('plannedMw'),
			})
			.strict()
			.default({ comparesWith: 'plannedMw' }),
		/** How it is cooled. */
		cooling: z
			.object({
				/** liquid, air, hybrid or unreported. Required. */
				method: z.enum(COOLING_METHODS, { error: `cooling method must be one of ${COOLING_METHODS.join(', ')}` }),
				/** One line a reader sees, e.g. "closed-loop, filled once". */
				detail: z.string().min(3).optional(),
				/** Source ids; required unless the method is unreported. */
				sources: z.array(z.string().min(1)).default([]),
				/** Confidence of the cooling description. Default unverified. */
				confidence: confidence.default('unverified'),
			})
			.strict()
			.superRefine((c, ctx) => {
				if (c.method !== 'unreported' && c.sources.length === 0)
					ctx.addIssue({
						code: 'custom',
						path: ['sources'],
						message: 'cite at least one source id for the cooling method',
					});
			})
			.default({ method: 'unreported', sources: [], confidence: 'unverified' }),
		/** Key dates. */
		dates: z
			.object({
				/** When it was first announced. */
				announced: datedSchema.optional(),
				/** When the first capacity was energized. */
				firstPower: datedSchema.optional(),
				/** When the full build is (or is expected to be) powered. */
				fullPower: datedSchema.optional(),
			})
			.strict()
			.default({}),
		/** One or two sentences a reader sees: what the campus is and what is uncertain. Required. */
		summary: z.string().min(20, 'summary is required (one or two sentences)').max(700),
		/** For editors only, never shown: how the figures were found and what to re-check. */
		editorNote: z.string().optional(),
	})
	.strict();

type CampusFile = z.output<typeof CampusSchema>;
export type Campus = CampusFile & { id: string };
export type Figure = z.output<typeof figureSchema>;
export type PowerFigure = z.output<typeof powerFigureSchema>;
export type Dated = z.output<typeof datedSchema>;
