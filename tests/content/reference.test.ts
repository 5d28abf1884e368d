/**
 * The published record, reproduced by the site's own defaults and systems (the live content/, as
 * the site ships it). Each case names its source, the inputs that match it and a tolerance an
 * engineer would accept for a first-order model; where a figure cannot be reproduced, the case
 * says why. The published figures are written here, never read from the data under test.
 */
import { describe, expect, it } from 'vitest';

import { buildRegistry } from '../../src/data/build-registry';
import { defaultsFor, evaluate, readScenario } from '../../src/engine';
import { CALCULATORS, type CalculatorId } from '../../src/registry/calculators';
import { realRegistryFiles } from './fixtures';

const registry = buildRegistry(realRegistryFiles());
const run = (id: CalculatorId, raw: Record<string, string>) => {
	const calc = CALCULATORS[id];
	const ctx = { ...defaultsFor(calc, (k) => registry.assumptions.get(k)), accelerators: registry.accelerators };
	const { scenario, ignored } = readScenario(calc, raw, ctx);
	expect(ignored).toEqual([]);
	const r = evaluate(calc, scenario.values);
	if (!r.ok) throw new Error(`${id} did not evaluate`);
	return r.outputs as Record<string, number>;
};
/** IT power of one system, kW, with no scale-out network (a single server or rack). */
const systemKw = (accelerator: string, count: number) =>
	run('power', { accelerator, count: String(count), network_share: '0' })['it_mw']! * 1000;

const within = (actual: number, expected: number, tolerance: number) =>
	expect(Math.abs(actual - expected) / expected, `${actual} against ${expected}`).toBeLessThanOrEqual(tolerance);

describe('systems against their published power', () => {
	it.each([
		// NVIDIA DGX H100 user guide: 10.2 kW maximum system power for eight H100 SXM.
		['h100-sxm', 8, 10.2, 0.02],
		// NVIDIA DGX B200 user guide: about 14.3 kW maximum for eight B200.
		['b200', 8, 14.3, 0.02],
		// GB200 NVL72: about 120 kW per rack (NVIDIA at GTC 2024, as reported); analysts put it up to 132 kW.
		['gb200', 72, 120, 0.05],
		// GB300 NVL72: Supermicro gives 132-140 kW per rack; the lower figure.
		['gb300', 72, 132, 0.05],
	])('%s × %i draws %s kW (within %s)', (accelerator, count, kw, tolerance) => {
		within(systemKw(accelerator, count), kw, tolerance);
	});

	it('no longer applies the x86 DGX overhead to a Grace-based rack (173 kW before systems)', () => {
		expect(systemKw('gb200', 72)).toBeLessThan(140);
	});
});

describe('clusters and campuses', () => {
	it('puts 100,000 H100 near the 150 MW of critical IT SemiAnalysis reports (within 10%)', () => {
		// SemiAnalysis, "100,000 H100 Clusters: Power, Network Topology…": about 150 MW of critical IT.
		// The engine's first-order figure is 7% lower: it does not count storage and front-end
		// networks at SemiAnalysis's share.
		within(run('power', { accelerator: 'h100-sxm', count: '100000' })['it_mw']!, 150, 0.1);
	});

	it('puts a 400,000-450,000 GB200 campus inside the 0.9-1.2 GW reported for Stargate Abilene', () => {
		// Reports: about 900 MW when finished (Techstrong) and 1.2 GW of campus capacity (Crusoe).
		for (const count of ['400000', '450000']) {
			const mw = run('power', { accelerator: 'gb200', count })['facility_mw']!;
			expect(mw).toBeGreaterThanOrEqual(900 * 0.9);
			expect(mw).toBeLessThanOrEqual(1200 * 1.1);
		}
	});
});

describe('Llama 3 405B on 16,384 H100', () => {
	it('reproduces the model card’s 30.84M H100-hours within 10%', () => {
		// Llama 3.1 model card: 30.84M GPU-hours for 405B. The MFU defaults are that run's
		// (405e9 parameters, 15.6e12 tokens, 16,384 H100, MFU 0.40, goodput 0.90).
		within(run('mfu', {})['gpu_hours_general']!, 30.84e6, 0.1);
	});

	it('reproduces Epoch AI’s estimate of about 27 MW for the 16,384-H100 run within 10%', () => {
		// Epoch AI's frontier training power data, via summaries (domain-facts §2): the Llama 3.1 405B
		// cluster drew about 27 MW at the facility.
		within(run('power', { accelerator: 'h100-sxm', count: '16384' })['facility_mw']!, 27, 0.1);
	});

	it('reproduces 419 interruptions in 54 days (7.76 a day) within 5%', () => {
		// "The Llama 3 Herd of Models" (Meta, 2024), section 3.3.4.
		within(run('reliability', { count: '16384' })['interruptions_per_day']!, 419 / 54, 0.05);
	});

	it('falls short of the more than 90% effective training time Meta reports at the defaults, and reaches it with faster checkpoints and restarts', () => {
		// Not reproduced at the defaults: their checkpoint (60 s) and restart (600 s) times are
		// illustrative and give about 0.84. Meta reports more than 90% effective training time but no
		// per-event times; 10 s checkpoints and 120 s restarts (illustrative too) are enough to reach it.
		expect(run('reliability', { count: '16384' })['goodput']).toBeLessThan(0.9);
		expect(run('reliability', { count: '16384', checkpoint_s: '10', restart_s: '120' })['goodput']).toBeGreaterThan(0.9);
	});
});

describe('inference', () => {
	it('puts a request within a factor of two of the 0.24 Wh Google measured for a median Gemini text prompt', () => {
		// Google, "Measuring the environmental impact of delivering AI at Google scale" (August 2025).
		// Not a reproduction: Gemini's size and hardware are not published, while the defaults serve a
		// 70B model on H100s; the case holds the defaults to the right order of magnitude.
		const wh = run('inference', {})['wh_per_request']!;
		expect(wh).toBeGreaterThan(0.24 / 2);
		expect(wh).toBeLessThan(0.24 * 2);
	});
});
