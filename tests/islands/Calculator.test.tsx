// @vitest-environment happy-dom
import { CONFIDENCE_LABELS } from '../../src/format/confidence';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { islandProps } from '../../src/components/calculator/islandProps';
import { evaluate, readScenario } from '../../src/engine';
import { CALCULATOR_ORDER, CALCULATORS } from '../../src/registry/calculators';
import type { CalculatorId } from '../../src/registry/calculators';
import type { CalculatorIslandProps } from '../../src/islands/calculator/Calculator';
import CoolingCalculator from '../../src/calculators/cooling/Island';
import GrowthCalculator from '../../src/calculators/growth/Island';
import InferenceCalculator from '../../src/calculators/inference/Island';
import MfuCalculator from '../../src/calculators/mfu/Island';
import PowerCalculator from '../../src/calculators/power/Island';
import RefreshCalculator from '../../src/calculators/refresh/Island';
import ReliabilityCalculator from '../../src/calculators/reliability/Island';
import TcoCalculator from '../../src/calculators/tco/Island';
import TimeToPowerCalculator from '../../src/calculators/time-to-power/Island';
import { contextFor } from '../helpers/engine';

/** Chart.js cannot draw in happy-dom: a stand-in records what the island asks of it. */
const fake = vi.hoisted(() => ({
	charts: [] as {
		canvas: HTMLCanvasElement;
		data: { datasets: { data: unknown[] }[] };
		options: unknown;
		updates: number;
		destroyed: boolean;
	}[],
}));
/** The island's build-time props read the frozen registry, as the expected values do. */
vi.mock('../../src/data/registry', async () => {
	const { fixture, lookupFixture } = await import('../helpers/registry');
	return { registry: fixture, lookupAssumption: lookupFixture };
});

vi.mock('../../src/islands/calculator/chartjs', () => {
	const Chart = class {
		static register() {}
		canvas: HTMLCanvasElement;
		data: unknown;
		options: unknown;
		updates = 0;
		destroyed = false;
		constructor(canvas: HTMLCanvasElement, config: { data: unknown; options: unknown }) {
			this.canvas = canvas;
			this.data = config.data;
			this.options = config.options;
			fake.charts.push(this as never);
		}
		update() {
			this.updates++;
		}
		destroy() {
			this.destroyed = true;
		}
	};
	return { Chart, chartWith: () => Chart };
});

const ENTRIES = {
	power: PowerCalculator,
	cooling: CoolingCalculator,
	growth: GrowthCalculator,
	mfu: MfuCalculator,
	reliability: ReliabilityCalculator,
	inference: InferenceCalculator,
	'time-to-power': TimeToPowerCalculator,
	refresh: RefreshCalculator,
	tco: TcoCalculator,
};

function mount(
	id: CalculatorId,
	mode: CalculatorIslandProps['mode'] = 'inline',
	initial: Record<string, string | number> = {},
) {
	const Entry = ENTRIES[id];
	const props = islandProps(id, { mode, idPrefix: `t-${id}`, initial });
	const result = render(<Entry {...props} />);
	const root = result.container.querySelector<HTMLElement>('[data-calculator]')!;
	return {
		...result,
		root,
		value: (key: string) => root.querySelector(`[data-output="${key}"]`)!.getAttribute('data-value'),
	};
}

const expected = (id: CalculatorId, raw: Record<string, string>) => {
	const r = evaluate(CALCULATORS[id], readScenario(CALCULATORS[id], raw, contextFor(id)).scenario.values);
	if (!r.ok) throw new Error('engine');
	return r.outputs;
};

/** Opens a <details> as a click on its summary would. */
function openDetails(details: HTMLDetailsElement) {
	details.open = true;
	fireEvent(details, new Event('toggle'));
}

const type = (label: RegExp | string, text: string) =>
	fireEvent.input(screen.getByRole('textbox', { name: label }), { target: { value: text } });

