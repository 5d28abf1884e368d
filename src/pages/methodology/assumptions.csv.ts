/**
 * /methodology/assumptions.csv: the assumption registry as a spreadsheet, one row per record, with
 * the calculator input it feeds, its hard limits and its source. Built at build time.
 */
import type { APIRoute } from 'astro';

import { registry } from '../../data/registry';
import { type CsvValue, csvCell } from '../../format/csv';
import { CALCULATOR_ORDER, CALCULATORS } from '../../registry/calculators';

const COLUMNS = [
	'id',
	'calculator',
	'param',
	'label',
	'value',
	'unit',
	'low',
	'high',
	'min',
	'max',
	'confidence',
	'source',
	'source_title',
	'source_url',
	'locator',
	'note',
] as const;

export function assumptionsCsv(): string {
	const fieldOf = new Map<string, { calculator: string; param: string; min?: number; max?: number }>();
	for (const id of CALCULATOR_ORDER) {
		const calc = CALCULATORS[id];
		if (calc.preset) fieldOf.set(calc.preset.assumption, { calculator: id, param: calc.preset.param });
		for (const f of calc.fields)
			if (!fieldOf.has(f.assumption))
				fieldOf.set(f.assumption, { calculator: id, param: f.param, min: f.min, max: f.max });
	}
	const rows = [...registry.assumptions.values()].map((a) => {
		const f = fieldOf.get(a.id);
		const s = a.source ? registry.sources.get(a.source) : undefined;
		const record: Record<(typeof COLUMNS)[number], CsvValue> = {
			id: a.id,
			calculator: f?.calculator ?? a.id.split('.')[0],
			param: f?.param ?? '',
			label: a.label,
			value: a.value,
			unit: a.unit,
			low: a.low,
			high: a.high,
			min: f?.min,
			max: f?.max,
			confidence: a.confidence,
			source: a.source,
			source_title: s?.title,
			source_url: s?.url,
			locator: a.locator,
			note: a.note,
		};
		return COLUMNS.map((c) => csvCell(record[c])).join(',');
	});
	return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export const GET: APIRoute = () =>
	new Response(assumptionsCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
