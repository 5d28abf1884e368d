/**
 * The site's collections as open data: each dataset as JSON (records plus licence and citation),
 * as one flat CSV table (one row per record) and as a JSON Schema generated from the zod schema
 * editors' files are checked against. Pure: registry and timeline entries in, text out. Editor-only
 * fields (`editorNote`) are never published.
 */
import { z } from 'zod';

import type { Registry } from '../data/build-registry';
import { AssumptionSchema } from '../schemas/assumption';
import { CampusSchema } from '../schemas/campus';
import { ScenarioSchema } from '../schemas/scenario';
import { SourceSchema } from '../schemas/source';
import { type System, SystemSchema } from '../schemas/system';
import { timelineEventSchema } from '../schemas/timeline';
import { type CsvValue, csvNumber, toCsv } from '../format/csv';
import { citeThis } from './cite-this';
import { SITE } from './site';

export const DATASET_IDS = ['campuses', 'timeline', 'sources', 'assumptions', 'systems', 'scenarios'] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export const LICENCE = {
	id: 'CC-BY-4.0',
	name: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/',
	scope:
		"Applies to the site's own compiled data: the selection, structure, summaries and figures it computes. Quoted titles and material from cited sources stay under their owners' terms.",
} as const;

export interface Dataset {
	readonly id: DatasetId;
	readonly title: string;
	readonly description: string;
	/** One object per record, `id` first, editor-only fields removed. */
	readonly records: readonly Record<string, unknown>[];
	/** The zod schema of one record as editors write it (without `id` when the file name is the id). */
	readonly schema: z.ZodType;
	/** true when `id` comes from the file name rather than a field in the record. */
	readonly idFromFileName: boolean;
}

/** A timeline entry as Astro's content layer returns it (or a test builds it from the files). */
export interface TimelineEntry {
	readonly id: string;
	readonly data: Record<string, unknown>;
}

const EDITOR_ONLY = new Set(['editorNote']);

/** Removes editor-only keys at any depth. */
function stripEditorFields(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(stripEditorFields);
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([k]) => !EDITOR_ONLY.has(k))
				.map(([k, v]) => [k, stripEditorFields(v)]),
		);
	}
	return value;
}

const withIdFirst = (id: string, data: object): Record<string, unknown> => ({
	id,
	...(stripEditorFields(data) as Record<string, unknown>),
});

/** Every dataset the site publishes, in the order /data/ lists them. */
export function buildDatasets(
	registry: Registry,
	timeline: readonly TimelineEntry[],
	systems: readonly System[] = [],
): Dataset[] {
	const sourceIds = new Set(registry.sources.keys());
	const eventIds = new Set(timeline.map((e) => e.id));
	const byId = <T extends { id: string }>(xs: Iterable<T>) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
	return [
		{
			id: 'campuses',
			title: 'Frontier AI campuses',
			description:
				'The largest AI campuses operating, building or announced: operators, location, accelerators, power, cooling, dates and status, each figure with its sources and confidence.',
			records: byId(registry.campuses.values()).map(({ id, ...c }) => withIdFirst(id, c)),
			schema: CampusSchema,
			idFromFileName: true,
		},
		{
			id: 'timeline',
			title: 'Policy timeline',
			description: 'Dated, sourced policy events that shape AI infrastructure: orders, rules, laws and grid decisions.',
			records: [...timeline]
				.sort((a, b) => String(a.data.date).localeCompare(String(b.data.date)) || a.id.localeCompare(b.id))
				.map((e) => withIdFirst(e.id, e.data)),
			schema: timelineEventSchema({ sourceIds: () => sourceIds, eventIds: () => eventIds }),
			idFromFileName: true,
		},
		{
			id: 'sources',
			title: 'Sources',
			description: 'The bibliography behind every figure, event and default on the site.',
			records: byId(registry.sources.values()).map(({ id, ...s }) => withIdFirst(id, s)),
			schema: SourceSchema,
			idFromFileName: true,
		},
		{
			id: 'assumptions',
			title: 'Engine assumptions',
			description: "The sizing engine's defaults with their plausible ranges, sources and confidence.",
			records: byId(registry.assumptions.values()).map(({ id, ...a }) => withIdFirst(id, a)),
			schema: AssumptionSchema,
			idFromFileName: false,
		},
		{
			id: 'systems',
			title: 'Accelerator systems',
			description:
				'Accelerator platforms as of the review date, each figure with its sources and confidence, and the server overhead derived from published system power.',
			records: byId(systems).map(({ id, ...sys }) => withIdFirst(id, sys)),
			schema: SystemSchema,
			idFromFileName: true,
		},
		{
			id: 'scenarios',
			title: 'Named calculator scenarios',
			description: 'Calculator set-ups worth sharing, with the inputs that differ from the defaults.',
			records: byId(registry.scenarios.values()).map((s) => ({
				id: s.id,
				title: s.title,
				calculator: s.calculator,
				inputs: s.params,
				note: s.note,
			})),
			schema: ScenarioSchema,
			idFromFileName: true,
		},
	];
}

