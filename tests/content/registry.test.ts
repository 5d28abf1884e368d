/**
 * Editor mistakes in sources, assumptions, presets and named scenarios, fed to the real
 * buildRegistry as in-memory files: every message names the file and the field.
 */
import { describe, expect, it } from 'vitest';

import { buildRegistry } from '../../src/data/build-registry';
import { edit, realRegistryFiles } from './fixtures';

const real = realRegistryFiles();
const build = (patch: Partial<typeof real>) => () => buildRegistry({ ...real, ...patch });

describe('buildRegistry on the real content', () => {
	it('loads without problems, including the named scenarios', () => {
		const r = buildRegistry(real);
		expect(r.scenarios.get('newsletter-100k-h100')).toMatchObject({ calculator: 'power', params: { count: '100000', accelerator: 'h100-sxm' } });
		expect(r.scenarios.get('gb200-campus')).toMatchObject({ calculator: 'power', params: { accelerator: 'gb200', rack_kw: '130' } });
	});
});

describe('scenario mistakes', () => {
	const scenario = (text: string) => build({ scenarios: [...real.scenarios, { path: 'content/scenarios/my-campus.yaml', text }] });

	it('reports an unknown calculator preset', () => {
		expect(scenario('title: "A campus of H100s"\ncalculator: power\ninputs:\n  accelerator: h100\nnote: An example with a typo in the preset id.')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/scenarios/my-campus.yaml: inputs.accelerator: unknown calculator preset "h100"; expected one of a100, b200, b300, gb200, gb300, h100-sxm, h200, mi300x, mi325x, mi355x, tpu-v4, tpu-v5p, tpu-v6e, tpu-v7, trainium2, trainium3, vera-rubin-nvl72]
		`);
	});

	it('reports an input the calculator does not have', () => {
		expect(scenario('title: "A campus of H100s"\ncalculator: power\ninputs:\n  gpus: 1000\nnote: An example with a wrong input name.')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/scenarios/my-campus.yaml: inputs.gpus: the power calculator has no input "gpus"; expected one of count, board_w, server_overhead, network_share, pue, rack_kw, utilization, price_usd_mwh, budget_mw, pue_design, capacity_usd_per_mw_day]
		`);
	});

	it('reports an input outside the engine limits', () => {
		expect(scenario('title: "An impossible PUE"\ncalculator: power\ninputs:\n  pue: 0.9\nnote: PUE below 1 would mean free cooling plus a power source.')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/scenarios/my-campus.yaml: inputs.pue: PUE must be at least 1; 1.0 means no overhead]
		`);
	});

	it('reports an unknown calculator', () => {
		expect(scenario('title: "A heat pump"\ncalculator: heat\nnote: There is no heat calculator.')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/scenarios/my-campus.yaml: calculator: calculator must be one of power, cooling, growth, mfu, reliability, inference, time-to-power, tco, refresh]
		`);
	});
});

describe('assumption mistakes', () => {
	it('reports an unknown assumption source', () => {
		expect(build({ assumptions: edit(real.assumptions, 'content/assumptions/power.yaml', 'source: thefreesheet-uptime-pue-2025', 'source: thefreesheet-uptime-pue-2035') })).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/assumptions/power.yaml: [5].source: unknown source id "thefreesheet-uptime-pue-2035"; add content/sources/thefreesheet-uptime-pue-2035.yaml or fix the id]
		`);
	});

	it('reports a sourced value without a source', () => {
		expect(build({ assumptions: edit(real.assumptions, 'content/assumptions/power.yaml', /\n {2}source: thefreesheet-uptime-pue-2025/, '') })).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/assumptions/power.yaml: [5].source: source is required for a derived value (only illustrative or unverified values may lack one)]
		`);
	});

	it('reports a default outside its own range', () => {
		expect(build({ assumptions: edit(real.assumptions, 'content/assumptions/power.yaml', 'value: 1.2\n  unit: ratio', 'value: 1.7\n  unit: ratio') })).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/assumptions/power.yaml: [5].value: value 1.7 lies outside its own range 1.09–1.54]
		`);
	});

	it('reports a duplicate assumption id', () => {
		const dup = real.assumptions.map((f) => (f.path === 'content/assumptions/power.yaml' ? { ...f, text: f.text.replace('id: power.rack_kw', 'id: power.pue') } : f));
		expect(build({ assumptions: dup })).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 3 problem(s):
			  - content/assumptions/power.yaml: [6].id: duplicate assumption id "power.pue"
			  - content/assumptions/power.yaml: power.pue.value: PUE must be at most 3
			  - content/assumptions/power.yaml: missing assumption "power.rack_kw" (the default of power input rack_kw); every default needs a sourced record]
		`);
	});
});

