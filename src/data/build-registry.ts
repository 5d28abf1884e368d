import { parse as parseYaml } from 'yaml';

import { CALCULATORS, isCalculatorId } from '../registry/calculators';
import type { Assumption } from '../schemas/assumption';
import { parseFieldText } from '../engine';
import type { Accelerator } from '../schemas/preset';
import type { System } from '../schemas/system';
import { loadSystems, presetFromSystem } from './systems';
import type { CalculatorId } from '../registry/calculators';
import type { Campus } from '../schemas/campus';
import { AssumptionSchema } from '../schemas/assumption';
import { slugId } from '../schemas/common';
import { ContentError, formatIssues } from '../schemas/friendly-errors';
import { ScenarioSchema } from '../schemas/scenario';
import { type Source, SourceSchema } from '../schemas/source';
import { checkCampus } from './campuses';

/** A file as read from disk: path relative to the project root, and its text. */
export interface RawFile {
	readonly path: string;
	readonly text: string;
}

export interface NamedScenario {
	readonly id: string;
	readonly title: string;
	readonly calculator: CalculatorId;
	/** Inputs as URL text, ready for the engine's readScenario. */
	readonly params: Readonly<Record<string, string>>;
	readonly note: string;
}

export interface Registry {
	readonly sources: ReadonlyMap<string, Source>;
	readonly assumptions: ReadonlyMap<string, Assumption>;
	readonly accelerators: readonly Accelerator[];
	/** The systems with every figure's provenance (the systems page, the CSV). */
	readonly systems: readonly System[];
	readonly scenarios: ReadonlyMap<string, NamedScenario>;
	/** Frontier AI campuses (content/campuses/), in file-name order. */
	readonly campuses: ReadonlyMap<string, Campus>;
}

const idFromPath = (path: string) => path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/**
 * Validates every data file an editor writes (sources, assumptions, presets, scenarios) and the
 * references between them. Throws one ContentError listing every problem as `file: field: message`.
 */
