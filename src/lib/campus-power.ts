/**
 * "What the engine says" for a campus: the power calculator run at build time on each reported
 * accelerator count, with the calculator's defaults for everything else, set beside the campus's
 * reported power. The only place campuses call the engine, through its public entry.
 */
import { registry, lookupAssumption } from '../data/registry';
import { defaultsFor, evaluate, readScenario } from '../engine';
import { CALCULATORS } from '../registry/calculators';
import type { Campus, Figure, PowerBasis, PowerFigure } from '../schemas/campus';

/** A low–high pair; low === high for a single value. */
export interface Span {
	readonly low: number;
	readonly high: number;
}

export const spanOf = (f: Figure | PowerFigure): Span =>
	f.value !== undefined ? { low: f.value, high: f.value } : { low: f.low!, high: f.high! };

interface EngineGroup {
	readonly system: string;
	/** Preset the engine ran with. */
	readonly presetId: string;
	readonly presetName: string;
	/** false when the campus's system has no preset and the closest one stands in. */
	readonly exact: boolean;
	readonly count: Span;
	readonly itMw: Span;
	readonly facilityMw: Span;
	/** The power calculator pre-filled with this preset and count (a range when reports conflict). */
	readonly href: string;
}

type Verdict = 'overlaps' | 'engine-higher' | 'engine-lower';

interface EngineComparison {
	/** Which reported figure the engine is set against. */
	readonly against: 'plannedMw' | 'currentMw';
	readonly basis: PowerBasis;
	readonly reported: Span;
	/** Engine IT power when the reported figure is IT power, facility power otherwise. */
	readonly engine: Span;
	readonly verdict: Verdict;
	/** How far apart the nearest ends are, as a fraction of the reported end (0.31 = 31%); 0 when they overlap. */
	readonly gap: number;
}

export interface CampusEngine {
	readonly groups: readonly EngineGroup[];
	/** Accelerator systems the engine cannot run (no preset, exact or closest). */
	readonly skipped: readonly string[];
	readonly itMw?: Span;
	readonly facilityMw?: Span;
	readonly comparison?: EngineComparison;
}

const power = CALCULATORS.power;
const { defaults, defaultPreset } = defaultsFor(power, lookupAssumption);
const ctx = { defaults, defaultPreset, accelerators: registry.accelerators };

/** The power calculator's IT and facility power, in MW, for `count` accelerators of one preset. */
export function enginePowerMw(presetId: string, count: number): { itMw: number; facilityMw: number } {
	const { scenario, ignored } = readScenario(power, { accelerator: presetId, count: String(Math.round(count)) }, ctx);
	if (ignored.length > 0) throw new Error(`campus power: ${ignored.map((p) => `${p.param}: ${p.message}`).join('; ')}`);
	const result = evaluate(power, scenario.values);
	if (!result.ok)
		throw new Error(`campus power: the engine could not evaluate ${presetId} × ${count} (${result.reason})`);
	return { itMw: Number(result.outputs.it_mw), facilityMw: Number(result.outputs.facility_mw) };
}

/** A span as a URL parameter writes it: `1200`, or `150~300` for a range. */
const spanParam = (s: Span) => (s.low === s.high ? String(s.low) : `${s.low}~${s.high}`);
/** A query string with its ranges' `~` left readable. */
const queryOf = (params: Record<string, string>) => new URLSearchParams(params).toString().replaceAll('%7E', '~');

/** `/calculators/power/?accelerator=gb200&count=400000` (or `count=400000~450000` for a range). */
export function powerCalculatorHref(presetId: string, count: Span): string {
	const whole = { low: Math.round(count.low), high: Math.round(count.high) };
	return `/calculators/power/?${queryOf({ accelerator: presetId, count: spanParam(whole) })}`;
}

const ttp = CALCULATORS['time-to-power'];
const ttpCtx = { ...defaultsFor(ttp, lookupAssumption), accelerators: registry.accelerators };

