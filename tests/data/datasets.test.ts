/**
 * The open-data downloads built from the real content: JSON that parses with one record per file,
 * CSV with one row per record, JSON Schemas generated from the zod schemas, and no editor-only
 * fields anywhere.
 */
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

import { buildRegistry } from '../../src/data/build-registry';
import { loadSystems } from '../../src/data/systems';
import {
	buildDatasets,
	citation,
	datasetCsv,
	datasetJson,
	datasetJsonSchema,
	DATASET_IDS,
	flatten,
} from '../../src/lib/datasets';
import { timelineEventSchema } from '../../src/schemas/timeline';
import { readDir, realRegistryFiles } from '../content/fixtures';

const files = realRegistryFiles();
const registry = buildRegistry(files);
// Cross-references between events are the timeline tests' concern; here any id is accepted.
const anyId = { has: () => true } as unknown as ReadonlySet<string>;
const timelineSchema = timelineEventSchema({ sourceIds: () => anyId, eventIds: () => anyId });
const timeline = readDir('timeline').map((f) => ({
	id: f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''),
	data: timelineSchema.parse(parseYaml(f.text)) as Record<string, unknown>,
}));
const systems = loadSystems(readDir('systems'), new Set(registry.sources.keys()));
const datasets = buildDatasets(registry, timeline, systems);
const ORIGIN = 'https://example.org/';

/** A minimal RFC 4180 reader: enough to count rows and read cells, quotes and CRLF included. */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += ch;
	}
	return rows;
}

const expectedCounts: Record<string, number> = {
	campuses: files.campuses.length,
	timeline: readDir('timeline').length,
	sources: files.sources.length,
	assumptions: registry.assumptions.size,
	systems: readDir('systems').length,
	scenarios: files.scenarios.length,
};

describe('buildDatasets', () => {
	it('publishes every collection', () => {
		expect(datasets.map((d) => d.id)).toEqual([...DATASET_IDS]);
	});

	it.each(DATASET_IDS.map((id) => [id]))('%s: the JSON parses and holds one record per content record', (id) => {
		const d = datasets.find((x) => x.id === id)!;
		const json = JSON.parse(datasetJson(d, ORIGIN)) as {
			count: number;
			records: { id: string }[];
			licence: { id: string };
		};
		expect(json.records).toHaveLength(expectedCounts[id]!);
		expect(json.count).toBe(json.records.length);
		expect(new Set(json.records.map((r) => r.id)).size).toBe(json.records.length);
		expect(json.licence.id).toBe('CC-BY-4.0');
	});

	it.each(DATASET_IDS.map((id) => [id]))(
		'%s: the CSV has a header and one row per record, all the same width',
		(id) => {
			const d = datasets.find((x) => x.id === id)!;
			const rows = readCsv(datasetCsv(d));
			expect(rows.length - 1).toBe(expectedCounts[id]!);
			expect(new Set(rows.map((r) => r.length)).size).toBe(1);
			expect(rows[0]![0]).toBe('id');
		},
	);

	it.each(DATASET_IDS.map((id) => [id]))('%s: the JSON Schema describes the records and requires an id', (id) => {
		const d = datasets.find((x) => x.id === id)!;
		const schema = datasetJsonSchema(d, ORIGIN) as {
			properties: { records: { items: { properties: Record<string, unknown>; required: string[] } } };
		};
		const items = schema.properties.records.items;
		expect(items.required).toContain('id');
		for (const record of d.records)
			for (const key of Object.keys(record)) expect(Object.keys(items.properties)).toContain(key);
	});

	it('never publishes editor-only notes', () => {
		for (const d of datasets) {
			expect(datasetJson(d, ORIGIN)).not.toContain('editorNote');
			expect(datasetCsv(d)).not.toContain('editorNote');
			expect(JSON.stringify(datasetJsonSchema(d, ORIGIN))).not.toContain('editorNote');
		}
	});

	it('prints numbers without float noise in the CSV', () => {
		for (const d of datasets) expect(datasetCsv(d)).not.toMatch(/\d\.\d*0000000\d/);
	});

	it('cites each dataset in plain text and BibTeX with the review date', () => {
		const c = citation(datasets[0]!, ORIGIN);
		expect(c.text).toContain('Reviewed 2026-');
		expect(c.bibtex).toMatch(/^@misc\{aifg-campuses-\d{4},/);
		expect(c.bibtex).toContain('url = {https://example.org/data/campuses.json}');
	});
});

describe('flatten', () => {
	it('names nested fields with dots, indexes lists of objects and joins lists of values', () => {
		expect(flatten({ a: { b: 1 }, list: [{ x: 'y' }], tags: ['p', 'q'] })).toEqual({
			'a.b': 1,
			'list.0.x': 'y',
			tags: 'p; q',
		});
	});
});