export function buildRegistry(files: {
	sources: RawFile[];
	assumptions: RawFile[];
	/** content/systems/<id>.yaml: the accelerator presets. */
	systems: RawFile[];
	scenarios: RawFile[];
	campuses?: RawFile[];
}): Registry {
	const problems: string[] = [];
	const report = (path: string, lines: string[]) => problems.push(...lines.map((l) => `${path}: ${l}`));

	const readYaml = (file: RawFile): unknown => {
		try {
			return parseYaml(file.text);
		} catch (error) {
			report(file.path, [
				`(file): not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
			]);
			return undefined;
		}
	};

	const sources = new Map<string, Source>();
	for (const file of files.sources) {
		const id = idFromPath(file.path);
		if (!slugId.safeParse(id).success)
			report(file.path, [
				'(file name): use lower-case letters, digits and hyphens only; the file name is the source id',
			]);
		const data = readYaml(file);
		if (data === undefined) continue;
		const parsed = SourceSchema.safeParse(data);
		if (parsed.success) sources.set(id, { ...parsed.data, id });
		else report(file.path, formatIssues(parsed.error.issues));
	}
	// A former id stays an anchor on /sources/: it must not be a live id or claimed by two records.
	const formerOwner = new Map<string, string>();
	for (const [id, s] of sources) {
		const path = files.sources.find((f) => idFromPath(f.path) === id)?.path ?? `content/sources/${id}.yaml`;
		s.formerIds?.forEach((old, j) => {
			if (sources.has(old))
				report(path, [
					`formerIds[${j}]: "${old}" is still a source file; delete content/sources/${old}.yaml once its citations point here`,
				]);
			else if (formerOwner.has(old))
				report(path, [`formerIds[${j}]: "${old}" is already a former id of ${formerOwner.get(old)}`]);
			else formerOwner.set(old, id);
		});
	}

	const assumptions = new Map<string, Assumption>();
	/** Ids of records that exist but failed validation: reported once, not again as "missing". */
	const invalidIds = new Set<string>();
	for (const file of files.assumptions) {
		const data = readYaml(file);
		if (data === undefined) continue;
		if (!Array.isArray(data)) {
			report(file.path, ['(file): an assumptions file is a YAML list of records']);
			continue;
		}
		data.forEach((record: unknown, i) => {
			const parsed = AssumptionSchema.safeParse(record);
			if (!parsed.success) {
				report(
					file.path,
					formatIssues(parsed.error.issues).map((line) => `[${i}].${line}`),
				);
				const id = (record as { id?: unknown } | null)?.id;
				if (typeof id === 'string') invalidIds.add(id);
				return;
			}
			const a = parsed.data;
			if (assumptions.has(a.id)) report(file.path, [`[${i}].id: duplicate assumption id "${a.id}"`]);
			if (a.source !== undefined && !sources.has(a.source))
				report(file.path, [
					`[${i}].source: unknown source id "${a.source}"; add content/sources/${a.source}.yaml or fix the id`,
				]);
			assumptions.set(a.id, {
				...a,
				source: a.source ?? '',
				locator: a.locator,
				low: a.low,
				high: a.high,
			} as Assumption);
		});
	}

	// Presets are the systems (content/systems/<id>.yaml): every figure sourced, absent where unpublished.
	let systems: System[] = [];
	try {
		systems = loadSystems(files.systems, new Set(sources.keys()));
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		problems.push(
			...error.message
				.split('\n')
				.slice(1)
				.map((line) => line.replace(/^\s*- /, '')),
		);
	}
	const accelerators: Accelerator[] = systems.map(presetFromSystem);
	const isPreset = (id: string) => accelerators.some((a) => a.id === id || a.aliases.includes(id));

	// A record may serve several calculators (the MFU page's MTBF is the reliability page's): each
	// problem is reported once, in the file the record's id names.
	const once = (line: string) => {
		if (!problems.includes(line)) problems.push(line);
	};
	for (const calc of Object.values(CALCULATORS)) {
		for (const field of calc.fields) {
			const a = assumptions.get(field.assumption);
			if (invalidIds.has(field.assumption)) continue;
			// A derived field has no default; a record, if an editor adds one, gives its plausible range.
			if (!a && field.derived) continue;
			const file = `content/assumptions/${field.assumption.split('.')[0]}.yaml`;
			if (!a)
				once(
					`${file}: missing assumption "${field.assumption}" (the default of ${calc.id} input ${field.param}); every default needs a sourced record`,
				);
			else if (typeof a.value !== 'number') once(`${file}: ${field.assumption}.value must be a number`);
			else {
				const check = parseFieldText(field, String(a.value));
				if (!check.ok) once(`${file}: ${field.assumption}.value: ${check.error}`);
			}
		}
		if (calc.preset) {
			const p = assumptions.get(calc.preset.assumption);
			if (invalidIds.has(calc.preset.assumption)) continue;
			if (!p || typeof p.value !== 'string' || !isPreset(p.value))
				problems.push(
					`content/assumptions/${calc.id}.yaml: ${calc.preset.assumption} must name an accelerator preset (${accelerators.map((a) => a.id).join(', ')})`,
				);
		}
	}

	const scenarios = new Map<string, NamedScenario>();
	for (const file of files.scenarios) {
		const id = idFromPath(file.path);
		const data = readYaml(file);
		if (data === undefined) continue;
		const parsed = ScenarioSchema.safeParse(data);
		if (!parsed.success) {
			report(file.path, formatIssues(parsed.error.issues));
			continue;
		}
		const calcId = parsed.data.calculator;
		if (!isCalculatorId(calcId)) {
			report(file.path, [`calculator: calculator must be one of ${Object.keys(CALCULATORS).join(', ')}`]);
			continue;
		}
		const calc = CALCULATORS[calcId];
		const params: Record<string, string> = {};
		for (const [param, value] of Object.entries(parsed.data.inputs)) {
			const text = String(value);
			if (calc.preset && param === calc.preset.param) {
				if (!isPreset(text))
					report(file.path, [
						`inputs.${param}: unknown calculator preset "${text}"; expected one of ${accelerators.map((a) => a.id).join(', ')}`,
					]);
			} else {
				const field = calc.fields.find((f) => f.param === param);
				if (!field) {
					report(file.path, [
						`inputs.${param}: the ${calc.id} calculator has no input "${param}"; expected one of ${calc.fields.map((f) => f.param).join(', ')}`,
					]);
					continue;
				}
				const check = parseFieldText(field, text);
				if (!check.ok) report(file.path, [`inputs.${param}: ${check.error}`]);
			}
			params[param] = text;
		}
		scenarios.set(id, { id, title: parsed.data.title, calculator: calcId, params, note: parsed.data.note });
	}

	const campuses = new Map<string, Campus>();
	const known = { sourceIds: new Set(sources.keys()), presetIds: accelerators.map((a) => a.id) };
	for (const file of files.campuses ?? []) {
		const data = readYaml(file);
		if (data === undefined) continue;
		const { campus, problems: lines } = checkCampus(idFromPath(file.path), data, known);
		report(file.path, lines);
		if (campus) campuses.set(campus.id, campus);
	}

	if (problems.length > 0)
		throw new ContentError(`Content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	return { sources, assumptions, accelerators, systems, scenarios, campuses };
}
