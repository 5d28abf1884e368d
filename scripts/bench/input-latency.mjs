/**
 * Input latency of the calculators, in Chromium, for three states of each calculator:
 *   - default: the registry defaults (no ranges);
 *   - ranged: every input with a sourced range set to it ("Use plausible ranges for all inputs"),
 *     so each edit runs a 10,000-sample Monte Carlo (in the island's worker);
 *   - A/B: a scenario pinned as A and B edited, so every result and chart shows both.
 * Each sample types a new value (never one seen before: no cached result) into one field and
 * measures, inside the page with performance.now():
 *   - update: from the `input` event to the island's performance mark `aifg:calc-updated`, set
 *     after the results are in the DOM and every chart has been redrawn (for ranged scenarios,
 *     after the worker's result has arrived and been drawn);
 *   - blocked (p95): the longest stretch the main thread was busy during the update (the longest
 *     gap in a heartbeat of back-to-back tasks), i.e. how long a next keystroke could wait;
 *     measured on a second pass of as many edits, since the heartbeat competes for the CPU;
 *   - frame (p50/p95): from the `input` event to the start of the next animation frame after that
 *     mark, i.e. the frame that paints the update. The event is dispatched from an ordinary task,
 *     0-14 ms after a frame starts (spread over the samples), as a reader's keystrokes arrive; not
 *     from inside a frame callback, which would add a whole frame to every sample.
 * Not a test: it reports numbers for the bench runner (scripts/bench/run.mjs).
 *
 *   import { measureInputLatency } from './input-latency.mjs';
 *   const result = await measureInputLatency({ baseURL: 'http://127.0.0.1:4321', chromePath: '/usr/bin/chromium' });
 *   // → { power: { p50, p95, updateP50, updateP95, blockedP95, mean, max, samples, field }, 'power ranged': {…}, 'power A/B': {…}, … } in ms
 *
 * Standalone: `node scripts/bench/input-latency.mjs [baseURL]` prints the same as JSON.
 */
import { pathToFileURL } from 'node:url';

import { chromium } from '@playwright/test';

/** The field each calculator's bench types into: a starting value and a step per sample. */
export const LATENCY_FIELDS = {
	power: { param: 'count', start: 100000, step: 250 },
	cooling: { param: 'rack_kw', start: 40, step: 0.5 },
	growth: { param: 'growth_per_year', start: 4.5, step: 0.005 },
	mfu: { param: 'count', start: 16384, step: 64 },
	reliability: { param: 'count', start: 16384, step: 64 },
	inference: { param: 'users', start: 1000000, step: 1000 },
};

/** The states measured; `setup` runs in the page before timing starts. */
export const LATENCY_MODES = ['default', 'ranged', 'A/B'];

/** Nearest-rank percentile of sorted numbers. */
export function percentile(sorted, p) {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (ms) => Math.round(ms * 100) / 100;

/**
 * @param {{ baseURL: string, chromePath?: string, samples?: number, warmup?: number, calculators?: string[], modes?: (string | { name: string, search: Record<string, string> })[] }} options
 * @returns {Promise<Record<string, { p50: number, p95: number, updateP50: number, updateP95: number, blockedP95: number, mean: number, max: number, samples: number, field: string }>>}
 */
export async function measureInputLatency({
	baseURL,
	chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium',
	samples = 60,
	warmup = 5,
	calculators = Object.keys(LATENCY_FIELDS),
	modes = LATENCY_MODES,
}) {
	if (!baseURL) throw new Error('measureInputLatency: baseURL is required (e.g. http://127.0.0.1:4321)');
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
			for (const m of modes) {
				// A mode is a name above, or { name, search }: a query string to open the page with.
				const mode = typeof m === 'string' ? m : m.name;
				const search = typeof m === 'string' ? '' : (m.search?.[id] ?? '');
				await page.goto(`${baseURL.replace(/\/$/, '')}/calculators/${id}/${search}`);
				const ready = page.locator('[data-calculator][data-ready="true"][data-charts="ready"]');
				await ready.waitFor({ timeout: 30_000 });
				if (mode === 'ranged') {
					// The button sits under "More assumptions".
					await page.locator('[data-more-assumptions] > summary').click();
					await page.getByRole('button', { name: 'Use plausible ranges' }).click();
				}
				if (mode === 'A/B') await page.getByRole('button', { name: 'Pin as A' }).click();
				await ready.waitFor({ timeout: 30_000 });
				const typing = (probe, offset) =>
					page.evaluate(
						async ({ param, start, step, count, probe, offset }) => {
							const input = document.querySelector(`[data-calculator] input[name="${param}"]`);
							if (!input) throw new Error(`no field ${param}`);
							const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
							const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
							const task = () => new Promise((resolve) => setTimeout(resolve, 0));
							// Sees the island's mark the moment it is set (an observer would be told later).
							let onMark = null;
							const mark = performance.mark.bind(performance);
							performance.mark = (name, ...rest) => {
								const entry = mark(name, ...rest);
								if (name === 'aifg:calc-updated' && onMark) onMark(performance.now());
								return entry;
							};
							const out = [];
							for (let i = 0; i < count; i++) {
								await frame();
								await task();
								// Keystrokes land anywhere in a frame: spread the samples over it (0-14 ms after its start).
								await new Promise((resolve) => setTimeout(resolve, (i * 7) % 15));
								const updated = new Promise((resolve) => (onMark = resolve));
								// A heartbeat of back-to-back tasks: the longest gap between two beats is the
								// longest the main thread was busy (a reader's next keystroke would wait as long).
								// Run on a second pass only: it competes for the CPU and would slow the update.
								const channel = new MessageChannel();
								let beat = performance.now();
								let blocked = 0;
								let beating = probe;
								channel.port1.onmessage = () => {
									const now = performance.now();
									blocked = Math.max(blocked, now - beat);
									beat = now;
									if (beating) channel.port2.postMessage(0);
								};
								if (probe) channel.port2.postMessage(0);
								const t0 = performance.now();
								beat = t0;
								setValue.call(input, String(Number((start + (offset + i + 1) * step).toPrecision(12))));
								input.dispatchEvent(new Event('input', { bubbles: true }));
								const t1 = await updated;
								onMark = null;
								const t2 = await frame();
								beating = false;
								channel.port1.close();
								out.push([t1 - t0, t2 - t0, blocked]);
							}
							performance.mark = mark;
							return out;
						},
						{ param: spec.param, start: spec.start, step: spec.step, count: samples + warmup, probe, offset },
					);
				const kept = (await typing(false, 0)).slice(warmup);
				const update = kept.map((t) => t[0]).sort((a, b) => a - b);
				const frames = kept.map((t) => t[1]).sort((a, b) => a - b);
				const blocked = (await typing(true, samples + warmup))
					.slice(warmup)
					.map((t) => t[2])
					.sort((a, b) => a - b);
				results[mode === 'default' ? id : `${id} ${mode}`] = {
					p50: round(percentile(frames, 50)),
					p95: round(percentile(frames, 95)),
					updateP50: round(percentile(update, 50)),
					updateP95: round(percentile(update, 95)),
					blockedP95: round(percentile(blocked, 95)),
					mean: round(frames.reduce((s, t) => s + t, 0) / frames.length),
					max: round(frames[frames.length - 1]),
					samples: frames.length,
					field: spec.param,
				};
			}
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
