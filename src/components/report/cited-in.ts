/**
 * The reverse of every citation on the site: for each source id, the places that cite it
 * (chapters, timeline events, assumptions, accelerator presets), with links. Pure, so tests can
 * feed it fixtures; the pages pass in the real collections.
 */
import type { Assumption } from '../../schemas/assumption';
import type { Accelerator } from '../../schemas/preset';
import { citedIds } from '../../lib/citations';

export interface CitingPlace {
	readonly kind: 'chapter' | 'timeline' | 'assumption' | 'preset';
	readonly label: string;
	readonly href: string;
}

export interface CitingInputs {
	readonly chapters: readonly { id: string; body?: string | undefined; data: { title: string; order: number } }[];
	readonly events: readonly { id: string; data: { title: string; sources: readonly string[] } }[];
	readonly assumptions: Iterable<Assumption>;
	readonly accelerators: readonly Accelerator[];
}

const KIND_ORDER: Readonly<Record<CitingPlace['kind'], number>> = { chapter: 0, timeline: 1, assumption: 2, preset: 3 };

/** Maps source id → places that cite it, chapters first (in report order), then events, assumptions and presets. */
export function buildCitedIn(input: CitingInputs): Map<string, CitingPlace[]> {
	const map = new Map<string, CitingPlace[]>();
	const add = (id: string, place: CitingPlace) => {
		const list = map.get(id) ?? [];
		if (!list.some((p) => p.href === place.href)) list.push(place);
		map.set(id, list);
	};
	const assumptions = [...input.assumptions];
	const sourceOf = (id: string) => assumptions.find((a) => a.id === id)?.source || undefined;
	for (const c of [...input.chapters].sort((a, b) => a.data.order - b.data.order))
		for (const id of citedIds(c.body ?? '', sourceOf))
			add(id, { kind: 'chapter', label: c.data.title, href: `/report/${c.id}/#ref-${id}` });
	for (const e of [...input.events].sort((a, b) => a.id.localeCompare(b.id)))
		for (const id of e.data.sources) add(id, { kind: 'timeline', label: e.data.title, href: `/timeline/#${e.id}` });
	for (const a of assumptions)
		if (a.source) add(a.source, { kind: 'assumption', label: `${a.label} (${a.id})`, href: `/methodology/#${a.id}` });
	for (const p of input.accelerators)
		for (const id of p.sources) add(id, { kind: 'preset', label: `${p.name} preset`, href: `/systems/#${p.id}` });
	for (const list of map.values()) list.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
	return map;
}
