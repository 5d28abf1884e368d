/**
 * Input latency of the calculators: time from an `input` event on a field to the island having
 * recomputed the results and redrawn every chart (the island sets the performance mark
 * `aifg:calc-updated` after Chart.js has updated), plus the next animation frame, measured inside
 * the page with performance.now(). Not a test: it reports numbers for the bench runner.
 *
 *   import { measureInputLatency } from './input-latency.mjs';
 *   const result = await measureInputLatency({ baseURL: 'http://127.0.0.1:4321', chromePath: '/usr/bin/chromium' });
 *   // → { power: { p50, p95, mean, max, samples, field }, cooling: {…}, … } in milliseconds
 *
 * Standalone: `node scripts/bench/input-latency.mjs [baseURL]` prints the same as JSON.
 */
import { pathToFileURL } from 'node:url';

import { chromium } from '@playwright/test';

/** The field each calculator's bench types into, and two values to alternate between. */
export const LATENCY_FIELDS = {
	power: { param: 'count', values: ['100000', '150000'] },
	cooling: { param: 'rack_kw', values: ['40', '90'] },
	growth: { param: 'growth_per_year', values: ['4.5', '3.8'] },
	mfu: { param: 'count', values: ['16384', '24576'] },
	reliability: { param: 'count', values: ['16384', '50000'] },
};

/** Nearest-rank percentile of sorted numbers. */
export function percentile(sorted, p) {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (ms) => Math.round(ms * 100) / 100;

/**
 * @param {{ baseURL: string, chromePath?: string, samples?: number, warmup?: number, calculators?: string[] }} options
 * @returns {Promise<Record<string, { p50: number, p95: number, mean: number, max: number, samples: number, field: string }>>}
 */
export async function measureInputLatency({
	baseURL,
	chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium',
	samples = 60,
	warmup = 5,
	calculators = Object.keys(LATENCY_FIELDS),
}) {
	if (!baseURL)
		throw new Error('measureInputLatency: baseURL is required (e.g. http://127.0.0.1:4321)');
	const browser = await chromium.launch({
		executablePath: chromePath,
		args: ['--disable-gpu', '--disable-quic'],
	});
	const results = {};
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		for (const id of calculators) {
			const spec = LATENCY_FIELDS[id];
			if (!spec) throw new Error(`measureInputLatency: unknown calculator "${id}"`);
			await page.goto(`${baseURL.replace(/\/$/, '')}/calculators/${id}/`);
			await page
				.locator('[data-calculator][data-ready="true"][data-charts="ready"]')
				.waitFor({ timeout: 30_000 });
			const times = await page.evaluate(
				async ({ param, values, count }) => {
					const input = document.querySelector(`[data-calculator] input[name="${param}"]`);
					if (!input) throw new Error(`no field ${param}`);
					const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
					const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
					const out = [];
					for (let i = 0; i < count; i++) {
						const updated = new Promise((resolve) => {
							const observer = new PerformanceObserver((list) => {
								if (list.getEntries().some((e) => e.name === 'aifg:calc-updated')) {
									observer.disconnect();
									resolve();
								}
							});
							observer.observe({ type: 'mark' });
						});
						await frame();
						const t0 = performance.now();
						setValue.call(input, values[i % values.length]);
						input.dispatchEvent(new Event('input', { bubbles: true }));
						await updated;
						await frame();
						out.push(performance.now() - t0);
					}
					return out;
				},
				{ param: spec.param, values: spec.values, count: samples + warmup },
			);
			const kept = times.slice(warmup).sort((a, b) => a - b);
			results[id] = {
				p50: round(percentile(kept, 50)),
				p95: round(percentile(kept, 95)),
				mean: round(kept.reduce((s, t) => s + t, 0) / kept.length),
				max: round(kept[kept.length - 1]),
				samples: kept.length,
				field: spec.param,
			};
		}
	} finally {
		await browser.close();
	}
	return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const baseURL = process.argv[2] ?? process.env.BASE_URL ?? 'http://127.0.0.1:4321';
	console.log(JSON.stringify(await measureInputLatency({ baseURL }), null, 2));
}