beforeEach(() => {
	fake.charts.length = 0;
	history.replaceState(null, '', '/calculators/power/');
});
afterEach(() => cleanup());

describe('CalculatorIsland', () => {
	it.each(CALCULATOR_ORDER)('renders every output of %s with the engine’s raw value', (id) => {
		const { root } = mount(id);
		const outputs = expected(id, {});
		for (const o of CALCULATORS[id].outputs) {
			const el = root.querySelector(`[data-output="${o.key}"]`);
			expect(el, o.key).not.toBeNull();
			const v = outputs[o.key];
			expect(el!.getAttribute('data-value')).toBe(v === null ? '' : String(v));
			expect(el!.hasAttribute('data-p10')).toBe(false);
			expect(el!.textContent).not.toMatch(/NaN|Infinity|undefined/);
		}
	});
	it.each(['power', 'cooling', 'growth', 'mfu', 'reliability', 'tco'] as const)(
		'renders every output of %s with the engine’s raw value',
		(id) => {
			const { root } = mount(id);
			const outputs = expected(id, {});
			for (const o of CALCULATORS[id].outputs) {
				const el = root.querySelector(`[data-output="${o.key}"]`);
				expect(el, o.key).not.toBeNull();
				const v = outputs[o.key];
				expect(el!.getAttribute('data-value')).toBe(v === null ? '' : String(v));
				expect(el!.hasAttribute('data-p10')).toBe(false);
				expect(el!.textContent).not.toMatch(/NaN|Infinity|undefined/);
			}
		},
	);

	it('labels every input, with its unit, help and source one click away', () => {
		mount('power');
		const count = screen.getByRole('textbox', { name: /Accelerators/ });
		expect(count.getAttribute('inputmode')).toBe('decimal');
		expect(count.getAttribute('aria-describedby')).toBe('t-power-count-help');
		expect(document.getElementById('t-power-count-help')!.textContent).toMatch(
			/Accelerators \(GPUs or TPUs\) deployed/,
		);
		const field = count.closest('[data-field]')!;
		const source = within(field as HTMLElement).getByRole('link');
		expect(source.getAttribute('href')).toMatch(/^https:\/\//);
		expect(field.querySelector('details.calc-source summary')!.textContent).toMatch(/Default 100,000/);
		expect(Object.values(CONFIDENCE_LABELS).map((c) => c.label)).toContain(field.querySelector('.tag')!.textContent);
		expect(screen.getByRole('slider', { name: /Accelerators/ })).toBeTruthy();
	});

	it("writes a fraction's default as the field does, then as a percentage", () => {
		mount('power');
		const field = screen.getByRole('textbox', { name: /Network and storage/ }).closest('[data-field]')!;
		expect(screen.getByRole('textbox', { name: /Network and storage/ })).toHaveProperty('value', '0.1');
		// The fixture's network share is 0.1.
		expect(field.querySelector('details.calc-source summary')!.textContent).toMatch(/Default 0\.1 \(10%\)/);
	});

	it('recomputes on typing, in scientific notation too', () => {
		const { value } = mount('power');
		type(/^Accelerators/, '2e5');
		expect(Number(value('it_mw'))).toBe(expected('power', { count: '200000' })['it_mw']);
		expect(Number(value('racks'))).toBe(expected('power', { count: '200000' })['racks']);
	});

	it.each(['', 'abc', '-5', '1e400', '100,000 GPUs', '<b>1</b>'])(
		'keeps the last results and shows the engine’s message at the field for %j',
		(text) => {
			const { value } = mount('power');
			type(/^Accelerators/, '200000');
			const before = value('facility_mw');
			type(/^Accelerators/, text);
			const input = screen.getByRole('textbox', { name: /^Accelerators/ });
			expect(input.getAttribute('aria-invalid')).toBe('true');
			expect(input.getAttribute('aria-describedby')).toContain('t-power-count-error');
			const error = document.getElementById('t-power-count-error')!;
			expect(error.textContent).toMatch(/^Accelerators /);
			expect(value('facility_mw')).toBe(before);
			expect(document.querySelector('b')).toBeNull();
			// Every output says it is for the last valid value, and the page says so in words.
			for (const el of document.querySelectorAll('[data-output]')) expect(el.getAttribute('data-stale')).toBe('true');
			expect(document.querySelector('[data-stale-note]')!.textContent).toMatch(/last valid values/);
		},
	);

	it('reads 12,500 as twelve thousand five hundred, and clears the stale marks once the field is valid', () => {
		const { value } = mount('power');
		type(/^Accelerators/, '12,5');
		expect(document.querySelector('[data-output="it_mw"]')!.getAttribute('data-stale')).toBe('true');
		type(/^Accelerators/, '12,500');
		expect(Number(value('it_mw'))).toBe(expected('power', { count: '12500' })['it_mw']);
		for (const el of document.querySelectorAll('[data-output]')) expect(el.hasAttribute('data-stale')).toBe(false);
		expect(document.querySelector('[data-stale-note]')).toBeNull();
	});

	it('shows soft-range warnings inline without refusing the value', () => {
		const { value } = mount('power');
		type(/^PUE/, '2.5');
		expect(document.querySelector('[data-warning="pue"]')!.textContent).toMatch(/worse than the industry average/);
		expect(Number(value('facility_mw'))).toBe(expected('power', { pue: '2.5' })['facility_mw']);
	});

	it('applies an accelerator preset to the fields it controls', () => {
		const { value } = mount('power');
		fireEvent.change(screen.getByRole('combobox', { name: 'Accelerator' }), {
			target: { value: 'b200' },
		});
		expect((screen.getByRole('textbox', { name: /^Board power/ }) as HTMLInputElement).value).toBe('1000');
		expect(Number(value('facility_mw'))).toBe(expected('power', { accelerator: 'b200' })['facility_mw']);
	});

	it('hands off to the calculators its results feed, carrying the values it shows', () => {
		mount('power', 'inline', { count: 50000 });
		const href = () => document.querySelector('a[data-handoff="tco"]')?.getAttribute('href');
		expect(href()).toBe('/calculators/tco/?accelerator=h100-sxm&count=50000');
		fireEvent.change(screen.getByRole('combobox', { name: 'Accelerator' }), { target: { value: 'b200' } });
		expect(href()).toBe('/calculators/tco/?accelerator=b200&count=50000');
		type(/^Accelerators/, 'abc');
		expect(href()).toBeUndefined();
		type(/^Accelerators/, '6e4~8e4');
		expect(href()).toBe('/calculators/tco/?accelerator=b200&count=60000~80000');
	});

	it('shows no hand-off where a calculator declares none', () => {
		mount('tco');
		expect(document.querySelector('a[data-handoff]')).toBeNull();
	});

	it('resets to the defaults', () => {
		const { value } = mount('power', 'inline', { count: 5000 });
		fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
		expect(Number(value('facility_mw'))).toBe(expected('power', {})['facility_mw']);
	});

	it('moves a slider into the number field', () => {
		mount('power');
		const slider = screen.getByRole('slider', { name: /^PUE/ });
		fireEvent.input(slider, { target: { value: '1.5' } });
		expect((screen.getByRole('textbox', { name: /^PUE/ }) as HTMLInputElement).value).toBe('1.5');
	});

	it('shows P50 with P10 and P90 when a field holds a range', () => {
		const { root } = mount('power');
		type(/^PUE/, '1.1~1.4');
		const el = root.querySelector('[data-output="facility_mw"]')!;
		const [p10, p50, p90] = ['data-p10', 'data-value', 'data-p90'].map((a) => Number(el.getAttribute(a)));
		expect(p10).toBeLessThanOrEqual(p50!);
		expect(p50).toBeLessThanOrEqual(p90!);
		expect(el.textContent).toMatch(/MW \(\d+ to \d+\)$/);
		expect(root.querySelector('[data-ranged]')).not.toBeNull();
	});

	it('shows its work: the formula with the reader’s numbers', async () => {
		const { root } = mount('power', 'inline', { count: 100000 });
		const work = root.querySelector('[data-output="it_mw"]')!.closest('dd')!.querySelector('details')!;
		// Each toggle names its result, so eight of them are not eight identical "Show your work".
		expect(work.textContent).toBe('Show your work: IT power');
		openDetails(work);
		await waitFor(() => expect(work.textContent).toContain('= 140 MW'));
		expect(work.textContent).toContain('count × board_w × server_overhead × (1 + network_share)');
		expect(work.textContent).toContain('100,000 × 700 × 1.82 × (1 + 0.1)');
		expect(work.textContent).toContain('= 140 MW');
	});

	it('draws each chart once and updates it in place after an edit', async () => {
		mount('power');
		await waitFor(() => expect(fake.charts).toHaveLength(2));
		expect(fake.charts.map((c) => c.canvas.getAttribute('data-chart'))).toEqual(['breakdown', 'by-count']);
		const before = fake.charts[0]!.data;
		type(/^Accelerators/, '300000');
		await waitFor(() => expect(fake.charts[0]!.updates).toBeGreaterThan(0));
		expect(fake.charts[0]!.data).not.toBe(before);
		expect(fake.charts).toHaveLength(2);
	});

	it('leaves the chart alone when the input is bad', async () => {
		mount('power');
		await waitFor(() => expect(fake.charts).toHaveLength(2));
		const data = fake.charts[1]!.data;
		type(/^Accelerators/, 'abc');
		await new Promise((r) => setTimeout(r, 20));
		expect(fake.charts[1]!.data).toBe(data);
	});

	it('gives each chart a text summary and a real data table', async () => {
		const { root } = mount('reliability', 'inline', { count: 16384 });
		const panel = root.querySelector('[data-chart-panel="by-count"]')!;
		expect(panel.querySelector('[data-summary]')!.textContent).toMatch(/^Goodput falls from/);
		expect(panel.querySelector('canvas')!.getAttribute('aria-labelledby')).toBe(
			panel.querySelector('[data-summary]')!.id,
		);
		expect(panel.querySelector('details table')).toBeNull();
		openDetails(panel.querySelector('details.calc-table')!);
		await waitFor(() => expect(panel.querySelector('details table')).not.toBeNull());
		const table = panel.querySelector('details table')!;
		expect(table.querySelectorAll('thead th')).toHaveLength(4); // accelerators, goodput, interruptions, higher-order goodput
		expect(table.querySelectorAll('tbody tr')).toHaveLength(25);
	});

	it('hides a legend that would repeat the one series’ axis, and keeps one that names a shading', () => {
		const mfu = mount('mfu').root.querySelector('[data-chart-panel="compare"]')!;
		expect(mfu.querySelector('.calc-legend')).toBeNull();
		cleanup();
		const paths = mount('time-to-power').root.querySelector('[data-chart-panel="paths"]')!;
		expect([...paths.querySelectorAll('.calc-legend li')].map((li) => li.textContent)).toEqual([
			'Finished building waits for the grid',
		]);
	});

	it('announces the headline politely, once, after typing stops', async () => {
		const { root } = mount('power');
		const live = root.querySelectorAll('[aria-live]');
		expect(live).toHaveLength(1);
		expect(live[0]!.getAttribute('aria-live')).toBe('polite');
		type(/^Accelerators/, '200000');
		type(/^Accelerators/, '300000');
		await waitFor(() => expect(live[0]!.textContent).toMatch(/^Facility power: \d+ MW\.$/), {
			timeout: 2000,
		});
	});

	it('never touches the page URL inside a chapter, and links to the full calculator', () => {
		const spy = vi.spyOn(history, 'replaceState');
		history.replaceState(null, '', '/report/energy-constraint/?count=5');
		spy.mockClear();
		const { value } = mount('power', 'inline', { count: 16384 });
		expect(Number(value('it_mw'))).toBe(expected('power', { count: '16384' })['it_mw']);
		type(/^PUE/, '1.3');
		expect(spy).not.toHaveBeenCalled();
		expect(location.search).toBe('?count=5');
		expect(screen.getByRole('link', { name: 'Open in full calculator' }).getAttribute('href')).toBe(
			'/calculators/power/?count=16384&pue=1.3',
		);
		spy.mockRestore();
	});
});

describe('CalculatorIsland on its page', () => {
	it('reads the URL after hydration and writes edits back with replaceState', async () => {
		history.replaceState(null, '', '/calculators/power/?count=50000&pue=1.3');
		const { root, value } = mount('power', 'page');
		await waitFor(() => expect(root.getAttribute('data-ready')).toBe('true'));
		expect(Number(value('facility_mw'))).toBe(expected('power', { count: '50000', pue: '1.3' })['facility_mw']);
		type(/^PUE/, '1.25');
		await waitFor(() => expect(location.search).toBe('?count=50000&pue=1.25'));
	});

	it('names each ignored link parameter and why, as text, never as HTML', async () => {
		history.replaceState(
			null,
			'',
			'/calculators/power/?count=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&pue=0.5&utm_source=x',
		);
		const { root } = mount('power', 'page');
		await waitFor(() => expect(root.querySelector('.calc-notice')).not.toBeNull());
		const items = [...root.querySelectorAll('[data-ignored]')].map((li) => li.getAttribute('data-ignored'));
		expect(items).toEqual(['count', 'pue']);
		expect(root.querySelector('.calc-notice')!.textContent).toContain('"<img src=x onerror=alert…" is not a number');
		expect(root.querySelector('.calc-notice')!.textContent).toContain('PUE must be at least 1');
		expect(root.querySelector('img')).toBeNull();
	});

	it('follows back and forward (popstate)', async () => {
		history.replaceState(null, '', '/calculators/power/?count=50000');
		const { root, value } = mount('power', 'page');
		await waitFor(() => expect(root.getAttribute('data-ready')).toBe('true'));
		history.replaceState(null, '', '/calculators/power/?count=70000');
		window.dispatchEvent(new PopStateEvent('popstate'));
		await waitFor(() => expect(Number(value('it_mw'))).toBe(expected('power', { count: '70000' })['it_mw']));
	});

	it('pushes a history entry on reset so Back returns to the scenario', async () => {
		history.replaceState(null, '', '/calculators/power/?count=50000');
		const push = vi.spyOn(history, 'pushState');
		const { root } = mount('power', 'page');
		await waitFor(() => expect(root.getAttribute('data-ready')).toBe('true'));
		fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
		expect(push).toHaveBeenCalledWith(null, '', '/calculators/power/');
		push.mockRestore();
	});

	it('copies the scenario link and offers embed code for the current state', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		history.replaceState(null, '', '/calculators/power/?count=50000');
		const { root } = mount('power', 'page');
		await waitFor(() => expect(root.getAttribute('data-ready')).toBe('true'));
		fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
		await waitFor(() => expect(writeText).toHaveBeenCalledWith(`${location.origin}/calculators/power/?count=50000`));
		await waitFor(() => expect(root.querySelector('[data-status]')!.textContent).toBe('Link copied.'));
		const embed = screen.getByRole('button', { name: 'Embed' });
		expect(embed.getAttribute('aria-expanded')).toBe('false');
		fireEvent.click(embed);
		expect(embed.getAttribute('aria-expanded')).toBe('true');
		const code = (screen.getByRole('textbox', { name: /Paste this/ }) as HTMLTextAreaElement).value;
		expect(code).toContain(`<iframe src="${location.origin}/embed/power/?count=50000"`);
		expect(code).toContain('aifg:height');
	});
});
