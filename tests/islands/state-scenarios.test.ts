import { describe, expect, it } from 'vitest';

import { CHARTS } from '../helpers/engine';
import { lookupFixture as lookupAssumption, fixture as registry } from '../helpers/registry';
import { defaultRanges, readScenario } from '../../src/engine';
import { CALCULATORS } from '../../src/registry/calculators';
import type { CalculatorId } from '../../src/registry/calculators';
import { type McRunner, runJob } from '../../src/islands/calculator/model/mc';
import { createCalculatorState, type NamedScenario, type StateOptions } from '../../src/islands/calculator/model/store';
import { COOLING_UNITS } from '../../src/calculators/cooling/units';
import { readPageLink } from '../../src/islands/calculator/model/url';
import { contextFor } from '../helpers/engine';

const named = (id: CalculatorId): NamedScenario[] =>
	[...registry.scenarios.values()]
		.filter((s) => s.calculator === id)
		.map(({ id: sid, title, note, params }) => ({ id: sid, title, note, params }));
const make = (id: CalculatorId, options: StateOptions = {}) =>
	createCalculatorState(CALCULATORS[id], contextFor(id), CHARTS[id], {}, { scenarios: named(id), ...options });
const open = (state: ReturnType<typeof make>, search: string) => state.open(readPageLink(state.calc, search));
const values = (id: CalculatorId, raw: Record<string, string>) =>
	readScenario(CALCULATORS[id], raw, contextFor(id)).scenario.values;

describe('named scenarios', () => {
	it('opens a named scenario and keeps s in the link', () => {
		const state = make('power');
		open(state, '?s=gb200-campus');
		const view = state.view();
		expect(view.named?.id).toBe('gb200-campus');
		expect(view.solved.scenario.values).toEqual(values('power', registry.scenarios.get('gb200-campus')!.params));
		expect(view.link).toBe('s=gb200-campus');
		expect(view.notice).toEqual([]);
	});

	it('lets explicit parameters override the scenario’s, and writes only those after s', () => {
		const state = make('power');
		open(state, '?s=gb200-campus&rack_kw=120&pue=1.3');
		expect(state.view().solved.scenario.values['rack_kw']).toBe(120);
		expect(state.view().link).toBe('s=gb200-campus&pue=1.3&rack_kw=120');
		state.setText('pue', '1.25');
		expect(state.view().link).toBe('s=gb200-campus&pue=1.25&rack_kw=120');
	});

	it('names an unknown scenario in the notice and uses the defaults', () => {
		const state = make('power');
		open(state, '?s=no-such-thing&count=5000');
		const view = state.view();
		expect(view.notice).toEqual([
			{
				param: 's',
				message: expect.stringMatching(/^unknown named scenario "no-such-thing"; expected one of .*gb200-campus/),
			},
		]);
		expect(view.named).toBeUndefined();
		expect(view.solved.scenario.values).toEqual(values('power', { count: '5000' }));
		expect(view.link).toBe('count=5000');
	});

	it('refuses a scenario of another calculator', () => {
		const state = make('cooling');
		open(state, '?s=gb200-campus');
		expect(state.view().notice[0]).toMatchObject({ param: 's' });
	});

	it('drops the scenario on reset', () => {
		const state = make('reliability');
		open(state, '?s=llama3-405b');
		expect(state.view().solved.scenario.values['mtbf_h_per_accel']).toBe(50677);
		state.load({});
		expect(state.view().named).toBeUndefined();
		expect(state.view().link).toBe('');
	});
});

