/**
 * The systems collection (content/systems/): the real files load, cover the contract's ids and the
 * old preset ids, cite sources that exist, and reproduce published system power; broken copies
 * fail with messages that name the file and the field.
 */

import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

import type { RawFile } from '../../src/data/build-registry';
import { findSystem, loadSystems, presetFigure, presetFromSystem, rackPowerCheck, SYSTEM_CSV_COLUMNS, systemCsvRows, systemsCsv, systemValues } from '../../src/data/systems';
import { SourceSchema } from '../../src/schemas/source';
import { SYSTEM_VALUE_FIELD_NAMES, type System } from '../../src/schemas/system';
import { edit, readDir } from './fixtures';

const sourceFiles = readDir('sources');
const sourceIds = new Set(sourceFiles.map((f) => f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '')));
const systemFiles = readDir('systems');
const systems = loadSystems(systemFiles, sourceIds);
const byId = (id: string): System => {
	const s = findSystem(systems, id);
	if (!s) throw new Error(`no system ${id}`);
	return s;
};
const load = (files: RawFile[]) => () => loadSystems(files, sourceIds);

describe('loadSystems on the real content', () => {
	it('loads every file in content/systems/ without problems', () => {
		expect(systems).toHaveLength(systemFiles.length);
	});

	it('has every preset id the calculator contract requires', () => {
		// calculator-contract.md, "Common rules": preset ids include at least these.
		const required = ['a100', 'h100-sxm', 'h200', 'b200', 'b300', 'gb200', 'gb300', 'mi300x', 'mi325x', 'mi355x', 'tpu-v5p', 'tpu-v6e', 'tpu-v7', 'trainium2'];
		expect(required.filter((id) => !systems.some((s) => s.id === id))).toEqual([]);
	});

	it('labels Trainium3 and Vera Rubin by status', () => {
		expect(byId('trainium3').status.state).toMatch(/^(shipping|announced)$/);
		expect(byId('vera-rubin-nvl72').status.state).toBe('announced');
	});

	it('keeps every old preset id working as a system id or an alias', () => {
		// The preset ids shipped before presets became systems (content/presets/accelerators.yaml, 2026-11-27).
		const shipped = ['h100-sxm', 'h200', 'b200', 'gb200', 'mi300x', 'tpu-v4'];
		expect(shipped.filter((id) => findSystem(systems, id) === undefined)).toEqual([]);
	});

	it('cites only sources that exist and that pass the source schema', () => {
		const cited = new Set(systems.flatMap((s) => [...s.status.sources, ...systemValues(s).flatMap(([, v]) => v.sources)]));
		expect([...cited].filter((id) => !sourceIds.has(id))).toEqual([]);
		const bad = sourceFiles.filter((f) => cited.has(f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '')) && !SourceSchema.safeParse(parseYaml(f.text)).success);
		expect(bad.map((f) => f.path)).toEqual([]);
	});

	it('does not store the TPU v4 measured chip maximum as a board power', () => {
		// The old preset used 192 W, Google's measured maximum chip power (cloud.google.com/tpu/docs/v4).
		expect(byId('tpu-v4').boardPowerW.value).not.toBe(192);
	});

	it('sizes B200 memory against the usable 180 GB and names the physical 192 GB in the note', () => {
		// NVIDIA DGX B200 user guide: 8 GPUs provide 1,440 GB of GPU memory in total.
		const memory = byId('b200').memoryGb;
		expect(memory.value).toBe(1440 / 8);
		expect(memory.note).toMatch(/192 GB/);
	});
});

/**
 * Published system power against accelsPerSystem × boardPowerW × serverOverhead from the data. The
 * published figures are written here with their citations, not read from the data under test.
 * Tolerance: 3% outside the published range, what rounding the ratio to two decimals and the
 * vendors' "about" allow; a planner would accept it for sizing power.
 */
