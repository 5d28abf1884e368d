#!/usr/bin/env node
/**
 * `npm run bench`: builds the site, serves it with `astro preview`, and prints ONE table:
 *   - every built page: gzip JavaScript on first view and on scroll, CSS and HTML (bytes from
 *     dist/, which files from Chromium; see tests/budgets/weigh.mjs), against its budget;
 *   - Lighthouse 13 (performance, accessibility, best practices, SEO) for the home page, one
 *     chapter and one calculator;
 *   - the full build time (astro build + pagefind);
 *   - engine evaluations (./engine.mjs, benchEngine());
 *   - input-to-frame latency p50/p95 (./input-latency.mjs, measureInputLatency()), if present.
 * Times are reported, never judged: only bytes have budgets (tests/budgets).
 *
 * Flags: --no-build (weigh the existing dist/), --no-lighthouse, --json (machine-readable rows).
 * Env: CHROME_PATH (default /usr/bin/chromium), BENCH_PORT (default 4329).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { chromium } from '@playwright/test';

import { BUDGETS, listPages, measurePage } from '../../tests/budgets/weigh.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE_PAGES = ['/', '/report/energy-constraint/', '/calculators/power/'];
const log = (...m) => console.error('bench:', ...m);

/** Runs a command to completion; resolves with its duration in ms. */
function run(cmd, argv) {
	return new Promise((resolve, reject) => {
		const t0 = performance.now();
		const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0 ? resolve(performance.now() - t0) : reject(new Error(`${cmd} ${argv.join(' ')} exited with ${code}`)),
		);
	});
}

