/**
 * /data/<dataset>.json, /data/<dataset>.csv and /data/<dataset>.schema.json: every collection as open
 * data at stable addresses, written at build time from the same registry the pages use.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

import { registry } from '../../data/registry';
import { systems } from '../../data/systems-files';
import { buildDatasets, datasetCsv, datasetJson, datasetJsonSchema, DATASET_IDS } from '../../lib/datasets';

export const getStaticPaths = (() =>
	DATASET_IDS.flatMap((id) =>
		['json', 'csv', 'schema.json'].map((ext) => ({ params: { file: `${id}.${ext}` } })),
	)) satisfies GetStaticPaths;

const TYPES = {
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	'schema.json': 'application/schema+json; charset=utf-8',
} as const;

export const GET: APIRoute = async ({ params, site }) => {
	const [id, ...rest] = String(params.file).split('.');
	const ext = rest.join('.') as keyof typeof TYPES;
	const timeline = (await getCollection('timeline')).map((e) => ({
		id: e.id,
		data: e.data as Record<string, unknown>,
	}));
	const dataset = buildDatasets(registry, timeline, systems).find((d) => d.id === id);
	if (!dataset || !(ext in TYPES)) return new Response('Not found', { status: 404 });
	const origin = String(site);
	const body =
		ext === 'csv'
			? datasetCsv(dataset)
			: ext === 'json'
				? datasetJson(dataset, origin)
				: `${JSON.stringify(datasetJsonSchema(dataset, origin), null, '\t')}\n`;
	return new Response(body, { headers: { 'Content-Type': TYPES[ext] } });
};
