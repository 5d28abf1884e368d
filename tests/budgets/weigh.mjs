/**
 * Weighs built pages: gzip bytes of the JavaScript a first view loads, of the JavaScript that
 * waits for scrolling (client:visible islands), of the CSS and of the HTML. Shared by the budget
 * check (tests/budgets/budgets.spec.ts) and the bench (scripts/bench/run.mjs).
 *
 * Which files a page loads is observed in Chromium (so imports an island starts on hydration,
 * such as Chart.js, count); how much each weighs is the gzip -9 size of the file in dist/, so the
 * numbers are deterministic. First view: a 1280x800 window, until the network is idle, no
 * scrolling or input. On scroll: what bringing every client:visible island into view adds.
 * Code loaded on use (search index, exports) is in neither.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KiB = 1024;

/**
 * Budgets of gzip JavaScript on first view, by kind of page. A calculator page measured 86.4 KiB
 * at most (2026-12-02, the MFU calculator with its derived goodput, FP8 and memory inputs, the
 * answer-first layout and the log-log job-size chart; 83.0 KiB the day before): Chart.js alone is
 * 51 KiB of it, tree-shaken to the line, bar, category, linear and logarithmic parts the
 * calculators draw with, and it ships as one module, so a page cannot load fewer of its parts than
 * the union. The gate is that plus about 1.5 KiB; the 64 KiB target is not reached.
 */
export const BUDGETS = { prose: 10 * KiB, calculator: 88 * KiB };

/** Calculator pages and their embeds get the calculator budget; every other page is prose. */
export function budgetKind(path) {
	return /^\/(calculators|embed)\/[^/]+\/$/.test(path) ? 'calculator' : 'prose';
}

/** Every HTML page in dist/ (not Pagefind's files), as { path, file }, sorted by path. */
export function listPages(dist) {
	if (!existsSync(dist)) throw new Error(`${dist} does not exist: run \`npm run build\` first`);
	const out = [];
	const walk = (dir) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (dir === dist && (name === 'pagefind' || name === '_astro')) continue;
				walk(full);
			} else if (name.endsWith('.html')) {
				const rel = relative(dist, full).split(sep).join('/');
				const path =
					rel === 'index.html'
						? '/'
						: rel.endsWith('/index.html')
							? `/${rel.slice(0, -'index.html'.length)}`
							: `/${rel}`;
				out.push({ path, file: full });
			}
		}
	};
	walk(dist);
	return out.sort((a, b) => a.path.localeCompare(b.path));
}

export const gzipSize = (data) => gzipSync(data, { level: 9 }).length;

const sizes = new Map();
/** gzip size of a served file, from dist/. */
export function fileGzip(dist, urlPath) {
	const key = `${dist}:${urlPath}`;
	let n = sizes.get(key);
	if (n === undefined) {
		let file = join(dist, decodeURIComponent(urlPath));
		if (urlPath.endsWith('/')) file = join(file, 'index.html');
		n = existsSync(file) && statSync(file).isFile() ? gzipSize(readFileSync(file)) : 0;
		sizes.set(key, n);
	}
	return n;
}

/**
 * Loads one page in a fresh context of `browser` and weighs it.
 * @returns {Promise<{ path: string, kind: 'calculator' | 'prose', jsFirstView: number, jsOnScroll: number, css: number, html: number, htmlRaw: number, jsFiles: string[] }>}
 */
export async function measurePage(browser, { origin, dist, path }) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const scripts = new Set();
	const styles = new Set();
	let inflight = 0;
	let last = Date.now();
	const busy = () => {
		inflight++;
		last = Date.now();
	};
	const done = () => {
		inflight = Math.max(0, inflight - 1);
		last = Date.now();
	};
	page.on('request', busy);
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	page.on('response', (r) => {
		const u = new URL(r.url());
		if (u.origin !== origin) return;
		const type = r.request().resourceType();
		if (type === 'script') scripts.add(u.pathname);
		else if (type === 'stylesheet') styles.add(u.pathname);
	});
	/** Resolves once no request has been in flight for `quietMs` (or after 15 s of traffic). */
	const quiet = async (quietMs = 500) => {
		const give = Date.now() + 15_000;
		while ((inflight > 0 || Date.now() - last < quietMs) && Date.now() < give)
			await new Promise((r) => setTimeout(r, 50));
	};
	try {
		await page.goto(origin + path, { waitUntil: 'load' });
		await quiet();
		const first = new Set(scripts);
		// Bring every lazily hydrated island into view, one at a time, and wait for it to hydrate
		// (Astro removes its `ssr` attribute) and for what it imports to arrive.
		const islands = page.locator('astro-island[client="visible"]');
		const lazy = await islands.count();
		for (let i = 0; i < lazy; i++) {
			const island = islands.nth(i);
			await island.scrollIntoViewIfNeeded();
			await page
				.waitForFunction((el) => !el.hasAttribute('ssr'), await island.elementHandle(), { timeout: 10_000 })
				.catch(() => {});
			await quiet();
		}
		const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
		let css = 0;
		for (const s of styles) css += fileGzip(dist, s);
		for (const m of html.toString('utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css += gzipSize(m[1]);
		const sum = (set) => [...set].reduce((n, u) => n + fileGzip(dist, u), 0);
		return {
			path,
			kind: budgetKind(path),
			jsFirstView: sum(first),
			jsOnScroll: sum([...scripts].filter((u) => !first.has(u))),
			css,
			html: gzipSize(html),
			htmlRaw: html.length,
			jsFiles: [...first].sort(),
		};
	} finally {
		await context.close();
	}
}

/** "12.3 KiB" */
export const kib = (n) => `${(n / KiB).toFixed(1)} KiB`;
