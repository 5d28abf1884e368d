import type { Source } from '../schemas/source';

/** Matches `<Cite id="…"` in MDX source (the attribute may use single or double quotes). */
const CITE = /<Cite\s+[^>]*?\bid=["']([^"']+)["']/g;
/** Matches `<TimelineLink id="…"`. */
const TIMELINE_LINK = /<TimelineLink\s+[^>]*?\bid=["']([^"']+)["']/g;

/** Matches `<Cite id="…"` and `<Assumption id="…"` in document order; group 1 is the tag. */
const CITE_OR_ASSUMPTION = /<(Cite|Assumption)\s+[^>]*?\bid=["']([^"']+)["']/g;

/**
 * Source ids cited in an MDX body, in order of first appearance. With `sourceOfAssumption`, the
 * sources that `<Assumption id>` cites are included too (it renders a `<Cite>` of its own).
 */
export function citedIds(body: string, sourceOfAssumption?: (assumptionId: string) => string | undefined): string[] {
	const seen: string[] = [];
	if (!sourceOfAssumption) {
		for (const m of body.matchAll(CITE)) if (!seen.includes(m[1]!)) seen.push(m[1]!);
		return seen;
	}
	for (const m of body.matchAll(CITE_OR_ASSUMPTION)) {
		const id = m[1] === 'Cite' ? m[2]! : sourceOfAssumption(m[2]!);
		if (id && !seen.includes(id)) seen.push(id);
	}
	return seen;
}

export function timelineIds(body: string): string[] {
	return [...new Set([...body.matchAll(TIMELINE_LINK)].map((m) => m[1]!))];
}

/** Numbering of a chapter's citations; components read it from Astro.locals. */
export class CitationContext {
	readonly order: readonly string[];
	constructor(order: readonly string[]) {
		this.order = order;
	}
	number(id: string): number {
		return this.order.indexOf(id) + 1;
	}
}

/** Checks a chapter's citations; returns problems as `file: message` lines. */
export function checkCitations(file: string, body: string, sources: ReadonlyMap<string, Source>): string[] {
	const ids = citedIds(body);
	const problems: string[] = [];
	if (ids.length === 0)
		problems.push(`${file}: the chapter cites no source; add at least one <Cite id="…" /> after a claim`);
	for (const id of ids)
		if (!sources.has(id))
			problems.push(
				`${file}: <Cite id="${id}">: unknown source id "${id}"; add content/sources/${id}.yaml or fix the id`,
			);
	return problems;
}

/** "Epoch AI 2024": the source's short label, or publisher and year. */
export function shortLabel(source: Source): string {
	if (source.short) return source.short;
	return source.published ? `${source.publisher} ${source.published.slice(0, 4)}` : source.publisher;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** A source's publication date at the precision it is known: "2024-05-28", "May 2025" or "2024". */
export function formatSourceDate(source: Pick<Source, 'published' | 'publishedPrecision'>): string | undefined {
	const d = source.published;
	if (!d) return undefined;
	if (source.publishedPrecision === 'year') return d.slice(0, 4);
	if (source.publishedPrecision === 'month') return `${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
	return d;
}