describe('published system and rack power', () => {
	const TOLERANCE = 0.03;
	const cases = [
		// NVIDIA DGX H100 user guide: "System power usage ~10.2 kW max".
		{ id: 'h100-sxm', lowKw: 10.2, highKw: 10.2, cite: 'NVIDIA DGX H100 User Guide, Introduction' },
		// NVIDIA DGX B200 user guide, Power Specifications: 14.3 kW max.
		{ id: 'b200', lowKw: 14.3, highKw: 14.3, cite: 'NVIDIA DGX B200 User Guide, Power Specifications' },
		// TechRadar (GTC 2024, after ServeTheHome): the DGX GB200 NVL72 rack consumes 120 kW; analysts up to about 132 kW.
		{ id: 'gb200', lowKw: 120, highKw: 132, cite: 'TechRadar 2024; SemiAnalysis' },
		// Introl: about 120 kW; Supermicro (via ServerSimply): 132-140 kW typical per GB300 NVL72 rack.
		{ id: 'gb300', lowKw: 120, highKw: 140, cite: 'Introl; Supermicro via ServerSimply' },
	];

	it.each(cases)('$id reproduces $lowKw-$highKw kW ($cite)', ({ id, lowKw, highKw }) => {
		const s = byId(id);
		const [boardW, overhead] = [s.boardPowerW.value, s.serverOverhead.value];
		expect(boardW).not.toBeNull();
		expect(overhead).not.toBeNull();
		const systemKw = (s.accelsPerSystem * boardW! * overhead!) / 1000;
		expect(systemKw).toBeGreaterThanOrEqual(lowKw * (1 - TOLERANCE));
		expect(systemKw).toBeLessThanOrEqual(highKw * (1 + TOLERANCE));
	});

	it('agrees with the rack figure the data states for the NVL72 racks', () => {
		for (const id of ['gb200', 'gb300']) {
			const check = rackPowerCheck(byId(id));
			expect(check, id).toBeDefined();
			expect(Math.abs(check!.relativeGap), id).toBeLessThan(TOLERANCE);
		}
	});
});

/**
 * rackKw against accelsPerRack × boardPowerW × serverOverhead: a warning, not a failure, when
 * published figures disagree by more than 10%; a failure only past 50%, which means a unit slip
 * (W for kW, per system for per rack).
 */
describe('rack power consistency', () => {
	const checks = systems.map(rackPowerCheck).filter((c) => c !== undefined);

	it('checks at least the systems whose four figures are all published', () => {
		expect(checks.length).toBeGreaterThanOrEqual(4);
	});

	it('warns past 10% and fails past 50%', () => {
		const warn = checks.filter((c) => Math.abs(c.relativeGap) > 0.1);
		for (const c of warn) console.warn(`${c.systemId}: rackKw ${c.statedKw} kW vs ${c.impliedKw.toFixed(1)} kW implied (${(c.relativeGap * 100).toFixed(0)}%)`);
		expect(checks.filter((c) => Math.abs(c.relativeGap) > 0.5).map((c) => c.systemId)).toEqual([]);
	});
});