/** The time-to-power calculator pre-filled with a campus's planned power, and what it set. */
export interface TimeToPowerLink {
	readonly href: string;
	/** Facility load, MW: the planned figure, or its IT load × the power calculator's default PUE. */
	readonly loadMw: Span;
	/** The planned figure was IT load, scaled by this PUE. */
	readonly pue?: number;
	/** On-site power, MW, when the campus reports some. */
	readonly onsiteMw?: Span;
}

/**
 * `/calculators/time-to-power/?load_mw=1200&onsite_mw=350` for a campus with a planned power; its
 * other inputs keep the calculator's defaults. Undefined without a planned power. The link is read
 * back through the calculator's own parser, so a figure it would ignore fails the build.
 */
export function timeToPowerHref(campus: Campus): TimeToPowerLink | undefined {
	const planned = campus.power.plannedMw;
	if (!planned) return undefined;
	const pue = planned.basis === 'it' ? Number(lookupAssumption('power.pue')?.value) : undefined;
	const raw = spanOf(planned);
	const round = (v: number) => Number(v.toPrecision(4));
	const loadMw = pue ? { low: round(raw.low * pue), high: round(raw.high * pue) } : raw;
	const onsiteMw = campus.power.onSiteMw ? spanOf(campus.power.onSiteMw) : undefined;
	const params: Record<string, string> = { load_mw: spanParam(loadMw) };
	if (onsiteMw) params['onsite_mw'] = spanParam(onsiteMw);
	const { ignored } = readScenario(ttp, params, ttpCtx);
	if (ignored.length > 0)
		throw new Error(
			`campus ${campus.id}: time to power ignores ${ignored.map((p) => `${p.param} (${p.message})`).join('; ')}`,
		);
	return {
		href: `/calculators/time-to-power/?${queryOf(params)}`,
		loadMw,
		...(pue ? { pue } : {}),
		...(onsiteMw ? { onsiteMw } : {}),
	};
}

const add = (a: Span | undefined, b: Span): Span => (a ? { low: a.low + b.low, high: a.high + b.high } : b);

function compare(engine: Span, reported: Span): { verdict: Verdict; gap: number } {
	if (engine.low > reported.high) return { verdict: 'engine-higher', gap: engine.low / reported.high - 1 };
	if (engine.high < reported.low) return { verdict: 'engine-lower', gap: 1 - engine.high / reported.low };
	return { verdict: 'overlaps', gap: 0 };
}

/** Runs the engine on every accelerator group of a campus that has a count and a preset. */
export function campusEngine(campus: Campus): CampusEngine {
	const groups: EngineGroup[] = [];
	const skipped: string[] = [];
	let itMw: Span | undefined;
	let facilityMw: Span | undefined;
	for (const a of campus.accelerators) {
		const presetId = a.preset ?? a.closestPreset;
		if (!a.count) continue;
		if (!presetId) {
			skipped.push(a.system);
			continue;
		}
		const count = spanOf(a.count);
		const lo = enginePowerMw(presetId, count.low);
		const hi = count.high === count.low ? lo : enginePowerMw(presetId, count.high);
		const group: EngineGroup = {
			system: a.system,
			presetId,
			presetName: registry.accelerators.find((p) => p.id === presetId)?.name ?? presetId,
			exact: a.preset !== undefined,
			count,
			itMw: { low: lo.itMw, high: hi.itMw },
			facilityMw: { low: lo.facilityMw, high: hi.facilityMw },
			href: powerCalculatorHref(presetId, count),
		};
		groups.push(group);
		itMw = add(itMw, group.itMw);
		facilityMw = add(facilityMw, group.facilityMw);
	}
	const against = campus.power.comparesWith;
	const reportedFigure = campus.power[against];
	let comparison: EngineComparison | undefined;
	if (reportedFigure && itMw && facilityMw) {
		const reported = spanOf(reportedFigure);
		const engine = reportedFigure.basis === 'it' ? itMw : facilityMw;
		comparison = { against, basis: reportedFigure.basis, reported, engine, ...compare(engine, reported) };
	}
	return {
		groups,
		skipped,
		...(itMw && { itMw }),
		...(facilityMw && { facilityMw }),
		...(comparison && { comparison }),
	};
}
