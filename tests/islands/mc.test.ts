import { afterEach, describe, expect, it, vi } from 'vitest';

import { CHARTS } from '../helpers/engine';
import { lookupFixture as lookupAssumption } from '../helpers/registry';
import { defaultRanges, readScenario, simulate } from '../../src/engine';
import { CALCULATORS } from '../../src/registry/calculators';
import { type McJob, type McResult, MC_SAMPLES, runJob } from '../../src/islands/calculator/model/mc';
import { workerRunner } from '../../src/islands/calculator/model/workers';
import { contextFor } from '../helpers/engine';

const power = CALCULATORS.power;
const job = (key: string, seed = 7): McJob => {
	const { scenario } = readScenario(power, { pue: '1.1~1.4' }, contextFor('power'));
	return { key, values: scenario.values, ranges: scenario.ranges, seed };
};

describe(runJob, () => {
	it('gives the engine’s seeded simulation and every chart band', () => {
		const j = job('pue=1.1~1.4');
		const r = runJob(power, CHARTS.power, j);
		expect(r.key).toBe('pue=1.1~1.4');
		expect(r.quantiles).toEqual(
			simulate(power, { values: j.values, ranges: j.ranges }, { samples: MC_SAMPLES, seed: 7 }).quantiles,
		);
		expect(Object.keys(r.bands)).toHaveLength(1);
		expect(Object.values(r.bands)[0]).toHaveLength(25);
	});

	it('splits into halves that add up to the whole job', () => {
		const j = job('k');
		const whole = runJob(power, CHARTS.power, j);
		const q = runJob(power, CHARTS.power, { ...j, part: 'quantiles' });
		const b = runJob(power, CHARTS.power, { ...j, part: 'bands' });
		expect(q.bands).toEqual({});
		expect(b.quantiles).toEqual({});
		expect({ ...q.quantiles, ...b.quantiles }).toEqual(whole.quantiles);
		expect({ ...q.bands, ...b.bands }).toEqual(whole.bands);
	});

	it('is the same for every calculator however often it runs (deterministic for a URL)', () => {
		for (const id of ['power', 'cooling', 'growth', 'mfu', 'reliability'] as const) {
			const calc = CALCULATORS[id];
			const { scenario } = readScenario(calc, {}, contextFor(id));
			const j = { key: id, values: scenario.values, ranges: defaultRanges(calc, lookupAssumption), seed: 42 };
			expect(runJob(calc, CHARTS[id], j)).toEqual(runJob(calc, CHARTS[id], j));
		}
	});
});

/** A stand-in Worker that runs the job on a later tick, like a real one. */
class FakeWorker {
	static made = 0;
	static fail = false;
	onmessage: ((e: { data: McResult }) => void) | null = null;
	onerror: ((e: { preventDefault(): void }) => void) | null = null;
	posted: McJob[] = [];
	constructor() {
		FakeWorker.made++;
	}
	postMessage(j: McJob) {
		this.posted.push(j);
		setTimeout(() => {
			if (FakeWorker.fail) this.onerror?.({ preventDefault() {} });
			else this.onmessage?.({ data: runJob(power, CHARTS.power, j) });
		});
	}
	terminate() {}
}

describe(workerRunner, () => {
	afterEach(() => {
		FakeWorker.made = 0;
		FakeWorker.fail = false;
		vi.unstubAllGlobals();
	});
	const fallback = vi.fn((j: McJob) => runJob(power, CHARTS.power, j));
	const runner = () => workerRunner(() => new FakeWorker() as unknown as Worker, fallback);

	it('splits a job over two workers and merges their halves into the whole result', async () => {
		vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
		const done = await new Promise<McResult>((resolve) => runner()('b', job('x'), resolve));
		expect(FakeWorker.made).toBe(2);
		expect(done).toEqual(runJob(power, CHARTS.power, job('x')));
	});

	it('keeps only the latest waiting job of a slot, and never drops A for B', async () => {
		vi.stubGlobal('navigator', { hardwareConcurrency: 1 });
		const run = runner();
		const seen: string[] = [];
		await new Promise<void>((resolve) => {
			run('b', job('b1', 1), (r) => seen.push(r.key));
			run('b', job('b2', 2), (r) => seen.push(r.key));
			run('a', job('a1', 3), (r) => seen.push(r.key));
			run('b', job('b3', 4), (r) => {
				seen.push(r.key);
				resolve();
			});
		});
		// b1 was already running; b2 was replaced by b3 while waiting; A goes before B.
		expect(seen).toEqual(['b1', 'a1', 'b3']);
		expect(FakeWorker.made).toBe(1);
	});

	it('runs on the main thread when the worker fails', async () => {
		vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
		FakeWorker.fail = true;
		fallback.mockClear();
		const done = await new Promise<McResult>((resolve) => runner()('b', job('y'), resolve));
		expect(fallback).toHaveBeenCalledOnce();
		expect(done.key).toBe('y');
	});
});