describe('editor mistakes in a system file', () => {
	const H100 = 'content/systems/h100-sxm.yaml';
	const broken = (from: string | RegExp, to: string) => load(edit(systemFiles, H100, from, to));

	it('reports a missing field', () => {
		expect(broken(/\nboardPowerW:\n(?: {2}.*\n)+/, '\n')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Systems have 1 problem(s):
			  - content/systems/h100-sxm.yaml: boardPowerW: is required]
		`);
	});

	it('reports a confidence that is not one of the tags', () => {
		expect(broken('bf16DenseTflops: { value: 989.4, sources: [glennklockwood-h100], confidence: verified-secondary }', 'bf16DenseTflops: { value: 989.4, sources: [glennklockwood-h100], confidence: verified }')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Systems have 1 problem(s):
			  - content/systems/h100-sxm.yaml: bf16DenseTflops.confidence: confidence must be one of verified-primary, verified-secondary, unverified, illustrative (a derived value takes the confidence of its weakest input; say in note how it was derived)]
		`);
	});

	it('reports an unknown source id', () => {
		expect(broken('sources: [glennklockwood-h100], confidence: verified-secondary }\nfp8', 'sources: [glenklockwood-h100], confidence: verified-secondary }\nfp8')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Systems have 1 problem(s):
			  - content/systems/h100-sxm.yaml: bf16DenseTflops.sources[0]: unknown source id "glenklockwood-h100"; add content/sources/glenklockwood-h100.yaml or fix the id]
		`);
	});

	it('reports a verified value without a source', () => {
		expect(broken('bf16DenseTflops: { value: 989.4, sources: [glennklockwood-h100], confidence: verified-secondary }', 'bf16DenseTflops: { value: 989.4, confidence: verified-secondary }')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Systems have 1 problem(s):
			  - content/systems/h100-sxm.yaml: bf16DenseTflops.sources: a verified-secondary value needs at least one source id; if no source confirms it, set confidence: unverified and say why in note]
		`);
	});

	it('reports "derived", which systems replace with the weakest input\'s confidence', () => {
		expect(broken(/serverOverhead:\n {2}value: 1.82\n {2}sources: \[(.*)\]\n {2}confidence: verified-secondary/, 'serverOverhead:\n  value: 1.82\n  sources: [nvidia-dgx-h100-user-guide]\n  confidence: derived')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Systems have 1 problem(s):
			  - content/systems/h100-sxm.yaml: serverOverhead.confidence: confidence must be one of verified-primary, verified-secondary, unverified, illustrative (a derived value takes the confidence of its weakest input; say in note how it was derived)]
		`);
	});

	it('reports a value left empty but not marked unverified', () => {
		expect(broken('memoryGb: { value: 80, sources: [nvidia-h100-product-page], confidence: verified-secondary }', 'memoryGb: { value: null, sources: [nvidia-h100-product-page], confidence: verified-secondary }')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Systems have 1 problem(s):
			  - content/systems/h100-sxm.yaml: memoryGb.confidence: a value left empty (value: null) must be confidence: unverified, with a note saying what is not published]
		`);
	});

	it('reports a board power entered in kilowatts', () => {
		expect(broken(/boardPowerW:\n {2}value: 700/, 'boardPowerW:\n  value: 0.7')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Systems have 1 problem(s):
			  - content/systems/h100-sxm.yaml: boardPowerW.value: value must be a number of W between 50 and 3000 (per accelerator, in watts, not kW or per system)]
		`);
	});

	it('reports an alias that another system already uses as its id', () => {
		expect(broken('formFactor: dgx-8\n', 'formFactor: dgx-8\naliases: [h200]\n')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Systems have 1 problem(s):
			  - content/systems/h100-sxm.yaml: aliases[0]: "h200" is already the id of content/systems/h200.yaml; ids and aliases must be unique across systems]
		`);
	});

	it('reports a form factor outside the list', () => {
		expect(broken('formFactor: dgx-8', 'formFactor: dgx')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Systems have 1 problem(s):
			  - content/systems/h100-sxm.yaml: formFactor: formFactor must be one of hgx-8, dgx-8, nvl72, ubb-8, tpu-pod, trn-ultraserver]
		`);
	});
});

describe(systemCsvRows, () => {
	const fixture = (text: string) => loadSystems([{ path: 'content/systems/test-gpu.yaml', text }], new Set(['vendor-sheet']));
	const minimal = `
name: Test GPU
vendor: Test
formFactor: hgx-8
accelsPerSystem: 8
status: { state: announced, since: 2026-06-01, precision: month, sources: [vendor-sheet], confidence: verified-primary }
boardPowerW: { value: 1000, sources: [vendor-sheet], confidence: verified-primary }
serverOverhead: { value: 1.5, sources: [vendor-sheet], confidence: verified-primary }
networkShare: { value: 0.1, confidence: illustrative, note: An example share for the test. }
rackKw: { value: 48, sources: [vendor-sheet], confidence: verified-primary }
accelsPerRack: { value: 32, sources: [vendor-sheet], confidence: verified-primary }
liquidFraction: { value: 0, sources: [vendor-sheet], confidence: verified-primary }
bf16DenseTflops: { value: 2000, sources: [vendor-sheet], confidence: verified-primary }
memoryGb: { value: null, confidence: unverified, note: Not published by the test vendor. }
memoryBandwidthTbS: { value: 8, sources: [vendor-sheet], confidence: verified-primary }
`;

	it('writes one row per value the system fills in, plus its status', () => {
		const rows = systemCsvRows(fixture(minimal));
		expect(rows.map((r) => r.field)).toEqual(['status', ...SYSTEM_VALUE_FIELD_NAMES.filter((f) => !['fp8DenseTflops', 'fp4DenseTflops', 'capexUsdPerAccel'].includes(f))]);
		expect(rows.find((r) => r.field === 'rackKw')).toEqual({ system: 'test-gpu', field: 'rackKw', value: '48', unit: 'kW', confidence: 'verified-primary', sources: 'vendor-sheet' });
	});

	it('leaves the value cell empty for a figure that is not published', () => {
		expect(systemCsvRows(fixture(minimal)).find((r) => r.field === 'memoryGb')).toMatchObject({ value: '', confidence: 'unverified', sources: '' });
	});

	it('writes a header, then one line per row with sources separated by spaces', () => {
		const csv = systemsCsv(fixture(minimal));
		const [header, status] = csv.split('\r\n');
		expect(header).toBe(SYSTEM_CSV_COLUMNS.join(','));
		expect(status).toBe('test-gpu,status,announced since 2026-06-01,month,verified-primary,vendor-sheet');
		const twoSources = fixture(minimal.replace('boardPowerW: { value: 1000, sources: [vendor-sheet]', 'boardPowerW: { value: 1000, sources: [vendor-sheet, vendor-sheet]'));
		expect(systemsCsv(twoSources)).toContain('test-gpu,boardPowerW,1000,W,verified-primary,vendor-sheet vendor-sheet\r\n');
	});

	it('keeps the rack check quiet when a figure is missing', () => {
		const [s] = fixture(minimal.replace('rackKw: { value: 48, sources: [vendor-sheet], confidence: verified-primary }', 'rackKw: { value: null, confidence: unverified, note: Not published by the test vendor. }'));
		expect(rackPowerCheck(s!)).toBeUndefined();
	});
});

describe(presetFigure, () => {
	const acc = (id: string) => presetFromSystem(byId(id));
	it('names the figure a getter reads', () => {
		expect(presetFigure((a) => a.boardPowerW, acc('b200'))).toBe('boardPowerW');
		expect(presetFigure((a) => a.serverOverhead, acc('b200'))).toBe('serverOverhead');
	});
	it('names the figure that gave the value when a getter falls back', () => {
		const fp8OrBf16 = (a: ReturnType<typeof acc>) => a.fp8DenseTflops ?? a.bf16DenseTflops;
		expect(presetFigure(fp8OrBf16, acc('b200'))).toBe('fp8DenseTflops');
		const { fp8DenseTflops: _dropped, ...noFp8 } = acc('b200');
		expect(presetFigure(fp8OrBf16, noFp8)).toBe('bf16DenseTflops');
	});
	it('gives nothing when the getter gives nothing or reads no figure', () => {
		expect(presetFigure(() => undefined, acc('b200'))).toBeUndefined();
		expect(presetFigure(() => 3, acc('b200'))).toBeUndefined();
		expect(presetFigure((a) => a.name.length, acc('b200'))).toBeUndefined();
	});
});
