import { describe, expect, it } from 'vitest';

import {
	acceleratorsByUsersChart,
	batchFinding,
	inferenceCharts,
	latencyByDistanceChart,
	latencyFinding,
	tokensByBatchChart,
	usersFinding,
} from '../../../src/calculators/inference/charts';
import { CALCULATORS } from '../../../src/registry/calculators';
import { allFinite, chartInput, datasetsOf, points, TEST_THEME } from '../../charts/helpers';

const calc = CALCULATORS.inference;
const labelled = (view: { config: unknown }, label: string) =>
	datasetsOf(view).find((d) => (d as { label?: string }).label === label)!;

describe(latencyByDistanceChart, () => {
	const input = chartInput('inference', { distance_km: '800' });
	const view = latencyByDistanceChart(input, TEST_THEME);

	it('draws a straight-line relation on linear axes from 0 km', () => {
		expect(view.config.options?.scales?.['x']).toMatchObject({ type: 'linear', min: 0, max: 5000 });
		expect(view.config.options?.scales?.['y']).toMatchObject({ type: 'linear', beginAtZero: true });
		expect(points(labelled(view, 'Time to first token'))[0]!.x).toBe(0);
	});

	it('plots the engine’s time to first token and round trip at every distance', () => {
		for (const p of points(labelled(view, 'Time to first token')))
			expect(p.y).toBe(calc.compute({ ...input.values, distance_km: p.x })['ttft_ms']);
		for (const p of points(labelled(view, 'Network round trip'))) expect(p.y).toBeCloseTo(2 * p.x * 0.0049, 12);
	});

	it('marks this site at its distance', () => {
		expect(points(labelled(view, 'This site'))).toEqual([{ x: 800, y: input.outputs['ttft_ms'] }]);
	});

	it('stretches the axis to twice a far site', () => {
		const far = latencyByDistanceChart(chartInput('inference', { distance_km: '9000' }), TEST_THEME);
		expect(far.config.options?.scales?.['x']).toMatchObject({ max: 18_000 });
	});

	it('summarises the round trip against the time the model takes, from the engine', () => {
		expect(view.summary).toMatch(
			/^Light in fiber adds 49 ms of round trip at 5,000 km, on top of .+ ms of prefill and first decode step\. This site, 800 km away, gives the first token after .+ ms, 7\.84 ms of it on the network\.$/,
		);
	});

	// The model's worked example: 4.9 ms of round trip at 500 km in a first token of 90.6 ms; at
	// 800 km the round trip is 2 × 800 × 0.0049 = 7.84 ms and the first token 90.575 − 4.9 + 7.84 = 93.5 ms.
	it('states how much of the first token’s wait is the network', () => {
		expect(view.title).toBe('The network is 7.84 ms of the 93.5 ms to first token');
		expect(latencyByDistanceChart(chartInput('inference'), TEST_THEME).title).toBe(
			'The network is 4.9 ms of the 90.6 ms to first token',
		);
		expect(latencyFinding(null, 4.9)).toBe('Time to first token against distance');
		expect(latencyFinding(90.6, Number.NaN)).toBe('Time to first token against distance');
	});

	it('marks scenario A’s site hollow when comparing', () => {
		const a = chartInput('inference', { distance_km: '30' });
		const compared = latencyByDistanceChart(
			{ ...input, compare: { values: a.values, outputs: a.outputs } },
			TEST_THEME,
		);
		expect(points(labelled(compared, 'A: its site'))).toEqual([{ x: 30, y: a.outputs['ttft_ms'] }]);
		expect(compared.summary).toMatch(/Scenario A's site, 30 km away, answers after .+ ms\.$/);
	});
});

describe(tokensByBatchChart, () => {
	const input = chartInput('inference');
	const view = tokensByBatchChart(input, TEST_THEME);
	const crossover = input.outputs['crossover_batch'] as number;

	it('is log-log: both lines are power laws of the batch', () => {
		expect(view.config.options?.scales?.['x']).toMatchObject({ type: 'logarithmic', min: 1 });
		expect(view.config.options?.scales?.['y']).toMatchObject({ type: 'logarithmic' });
	});

	it('plots whole batches, each user’s and the replica’s tokens per second from the engine', () => {
		const user = points(labelled(view, 'Tokens per second, each user'));
		const replica = points(labelled(view, 'Tokens per second, the replica'));
		for (const [i, p] of user.entries()) {
			expect(Number.isInteger(p.x)).toBe(true);
			const o = calc.compute({ ...input.values, batch: p.x });
			expect(p.y).toBe(o['tokens_per_s_per_user']);
			expect(replica[i]!.y).toBe(o['tokens_per_s_per_replica']);
		}
	});

	it('is flat for each user below the crossover and falls as 1 ÷ batch above it', () => {
		const user = points(labelled(view, 'Tokens per second, each user'));
		const below = user.filter((p) => p.x <= crossover);
		const above = user.filter((p) => p.x > 2 * crossover);
		expect(new Set(below.map((p) => p.y)).size).toBe(1);
		for (const p of above) expect(p.y! * p.x).toBeCloseTo(above[0]!.y! * above[0]!.x, 6);
	});

	it('shades the memory-bound regime from a batch of 1 to the crossover', () => {
		expect(view.config.options?.plugins?.aifgFill?.xBands).toEqual([
			{ from: 1, to: crossover, color: expect.any(String) as string },
		]);
		expect(view.legend.map((l) => l.label)).toContain('Memory-bound: reading the weights sets the pace');
	});

	it('marks this batch', () => {
		expect(points(labelled(view, 'This batch'))).toEqual([{ x: 32, y: input.outputs['tokens_per_s_per_user'] }]);
	});

	it('states this batch’s bound and each user’s speed in its title', () => {
		// The model's worked example: 67 tokens/s each at a batch of 32, below the crossover of about 211.
		expect(view.title).toBe('A batch of 32 is memory-bound: 67 tokens/s each');
		// By hand: 2 × 70e9 × 512 FLOP ÷ (4 × 989.4e12 × 0.5 FLOP/s) = 36.2 ms a step, 27.6 tokens/s.
		expect(tokensByBatchChart(chartInput('inference', { batch: '512' }), TEST_THEME).title).toBe(
			'A batch of 512 is compute-bound: 27.6 tokens/s each',
		);
		expect(batchFinding(32, null, 67)).toBe('Tokens per second against batch size');
		expect(batchFinding(32, 211, null)).toBe('Tokens per second against batch size');
	});

	it('says which regime this batch is in', () => {
		expect(view.summary).toMatch(/^Up to a batch of about 211, decode is memory-bound: each user gets 67 tokens\/s/);
		expect(view.summary).toMatch(
			/This batch of 32 is memory-bound: 67 tokens\/s for each user, 2,140 tokens\/s for the replica\.$/,
		);
		const big = tokensByBatchChart(chartInput('inference', { batch: '1024' }), TEST_THEME);
		expect(big.summary).toMatch(/This batch of 1,024 is compute-bound/);
	});
});

describe(acceleratorsByUsersChart, () => {
	const input = chartInput('inference');
	const view = acceleratorsByUsersChart(input, TEST_THEME);

	it('is log-log from a hundredth to a hundred times the load', () => {
		expect(view.config.options?.scales?.['x']).toMatchObject({ type: 'logarithmic' });
		expect(view.config.options?.scales?.['y']).toMatchObject({ type: 'logarithmic' });
		const xs = points(labelled(view, 'Accelerators')).map((p) => p.x);
		expect(xs[0]).toBe(10_000);
		expect(xs[xs.length - 1]).toBe(100_000_000);
	});

	it('plots the engine’s accelerators for every load and marks this one', () => {
		for (const p of points(labelled(view, 'Accelerators')))
			expect(p.y).toBe(calc.compute({ ...input.values, users: p.x })['accelerators']);
		expect(points(labelled(view, 'This load'))).toEqual([{ x: 1_000_000, y: 196 }]);
	});

	it('states the accelerators this load needs at peak in its title', () => {
		// The model's worked example: 231.5 requests/s × 0.2107 s = 49 replicas of 4.
		expect(view.title).toBe('At peak, 1,000,000 users need 196 accelerators');
		// A range's middle is its geometric mean: √(1e5 × 1e7) = 1,000,000 users.
		expect(acceleratorsByUsersChart(chartInput('inference', { users: '1e5~1e7' }), TEST_THEME).title).toBe(
			'At peak, 1,000,000 users need 196 accelerators',
		);
		// One user still needs one replica of four.
		expect(acceleratorsByUsersChart(chartInput('inference', { users: '1' }), TEST_THEME).title).toBe(
			'At peak, 1 user needs 4 accelerators',
		);
		expect(usersFinding(2, 1)).toBe('At peak, 2 users need 1 accelerator');
		expect(usersFinding(1_000_000, null)).toBe('Accelerators against users');
	});

	it('summarises this load with its replicas and facility power', () => {
		expect(view.summary).toMatch(
			/This load, 1,000,000 users, needs 196 accelerators in 49 replicas, drawing 300 kW at the facility\.$/,
		);
	});
});

describe('inferenceCharts', () => {
	it('draws the three charts in order', () => {
		expect(inferenceCharts(chartInput('inference'), TEST_THEME).map((v) => v.id)).toEqual([
			'latency',
			'by-batch',
			'by-users',
		]);
	});

	it.each([
		['ranges (P10 to P90 bands)', { bw_efficiency: '0.5~0.85', distance_km: '30~3000', users: '1e5~1e7' }],
		['one user at 0 km', { users: '1', distance_km: '0' }],
		['the largest model and batch', { params: '1e13', batch: '100000', prompt_tokens: '10000000' }],
		['weights that do not fit', { params: '1e12', gpus_per_replica: '1' }],
	])('stays finite with %s', (_name, raw) => {
		for (const v of inferenceCharts(chartInput('inference', raw), TEST_THEME)) {
			expect(allFinite(datasetsOf(v)), v.id).toBe(true);
			expect(v.table.rows.length, v.id).toBeGreaterThan(1);
			expect(v.summary, v.id).not.toMatch(/NaN|Infinity|undefined|—/);
		}
	});

	it('adds a P10–P90 band to each chart when inputs are ranges', () => {
		const views = inferenceCharts(chartInput('inference', { bw_efficiency: '0.5~0.85', users: '1e5~1e7' }), TEST_THEME);
		for (const v of views)
			expect(datasetsOf(v).filter((d) => (d as { label?: string }).label?.startsWith('~'))).toHaveLength(2);
	});
});
