/**
 * The systems collection (content/systems/<id>.yaml): validation, cross-references and a CSV view.
 * Pure: callers pass the files and the known source ids, so the same code runs at build time and in tests.
 */
import { parse as parseYaml } from 'yaml';

import type { RawFile } from './build-registry';
import { csvNumber, toCsv } from '../format/csv';
import { slugId } from '../schemas/common';
import type { Accelerator } from '../schemas/preset';
import { ContentError, formatIssues } from '../schemas/friendly-errors';
import {
	SYSTEM_VALUE_FIELD_NAMES,
	SYSTEM_VALUE_FIELDS,
	type SourcedValue,
	type System,
	SystemSchema,
	type SystemValueField,
} from '../schemas/system';

const idFromPath = (path: string) => path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

const unknownSource = (id: string) => `unknown source id "${id}"; add content/sources/${id}.yaml or fix the id`;

/**
 * Validates every system file and its references. Returns the systems sorted by id, or throws one
 * {@link ContentError} listing every problem as `<file>: <field>: <message>`.
 */
export function loadSystems(files: readonly RawFile[], sourceIds: ReadonlySet<string>): System[] {
	const problems: string[] = [];
	const report = (path: string, lines: readonly string[]) => problems.push(...lines.map((l) => `${path}: ${l}`));
	const systems: Array<{ system: System; path: string }> = [];

	for (const file of files) {
		const id = idFromPath(file.path);
		if (!slugId.safeParse(id).success)
			report(file.path, [
				'(file name): use lower-case letters, digits and hyphens only; the file name is the system id',
			]);
		let data: unknown;
		try {
			data = parseYaml(file.text);
		} catch (error) {
			report(file.path, [
				`(file): not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
			]);
			continue;
		}
		const parsed = SystemSchema.safeParse(data);
		if (!parsed.success) {
			report(file.path, formatIssues(parsed.error.issues));
			continue;
		}
		const system: System = { ...parsed.data, id };
		for (const field of SYSTEM_VALUE_FIELD_NAMES) {
			system[field]?.sources.forEach((s, j) => {
				if (!sourceIds.has(s)) report(file.path, [`${field}.sources[${j}]: ${unknownSource(s)}`]);
			});
		}
		system.status.sources.forEach((s, j) => {
			if (!sourceIds.has(s)) report(file.path, [`status.sources[${j}]: ${unknownSource(s)}`]);
		});
		systems.push({ system, path: file.path });
	}

	/** Ids come from file names, so they are unique; an alias must not repeat an id or another alias. */
	const owners = new Map(systems.map(({ system, path }) => [system.id, `the id of ${path}`]));
	for (const { system, path } of systems) {
		system.aliases.forEach((alias, i) => {
			const owner = owners.get(alias);
			if (owner !== undefined)
				report(path, [`aliases[${i}]: "${alias}" is already ${owner}; ids and aliases must be unique across systems`]);
			else owners.set(alias, `an alias in ${path}`);
		});
	}

	if (problems.length > 0)
		throw new ContentError(
			`Systems have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
		);
	return systems.map(({ system }) => system).sort((a, b) => a.id.localeCompare(b.id));
}

const CONFIDENCE_ORDER = ['verified-primary', 'verified-secondary', 'derived', 'unverified', 'illustrative'] as const;

/** A system as the calculators read it: plain numbers, absent where not published. */
export function presetFromSystem(system: System): Accelerator {
	const values: Partial<Record<SystemValueField, number>> = {};
	const sources = new Set<string>();
	for (const [field, entry] of systemValues(system)) {
		if (entry.value !== null) values[field] = entry.value;
		for (const s of entry.sources) sources.add(s);
	}
	const headline = [system.boardPowerW, system.bf16DenseTflops].map((e) => e.confidence);
	const confidence = headline.reduce((a, b) => (CONFIDENCE_ORDER.indexOf(b) > CONFIDENCE_ORDER.indexOf(a) ? b : a));
	return {
		...values,
		id: system.id,
		name: system.name,
		vendor: system.vendor,
		aliases: system.aliases,
		status: system.status.state,
		sources: [...sources],
		confidence,
		note: system.note,
	};
}

/**
 * Which of a system's figures a calculator's preset getter reads (`(a) => a.boardPowerW` reads
 * `boardPowerW`; `(a) => a.fp8DenseTflops ?? a.bf16DenseTflops` reads whichever gave the value),
 * so that a field a preset sets is credited to that figure's own sources. Undefined when the
 * getter gives nothing or reads no figure.
 */
export function presetFigure(
	get: (a: Accelerator) => number | undefined,
	acc: Accelerator,
): SystemValueField | undefined {
	const read: string[] = [];
	const spy = new Proxy(acc, {
		get(target, key, receiver) {
			if (typeof key === 'string') read.push(key);
			return Reflect.get(target, key, receiver) as unknown;
		},
	});
	const value = get(spy);
	if (value === undefined) return undefined;
	const hit = read.findLast((k) => (acc as Record<string, unknown>)[k] === value);
	return (SYSTEM_VALUE_FIELD_NAMES as readonly string[]).includes(hit ?? '') ? (hit as SystemValueField) : undefined;
}

/** Finds a system by id or by one of its aliases (an old preset id). */
export function findSystem(systems: readonly System[], idOrAlias: string): System | undefined {
	return systems.find((s) => s.id === idOrAlias) ?? systems.find((s) => s.aliases.includes(idOrAlias));
}

/** The value fields a system fills in, in page order, with their entries. */
export function systemValues(system: System): Array<[SystemValueField, SourcedValue]> {
	return SYSTEM_VALUE_FIELD_NAMES.flatMap((field) => {
		const entry = system[field];
		return entry ? [[field, entry] as [SystemValueField, SourcedValue]] : [];
	});
}

export interface RackPowerCheck {
	readonly systemId: string;
	/** accelsPerRack × boardPowerW × serverOverhead ÷ 1000. */
	readonly impliedKw: number;
	/** The rackKw the file states. */
	readonly statedKw: number;
	/** (stated − implied) ÷ implied. */
	readonly relativeGap: number;
}

/**
 * Compares a system's stated rack power with the one its per-accelerator figures imply. Returns
 * undefined when any of the four values is not published.
 */
export function rackPowerCheck(system: System): RackPowerCheck | undefined {
	const [perRack, boardW, overhead, rackKw] = [
		system.accelsPerRack.value,
		system.boardPowerW.value,
		system.serverOverhead.value,
		system.rackKw.value,
	];
	if (perRack === null || boardW === null || overhead === null || rackKw === null) return undefined;
	const impliedKw = (perRack * boardW * overhead) / 1000;
	return { systemId: system.id, impliedKw, statedKw: rackKw, relativeGap: (rackKw - impliedKw) / impliedKw };
}

/** Columns of the systems CSV, in order. */
export const SYSTEM_CSV_COLUMNS = ['system', 'field', 'value', 'unit', 'confidence', 'sources'] as const;
export type SystemCsvRow = Readonly<Record<(typeof SYSTEM_CSV_COLUMNS)[number], string>>;

/**
 * One row per system × value (status included): system id, field, value (empty when not
 * published), unit, confidence and the source ids separated by spaces.
 */
export function systemCsvRows(systems: readonly System[]): SystemCsvRow[] {
	return systems.flatMap((s) => [
		{
			system: s.id,
			field: 'status',
			value: `${s.status.state} since ${s.status.since}`,
			unit: s.status.precision,
			confidence: s.status.confidence,
			sources: s.status.sources.join(' '),
		},
		...systemValues(s).map(([field, entry]) => ({
			system: s.id,
			field,
			value: entry.value === null ? '' : csvNumber(entry.value),
			unit: SYSTEM_VALUE_FIELDS[field].unit,
			confidence: entry.confidence,
			sources: entry.sources.join(' '),
		})),
	]);
}

/** The rows of {@link systemCsvRows} as CSV text with a header line (src/lib/csv.ts: RFC 4180, formula-safe). */
export function systemsCsv(systems: readonly System[]): string {
	return toCsv(SYSTEM_CSV_COLUMNS, systemCsvRows(systems));
}