/** Starts `astro preview` and resolves with its origin once it serves (it may pick another port). */
function startPreview(port) {
	return new Promise((resolve, reject) => {
		const child = spawn(
			join(root, 'node_modules/.bin/astro'),
			['preview', '--host', '127.0.0.1', '--port', String(port)],
			{ cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
		);
		let out = '';
		const timer = setTimeout(() => reject(new Error(`astro preview did not start:\n${out}`)), 60_000);
		const onData = (d) => {
			out += d.toString();
			const m = out.replace(/\u001b\[[0-9;]*m/g, '').match(/http:\/\/127\.0\.0\.1:(\d+)/);
			if (m) {
				clearTimeout(timer);
				resolve({
					origin: `http://127.0.0.1:${m[1]}`,
					stop: () => {
						try {
							process.kill(-child.pid, 'SIGTERM');
						} catch {
							/* already gone */
						}
					},
				});
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('exit', (code) => reject(new Error(`astro preview exited (${code}):\n${out}`)));
	});
}

async function lighthouseScores(origin) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
	});
	const out = new Map();
	try {
		for (const path of LIGHTHOUSE_PAGES) {
			log(`lighthouse ${path}`);
			const result = await lighthouse(origin + path, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const { categories: c, audits: a } = result.lhr;
			const score = (k) => (c[k]?.score == null ? null : Math.round(c[k].score * 100));
			out.set(path, {
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				note: `LCP ${a['largest-contentful-paint']?.displayValue ?? '?'}, TBT ${a['total-blocking-time']?.displayValue ?? '?'}, CLS ${a['cumulative-layout-shift']?.displayValue ?? '?'}`.replace(
					/\u00a0/g,
					' ',
				),
			});
		}
	} finally {
		await chrome.kill();
	}
	return out;
}

async function optional(file, fn) {
	const path = join(here, file);
	if (!existsSync(path)) return { missing: `${file} not present` };
	try {
		const mod = await import(pathToFileURL(path).href);
		if (typeof mod[fn] !== 'function') return { missing: `${file} has no ${fn}()` };
		return { mod };
	} catch (error) {
		return { missing: `${file} failed to load: ${error.message}` };
	}
}

const fmtKiB = (n) => (n == null ? '' : `${(n / 1024).toFixed(1)}`);
const fmtMs = (ms) =>
	ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(2)} ms`;

/** One row of the table from whatever shape a helper module returns. */
function describeRow(r) {
	if (r == null || typeof r !== 'object') return String(r);
	const parts = [];
	for (const [k, v] of Object.entries(r)) {
		if (typeof v === 'number')
			parts.push(
				`${k} ${/ms|p\d+|time|latency|mean|max|min|median/i.test(k) ? fmtMs(v) : Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(2)}`,
			);
		else if (typeof v === 'string' && !['calculator', 'page', 'name', 'id', 'url', 'path'].includes(k))
			parts.push(`${k} ${v}`);
	}
	return parts.join(', ');
}
const rowName = (r, i) =>
	r && typeof r === 'object'
		? (r.calculator ?? r.page ?? r.name ?? r.id ?? r.url ?? r.path ?? `#${i + 1}`)
		: `#${i + 1}`;

const rows = [];
let preview;
let browser;
try {
	// 1. Full build, alone on the machine.
	let buildMs = null;
	if (!args.has('--no-build')) {
		log('building (astro build && pagefind)');
		buildMs = await run('npm', ['run', 'build', '--silent']);
	}
	const pages = listPages(dist);

	preview = await startPreview(Number(process.env.BENCH_PORT ?? 4329));
	log(`serving dist/ at ${preview.origin}`);

	// 2. Lighthouse first, while nothing else runs (scores move under load).
	const lh = args.has('--no-lighthouse') ? new Map() : await lighthouseScores(preview.origin);

	// 3. Weigh every page.
	browser = await chromium.launch({ executablePath: chromePath, args: ['--disable-gpu', '--disable-quic'] });
	log(`weighing ${pages.length} pages`);
	for (const p of pages) {
		const w = await measurePage(browser, { origin: preview.origin, dist, path: p.path });
		const budget = BUDGETS[w.kind];
		const l = lh.get(p.path);
		rows.push({
			measure: p.path,
			js: fmtKiB(w.jsFirstView),
			jsScroll: w.jsOnScroll ? fmtKiB(w.jsOnScroll) : '0.0',
			css: fmtKiB(w.css),
			html: fmtKiB(w.html),
			budget: `${w.jsFirstView <= budget ? 'ok' : 'OVER'} ≤${budget / 1024}`,
			perf: l?.performance ?? '',
			a11y: l?.accessibility ?? '',
			bp: l?.bestPractices ?? '',
			seo: l?.seo ?? '',
			note: l?.note ?? '',
		});
	}
	await browser.close();
	browser = undefined;

	rows.push({
		measure: 'build: astro build + pagefind',
		note: buildMs == null ? 'skipped (--no-build)' : fmtMs(buildMs),
	});

	// 4. Engine evaluations (Node, no browser).
	const engine = await optional('engine.mjs', 'benchEngine');
	if (engine.mod) {
		log('engine');
		const er = await engine.mod.benchEngine();
		(Array.isArray(er) ? er : [er]).forEach((r, i) =>
			rows.push({ measure: `engine: ${rowName(r, i)}`, note: describeRow(r) }),
		);
	} else rows.push({ measure: 'engine', note: `skipped: ${engine.missing}` });

	// 5. Input-to-frame latency in Chromium.
	const latency = await optional('input-latency.mjs', 'measureInputLatency');
	if (latency.mod) {
		log('input latency');
		const lr = await latency.mod.measureInputLatency({ baseURL: preview.origin, chromePath });
		const list = Array.isArray(lr)
			? lr
			: lr && typeof lr === 'object' && !('p50' in lr)
				? Object.entries(lr).map(([k, v]) => ({ name: k, ...(typeof v === 'object' ? v : { value: v }) }))
				: [lr];
		list.forEach((r, i) => rows.push({ measure: `input→frame: ${rowName(r, i)}`, note: describeRow(r) }));
	} else rows.push({ measure: 'input→frame latency', note: `skipped: ${latency.missing}` });
} finally {
	await browser?.close();
	preview?.stop();
}

if (args.has('--json')) {
	console.log(JSON.stringify(rows, null, 2));
} else {
	const cols = [
		['measure', 'page / measure'],
		['js', 'JS 1st view KiB gz'],
		['jsScroll', 'JS on scroll'],
		['css', 'CSS KiB gz'],
		['html', 'HTML KiB gz'],
		['budget', 'JS budget KiB'],
		['perf', 'LH perf'],
		['a11y', 'LH a11y'],
		['bp', 'LH best pr.'],
		['seo', 'LH SEO'],
		['note', 'time / notes'],
	];
	const cell = (r, k) => String(r[k] ?? '');
	const width = cols.map(([k, h]) => Math.max(h.length, ...rows.map((r) => cell(r, k).length)));
	const line = (vals) =>
		`| ${vals.map((v, i) => (i === 0 || i === vals.length - 1 ? v.padEnd(width[i]) : v.padStart(width[i]))).join(' | ')} |`;
	console.log(
		`Bench: Node ${process.version}, ${cpus().length} CPU, ${chromePath}; gzip -9 bytes from dist/; Lighthouse 13 default (mobile) settings`,
	);
	console.log(line(cols.map(([, h]) => h)));
	console.log(
		`|${width.map((w, i) => (i === 0 || i === width.length - 1 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
	);
	for (const r of rows) console.log(line(cols.map(([k]) => cell(r, k))));
}
