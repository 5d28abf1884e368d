// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { islandProps } from '../../src/components/calculator/islandProps';
import { fixture as registry } from '../helpers/registry';
import { evaluate, readScenario } from '../../src/engine';
import { CALCULATORS } from '../../src/registry/calculators';
import type { CalculatorId } from '../../src/registry/calculators';
import CoolingCalculator from '../../src/calculators/cooling/Island';
import MfuCalculator from '../../src/calculators/mfu/Island';
import PowerCalculator from '../../src/calculators/power/Island';
import ReliabilityCalculator from '../../src/calculators/reliability/Island';
import { contextFor } from '../helpers/engine';

/** The island's build-time props read the frozen registry, as the expected values do. */
vi.mock('../../src/data/registry', async () => {
	const { fixture, lookupFixture } = await import('../helpers/registry');
	return { registry: fixture, lookupAssumption: lookupFixture };
});

vi.mock('../../src/islands/calculator/chartjs', () => {
	const Chart = class {
		static register() {}
		data: unknown;
		options: unknown;
		constructor(
			public canvas: HTMLCanvasElement,
			config: { data: unknown; options: unknown },
		) {
			this.data = config.data;
			this.options = config.options;
		}
		update() {}
		destroy() {}
	};
	return { Chart, chartWith: () => Chart };
});

const ENTRIES = {
	power: PowerCalculator,
	cooling: CoolingCalculator,
	mfu: MfuCalculator,
	reliability: ReliabilityCalculator,
};

async function openPage(id: keyof typeof ENTRIES, search: string) {
	history.replaceState(null, '', `/calculators/${id}/${search}`);
	const Entry = ENTRIES[id];
	const { container } = render(<Entry {...islandProps(id, { mode: 'page', idPrefix: `t-${id}` })} />);
	const root = container.querySelector<HTMLElement>('[data-calculator]')!;
	await waitFor(() => expect(root.getAttribute('data-ready')).toBe('true'));
	return {
		root,
		value: (key: string) => root.querySelector(`[data-output="${key}"]`)!.getAttribute('data-value'),
		valueA: (key: string) => root.querySelector(`[data-output-a="${key}"]`)?.getAttribute('data-value'),
	};
}

const engine = (id: CalculatorId, raw: Record<string, string>) => {
	const r = evaluate(CALCULATORS[id], readScenario(CALCULATORS[id], raw, contextFor(id)).scenario.values);
	if (!r.ok) throw new Error('engine');
	return r.outputs;
};

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => cleanup());

describe('a named scenario link', () => {
	it('opens the scenario with a banner: title, note, what differs from the defaults, and a reset', async () => {
		const s = registry.scenarios.get('gb200-campus')!;
		const { root, value } = await openPage('power', '?s=gb200-campus');
		const banner = await waitFor(() => root.querySelector<HTMLElement>('[data-scenario="gb200-campus"]')!);
		expect(banner.textContent).toContain(`Named scenario: ${s.title}`);
		expect(banner.textContent).toContain(s.note);
		expect([...banner.querySelectorAll('[data-differs]')].map((li) => li.getAttribute('data-differs'))).toEqual([
			'accelerator',
			'board_w',
			'server_overhead',
			'rack_kw',
		]);
		expect(Number(value('facility_mw'))).toBe(engine('power', s.params)['facility_mw']);
		within(banner).getByRole('link', { name: 'About this scenario' });
		fireEvent.click(within(banner).getByRole('button', { name: 'Reset to the report defaults' }));
		await waitFor(() => expect(root.querySelector('[data-scenario]')).toBeNull());
		expect(Number(value('facility_mw'))).toBe(engine('power', {})['facility_mw']);
	});

	it('lets explicit parameters win and lists the reader’s changes', async () => {
		const { root, value } = await openPage('power', '?s=gb200-campus&pue=1.3');
		expect(Number(value('facility_mw'))).toBe(
			engine('power', { ...registry.scenarios.get('gb200-campus')!.params, pue: '1.3' })['facility_mw'],
		);
		await waitFor(() => expect(root.querySelector('[data-edited="pue"]')!.textContent).toBe('PUE: 1.3 (scenario 1.2)'));
	});

	it('names an unknown scenario among the ignored parameters, as text', async () => {
		const { root } = await openPage('power', '?s=%3Cimg%20src%3Dx%3E');
		expect(root.querySelector('[data-ignored="s"]')!.textContent).toMatch(/^s: unknown named scenario "<img src=x>"/);
		expect(root.querySelector('img')).toBeNull();
	});
});

