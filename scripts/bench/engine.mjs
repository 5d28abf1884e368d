// Engine throughput: evaluations per second of each calculator, the time for 10,000 evaluations
// (target: <= 20 ms under Node 24 on 2 cores), and Monte Carlo time for 10,000 samples.
import { performance } from 'node:perf_hooks';

import { loadEngine, loadRegistry } from './load-engine.mjs';

function median(xs) {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

export async function benchEngine() {
	const engine = await loadEngine();
	const { assumptions, accelerators } = loadRegistry(engine);
	const rows = [];
	for (const id of engine.CALCULATOR_ORDER) {
		const calc = engine.CALCULATORS[id];
		const { defaults, defaultPreset } = engine.defaultsFor(calc, (k) => assumptions.get(k));
		const ctx = { defaults, defaultPreset, accelerators };
		const { scenario } = engine.readScenario(calc, {}, ctx);
		const values = { ...scenario.values };
		const field = calc.fields[0].param;
		const base = values[field];
		// warm up
		for (let i = 0; i < 20_000; i++) engine.evaluate(calc, values);
		const runs = [];
		for (let r = 0; r < 15; r++) {
			const t0 = performance.now();
			for (let i = 0; i < 10_000; i++) {
				values[field] = base * (1 + (i % 7) * 1e-3);
				engine.evaluate(calc, values);
			}
			runs.push(performance.now() - t0);
		}
		const ms10k = median(runs);
		const ranges = engine.defaultRanges(calc, (k) => assumptions.get(k));
		const mcScenario = { ...scenario, ranges };
		engine.simulate(calc, mcScenario, { seed: 1, samples: 2000 });
		const mcRuns = [];
		for (let r = 0; r < 5; r++) {
			const t0 = performance.now();
			engine.simulate(calc, mcScenario, { seed: r, samples: 10_000 });
			mcRuns.push(performance.now() - t0);
		}
		rows.push({
			calculator: id,
			evalsPerSecond: Math.round(10_000 / (ms10k / 1000)),
			ms10kEvals: ms10k,
			ms10kMonteCarlo: median(mcRuns),
			rangedInputs: Object.keys(ranges).length,
		});
	}
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const rows = await benchEngine();
	console.log('Engine (Node', process.version + ')');
	console.log('calculator   evals/s      10k evals (ms, target <= 20)   10k Monte Carlo samples (ms)   ranged inputs');
	for (const r of rows)
		console.log(
			`${r.calculator.padEnd(12)} ${String(r.evalsPerSecond).padStart(10)}   ${r.ms10kEvals.toFixed(2).padStart(10)}                      ${r.ms10kMonteCarlo.toFixed(2).padStart(10)}                   ${r.rangedInputs}`,
		);
}