describe('source mistakes', () => {
	const extra = (text: string, name = 'my-source-2026') => build({ sources: [...real.sources, { path: `content/sources/${name}.yaml`, text }] });

	it('reports a missing accessed date and a bad url', () => {
		expect(extra('title: A report\npublisher: Someone\nurl: www.example.org/report\nkind: primary')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 2 problem(s):
			  - content/sources/my-source-2026.yaml: url: url must be a full http(s) address
			  - content/sources/my-source-2026.yaml: accessed: expected a date like 2025-07-23]
		`);
	});

	it('reports a malformed published date', () => {
		expect(extra('title: A report\npublisher: Someone\nurl: https://example.org/r\npublished: 2025-7-4\naccessed: 2026-11-27\nkind: secondary')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/sources/my-source-2026.yaml: published: expected a date like 2025-07-23 (YYYY-MM-DD)]
		`);
	});

	it('reports a file name that is not a valid id', () => {
		expect(extra('title: A report\npublisher: Someone\nurl: https://example.org/r\naccessed: 2026-11-27\nkind: secondary', 'My_Source')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/sources/My_Source.yaml: (file name): use lower-case letters, digits and hyphens only; the file name is the source id]
		`);
	});

	it('reports YAML that does not parse', () => {
		expect(extra('title: "An unclosed quote\npublisher: Someone')).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: Content has 1 problem(s):
			  - content/sources/my-source-2026.yaml: (file): not valid YAML: Missing closing "quote at line 2, column 19:]
		`);
	});

	it('reports a former id that is still a live source, or that another record already keeps', () => {
		const base = 'title: A report\npublisher: Someone\nurl: https://example.org/r\naccessed: 2026-11-27\nkind: secondary\n';
		expect(extra(`${base}formerIds: [uptime-pue-2023]`)).toThrow(
			'content/sources/my-source-2026.yaml: formerIds[0]: "uptime-pue-2023" is still a source file; delete content/sources/uptime-pue-2023.yaml once its citations point here',
		);
		expect(extra(`${base}formerIds: [federalregister-eo-14365-2025]`)).toThrow(
			'formerIds[0]: "federalregister-eo-14365-2025" is already a former id of govinfo-eo-14365-2025',
		);
		expect(extra(`${base}formerIds: [Not_An_Id]`)).toThrow('content/sources/my-source-2026.yaml: formerIds[0]: use lower-case letters');
	});
});

describe('system (preset) mistakes', () => {
	it('reports a system figure citing an unknown source, naming the file and the field', () => {
		const systems = edit(real.systems, 'content/systems/h200.yaml', 'boardPowerW: { value: 700, sources: [nvidia-h200]', 'boardPowerW: { value: 700, sources: [nvidia-h200-datasheet]');
		expect(() => buildRegistry({ ...real, systems })).toThrow(
			'content/systems/h200.yaml: boardPowerW.sources[0]: unknown source id "nvidia-h200-datasheet"; add content/sources/nvidia-h200-datasheet.yaml or fix the id',
		);
	});
});