describe('comparing A and B', () => {
	it('shows A, B and B − A for every output from an a/b link', async () => {
		const { root, value, valueA } = await openPage('power', '?a=count%3D100000&b=count%3D150000%26pue%3D1.35');
		await waitFor(() => expect(root.querySelector('[data-compare]')).not.toBeNull());
		const a = engine('power', { count: '100000' });
		const b = engine('power', { count: '150000', pue: '1.35' });
		for (const o of CALCULATORS.power.outputs) {
			expect(Number(value(o.key))).toBe(b[o.key]);
			expect(Number(valueA(o.key))).toBe(a[o.key]);
		}
		expect(root.querySelector('[data-diff="facility_mw"]')!.textContent).toMatch(/^B − A: \+\d+ MW \(\+\d+%\)$/);
		expect([...root.querySelectorAll('[data-ab]')].map((li) => li.getAttribute('data-ab'))).toEqual(['count', 'pue']);
	});

	it('pins the current scenario as A with a button, and stops comparing', async () => {
		const { root, valueA } = await openPage('reliability', '?count=20000');
		fireEvent.click(screen.getByRole('button', { name: 'Pin as A' }));
		await waitFor(() => expect(valueA('goodput')).toBe(String(engine('reliability', { count: '20000' })['goodput'])));
		fireEvent.input(screen.getByRole('textbox', { name: /^Accelerators in the job/ }), { target: { value: '40000' } });
		await waitFor(() => expect(location.search).toBe('?a=count%3D20000&b=count%3D40000'));
		fireEvent.click(screen.getByRole('button', { name: 'Stop comparing' }));
		await waitFor(() => expect(root.querySelector('[data-output-a]')).toBeNull());
	});
});

describe('units', () => {
	it('shows cooling in imperial units from the link; data-values stay SI', async () => {
		const si = await openPage('cooling', '?rack_kw=90&liquid_fraction=0.7');
		const before = Object.fromEntries(CALCULATORS.cooling.outputs.map((o) => [o.key, si.value(o.key)]));
		cleanup();
		const { root, value } = await openPage('cooling', '?rack_kw=90&liquid_fraction=0.7&units=imperial');
		for (const o of CALCULATORS.cooling.outputs) expect(value(o.key)).toBe(before[o.key]);
		expect(root.querySelector('[data-output="air_cfm_per_rack"]')!.closest('.calc-breakdown')).toBeNull();
		expect(root.querySelector('[data-output="heat_kw"]')!.closest('.calc-breakdown')).not.toBeNull();
		expect(root.querySelector('[data-output="liquid_l_per_min_per_rack"]')!.textContent).toMatch(/US gpm$/);
		const dt = screen.getByRole('textbox', { name: /^Air temperature rise/ }) as HTMLInputElement;
		expect(dt.value).toBe('19.98');
		expect(screen.getByText('°F', { selector: '[data-field="air_delta_t_c"] .calc-unit' })).toBeTruthy();
	});

	it('converts °F typed into a ΔT field to the SI parameter in the URL', async () => {
		const { value } = await openPage('cooling', '?units=imperial');
		fireEvent.input(screen.getByRole('textbox', { name: /^Air temperature rise/ }), { target: { value: '18' } });
		await waitFor(() => expect(location.search).toBe('?air_delta_t_c=10&units=imperial'));
		expect(Number(value('air_m3_per_h_per_rack'))).toBe(
			engine('cooling', { air_delta_t_c: '10' })['air_m3_per_h_per_rack'],
		);
		expect((screen.getByRole('textbox', { name: /^Air temperature rise/ }) as HTMLInputElement).value).toBe('18');
		fireEvent.click(screen.getByRole('button', { name: /^SI/ }));
		await waitFor(() =>
			expect((screen.getByRole('textbox', { name: /^Air temperature rise/ }) as HTMLInputElement).value).toBe('10'),
		);
		await waitFor(() => expect(location.search).toBe('?air_delta_t_c=10'));
	});
});