describe('comparing A and B', () => {
	it('pins what is shown as A; B is edited; the link carries both', () => {
		const state = make('power');
		state.setText('count', '150000');
		state.pin();
		state.setText('pue', '1.35');
		const view = state.view();
		expect(view.compare?.scenario.values).toEqual(values('power', { count: '150000' }));
		expect(view.solved.scenario.values).toEqual(values('power', { count: '150000', pue: '1.35' }));
		expect(view.link).toBe('a=count%3D150000&b=count%3D150000%26pue%3D1.35');
		state.unpin();
		expect(state.view().compare).toBeNull();
		expect(state.view().link).toBe('count=150000&pue=1.35');
	});

	it('opens an A/B link: both scenarios, each from its own query', () => {
		const state = make('power');
		open(state, '?a=count%3D100000%26pue%3D1.2&b=count%3D150000%26pue%3D1.35');
		const view = state.view();
		expect(view.compare?.query).toBe('');
		expect(view.solved.query).toBe('count=150000&pue=1.35');
		expect(view.link).toBe('a=&b=count%3D150000%26pue%3D1.35');
	});

	it('reports A’s ignored parameters as A’s, and still compares', () => {
		const state = make('power');
		open(state, `?a=${encodeURIComponent('pue=0.5&count=90000')}&b=count%3D1`);
		const view = state.view();
		expect(view.notice).toEqual([{ param: 'a.pue', message: expect.stringMatching(/^A: PUE must be at least 1/) }]);
		expect(view.compare?.scenario.values['count']).toBe(90000);
	});

	it('keeps a named A by name', () => {
		const state = make('power');
		open(state, `?a=${encodeURIComponent('s=gb200-campus')}&b=${encodeURIComponent('s=newsletter-100k-h100')}`);
		const view = state.view();
		expect(view.pinned).toEqual({ query: 's=gb200-campus', base: 'gb200-campus' });
		expect(view.named?.id).toBe('newsletter-100k-h100');
		expect(view.link).toBe('a=s%3Dgb200-campus&b=s%3Dnewsletter-100k-h100');
	});

	it('draws A in the charts', () => {
		const state = make('reliability');
		state.pin();
		state.setText('count', '50000');
		const labels = (state.view().charts[0]!.config as { data: { datasets: { label: string }[] } }).data.datasets.map(
			(d) => d.label,
		);
		expect(labels).toContain('A: Goodput');
	});
});

describe('units', () => {
	const cooling = () => make('cooling', { units: COOLING_UNITS });

	it('stores °F typed into a ΔT field as the SI parameter, and keeps the reader’s text', () => {
		const state = cooling();
		state.setUnits('imperial');
		state.setShownText('air_delta_t_c', '18');
		const view = state.view();
		expect(view.texts['air_delta_t_c']).toBe('10');
		expect(view.shown['air_delta_t_c']).toBe('18');
		expect(view.solved.scenario.values['air_delta_t_c']).toBe(10);
		expect(view.link).toBe('air_delta_t_c=10&units=imperial');
	});

	it('reads units from the link, names a bad value, and ignores units where a calculator has none', () => {
		const state = cooling();
		open(state, '?units=imperial&rack_kw=90');
		expect(state.view().units).toBe('imperial');
		open(state, '?units=furlongs');
		expect(state.view().units).toBe('si');
		expect(state.view().notice[0]).toMatchObject({ param: 'units' });
		const power = make('power');
		open(power, '?units=imperial');
		expect(power.view().units).toBe('si');
		expect(power.view().notice).toEqual([]);
	});

	it('changes no value when the units change', () => {
		const state = cooling();
		const before = state.view().solved;
		state.setUnits('imperial');
		expect(state.view().solved).toBe(before);
	});
});

describe('plausible ranges', () => {
	it('fills every field that has a registry range with its low~high', () => {
		const state = make('power');
		const plausible = defaultRanges(CALCULATORS.power, lookupAssumption);
		state.applyRanges(plausible);
		const view = state.view();
		for (const [param, r] of Object.entries(plausible)) expect(view.solved.scenario.ranges[param]).toEqual(r);
		expect(view.solved.quantiles).not.toBeNull();
	});
});

describe('Monte Carlo through a runner', () => {
	it('is busy, showing the last results, until the runner answers; then shows the engine’s seeded result', async () => {
		const calls: string[] = [];
		const runner: McRunner = (_slot, job, done) => {
			calls.push(job.key);
			setTimeout(() => done(runJob(CALCULATORS.power, CHARTS.power, job)));
		};
		const state = make('power', { runner });
		const before = state.view().solved;
		state.setText('pue', '1.1~1.4');
		const waiting = state.view();
		expect(waiting.busy).toBe(true);
		expect(waiting.solved).toBe(before);
		state.view();
		expect(calls).toEqual(['pue=1.1~1.4']);
		await new Promise<void>((resolve) => state.subscribe(resolve));
		const done = state.view();
		expect(done.busy).toBe(false);
		expect(done.solved.query).toBe('pue=1.1~1.4');
		const sync = make('power');
		sync.setText('pue', '1.1~1.4');
		expect(done.solved.quantiles).toEqual(sync.view().solved.quantiles);
		// Back to a scenario already computed: no new job.
		state.setText('pue', '1.2');
		state.setText('pue', '1.1~1.4');
		expect(state.view().busy).toBe(false);
		expect(calls).toHaveLength(1);
	});
});