/** Stable addresses of a dataset's files, relative to the site root. */
export const datasetPaths = (id: DatasetId) => ({
	json: `/data/${id}.json`,
	csv: `/data/${id}.csv`,
	schema: `/data/${id}.schema.json`,
	page: `/data/#${id}`,
});

/** Plain-text and BibTeX citations, dated with the site's review date. */
export function citation(d: Dataset, origin: string): { text: string; bibtex: string } {
	return citeThis({
		key: `aifg-${d.id}`,
		title: d.title,
		kind: `Dataset, ${d.records.length} records`,
		reviewed: SITE.lastReviewed,
		url: new URL(datasetPaths(d.id).json, origin).href,
		licence: LICENCE.id,
	});
}

/** The JSON download: metadata, licence and citation around the records. */
export function datasetJson(d: Dataset, origin: string): string {
	const body = {
		dataset: d.id,
		title: d.title,
		description: d.description,
		publisher: SITE.name,
		reviewed: SITE.lastReviewed,
		licence: LICENCE,
		schema: new URL(datasetPaths(d.id).schema, origin).href,
		citation: citation(d, origin).text,
		count: d.records.length,
		records: d.records,
	};
	return `${JSON.stringify(body, null, '\t')}\n`;
}

/** Flattens a record to dotted column names: nested objects by key, lists of objects by index, lists of values joined with "; ". */
export function flatten(value: unknown, prefix = '', out: Record<string, CsvValue> = {}): Record<string, CsvValue> {
	if (Array.isArray(value)) {
		if (value.every((v) => v === null || typeof v !== 'object'))
			out[prefix] = value.map((v) => (typeof v === 'number' ? csvNumber(v) : String(v))).join('; ');
		else value.forEach((v, i) => flatten(v, `${prefix}.${i}`, out));
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
	} else if (prefix) {
		out[prefix] = value as CsvValue;
	}
	return out;
}

/** The CSV download: one row per record, columns in first-seen order. */
export function datasetCsv(d: Dataset): string {
	const rows = d.records.map((r) => flatten(r));
	const columns: string[] = [];
	const seen = new Set<string>();
	for (const row of rows)
		for (const k of Object.keys(row)) {
			if (seen.has(k)) continue;
			seen.add(k);
			columns.push(k);
		}
	return toCsv(columns, rows);
}

type JsonObject = { [key: string]: unknown };

/** The JSON Schema of the JSON download, with each record's schema generated from its zod schema. */
export function datasetJsonSchema(d: Dataset, origin: string): JsonObject {
	const record = stripEditorFields(
		z.toJSONSchema(d.schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
	) as JsonObject;
	delete record.$schema;
	const props = (record.properties ?? {}) as JsonObject;
	if (props.editorNote === undefined && Array.isArray(record.required))
		record.required = (record.required as string[]).filter((k) => k !== 'editorNote');
	if (d.idFromFileName) {
		record.properties = {
			id: { type: 'string', description: 'The record id: the name of its file in content/.' },
			...props,
		};
		record.required = ['id', ...((record.required as string[] | undefined) ?? [])];
	}
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: new URL(datasetPaths(d.id).schema, origin).href,
		title: d.title,
		description: d.description,
		type: 'object',
		required: ['dataset', 'licence', 'count', 'records'],
		properties: {
			dataset: { const: d.id },
			title: { type: 'string' },
			description: { type: 'string' },
			publisher: { type: 'string' },
			reviewed: { type: 'string', format: 'date' },
			licence: { type: 'object' },
			schema: { type: 'string', format: 'uri' },
			citation: { type: 'string' },
			count: { type: 'integer', minimum: 0 },
			records: { type: 'array', items: record },
		},
	};
}