describe('uncertainty and sensitivity', () => {
	it('fills every input with its plausible range in one click', async () => {
		const { root } = await openPage('power', '');
		fireEvent.click(screen.getByRole('button', { name: 'Use plausible ranges' }));
		await waitFor(() => expect(root.querySelector('[data-output="facility_mw"]')!.hasAttribute('data-p10')).toBe(true));
		expect((screen.getByRole('textbox', { name: /^PUE/ }) as HTMLInputElement).value).toBe('1.08~1.58');
		await waitFor(() => expect(location.search).toContain('pue=1.08~1.58'));
	});

	it('renders the tornado and the tipping points when the section opens', async () => {
		const { root } = await openPage('power', '?count=50000');
		const details = root.querySelector<HTMLDetailsElement>('details.calc-sensitivity')!;
		expect(details.querySelector('[data-tornado]')).toBeNull();
		details.open = true;
		fireEvent(details, new Event('toggle'));
		await waitFor(() => expect(details.querySelector('[data-tornado]')).not.toBeNull(), { timeout: 3000 });
		const swings = [...details.querySelectorAll('[data-tornado] tbody tr')].map((tr) =>
			Number(tr.getAttribute('data-swing')),
		);
		// Ten inputs with a plausible range (the capacity price joined) less the two decisions (count, budget), which are not uncertainties.
		expect(swings.length).toBe(8);
		expect(swings).toEqual([...swings].sort((a, b) => b - a));
		expect(details.querySelector('[data-conclusion]')!.textContent).toMatch(
			/^The cluster fits the 100 MW power budget: it draws 84.1 MW\. It stops fitting 100 MW with .*PUE above 1\.43/,
		);
		expect(details.querySelector('canvas[data-chart="tornado"]')).not.toBeNull();
	});
});

describe('the MFU calculator', () => {
	it('opens as general-purpose | purpose-built | difference, with the contract’s elements in the table', async () => {
		const { root, value } = await openPage('mfu', '');
		const table = root.querySelector('.calc-pairs table')!;
		expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
			'General-purpose',
			'Purpose-built',
			'Difference',
		]);
		for (const key of [
			'days_general',
			'days_purpose',
			'days_saved',
			'cost_general_usd',
			'cost_purpose_usd',
			'cost_saved_usd',
		])
			expect(table.querySelector(`[data-output="${key}"]`), key).not.toBeNull();
		expect(Number(value('days_saved'))).toBe(engine('mfu', {})['days_saved']);
		expect(table.textContent).toMatch(/\(\d+% less\)/);
		expect(root.querySelectorAll('[data-output]')).toHaveLength(CALCULATORS.mfu.outputs.length);
	});
});

describe('named values of a field', () => {
	it('sets the average load to a whole data-centre fleet’s, with its source beside it', async () => {
		const { root, value } = await openPage('power', '');
		const fleet = screen.getByRole('button', { name: /^Whole data-centre fleet: 50%/ });
		expect(fleet.getAttribute('aria-pressed')).toBe('false');
		fireEvent.click(fleet);
		await waitFor(() => expect(location.search).toContain('utilization=0.5'));
		// energy at half load: facility_mw × 0.5 × 8,760
		const facility = Number(value('facility_mw'));
		await waitFor(() => expect(Number(value('annual_mwh'))).toBeCloseTo(facility * 0.5 * 8760, 6));
		expect(screen.getByRole('button', { name: /^Whole data-centre fleet/ }).getAttribute('aria-pressed')).toBe('true');
		// the source of each named value is in the field's source details
		const details = root.querySelector('[data-field="utilization"] details')!;
		expect(details.textContent).toContain('Empirically-Calibrated H100 Node Power Models');
		expect(details.textContent).toContain('Berkeley Lab: data centers and US power demand to 2028');
	});
});
