/**
 * Validates the campus files (content/campuses/<id>.yaml) and their references: every source id
 * must exist, and every preset a campus names must be an accelerator preset. Problems are reported
 * as `field: message` lines for the caller to prefix with the file path.
 */
import { type Campus, CampusSchema } from '../schemas/campus';
import { slugId } from '../schemas/common';
import { formatIssues } from '../schemas/friendly-errors';

interface Known {
	readonly sourceIds: ReadonlySet<string>;
	readonly presetIds: readonly string[];
}

/** Every `sources` list in a parsed campus, with the path an editor would look for. */
function sourceRefs(c: Campus): { path: string; ids: readonly string[] }[] {
	const refs: { path: string; ids: readonly string[] }[] = [];
	c.accelerators.forEach((a, i) => {
		if (a.count) refs.push({ path: `accelerators[${i}].count.sources`, ids: a.count.sources });
		if (a.sources) refs.push({ path: `accelerators[${i}].sources`, ids: a.sources });
	});
	for (const key of ['plannedMw', 'currentMw', 'gridMw', 'onSiteMw'] as const) {
		const f = c.power[key];
		if (f) refs.push({ path: `power.${key}.sources`, ids: f.sources });
	}
	refs.push({ path: 'cooling.sources', ids: c.cooling.sources });
	for (const [key, d] of Object.entries(c.dates)) if (d) refs.push({ path: `dates.${key}.sources`, ids: d.sources });
	return refs;
}

/** Parses one campus file's data and checks its references; returns the campus or the problems. */
export function checkCampus(id: string, data: unknown, known: Known): { campus?: Campus; problems: string[] } {
	const problems: string[] = [];
	if (!slugId.safeParse(id).success)
		problems.push('(file name): use lower-case letters, digits and hyphens only; the file name is the campus id');
	const parsed = CampusSchema.safeParse(data);
	if (!parsed.success) return { problems: [...problems, ...formatIssues(parsed.error.issues)] };
	const campus: Campus = { ...parsed.data, id };
	for (const ref of sourceRefs(campus)) {
		ref.ids.forEach((s, j) => {
			if (!known.sourceIds.has(s))
				problems.push(`${ref.path}[${j}]: unknown source id "${s}"; add content/sources/${s}.yaml or fix the id`);
		});
	}
	campus.accelerators.forEach((a, i) => {
		for (const key of ['preset', 'closestPreset'] as const) {
			const p = a[key];
			if (p !== undefined && !known.presetIds.includes(p))
				problems.push(
					`accelerators[${i}].${key}: unknown accelerator preset "${p}"; expected one of ${known.presetIds.join(', ')} (for a system without a preset, use closestPreset or leave it out)`,
				);
		}
	});
	return problems.length > 0 ? { problems } : { campus, problems };
}
