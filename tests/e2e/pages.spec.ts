/**
 * Walks EVERY page of the build (dist/**.html after `npm run build`) in Chromium and checks, for
 * each: axe-core WCAG 2.2 A/AA in light and dark color schemes, no console or uncaught errors
 * (CSP violations included), no request to another origin, no horizontal scroll at 320 px, every
 * control reachable by Tab with a visible focus indicator. A static pass checks every page's CSP.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { keyboardWalk } from './helpers/keyboard';
import { DIST, builtPages, hydrateAll, parseCsp, readBuilt, settle, watchPage } from './helpers/site';

const PAGES = builtPages();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe.configure({ mode: 'default' });

test('the build has pages to walk', () => {
	expect(PAGES.length, 'run `npm run build` first').toBeGreaterThan(0);
	expect(PAGES.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/404.html', '/search/', '/report/']));
});

test.describe('Content Security Policy in every built page', () => {
	for (const p of PAGES) {
		test(`CSP ${p.path}`, () => {
			const html = readBuilt(p);
			const problems: string[] = [];
			const metas = [...html.matchAll(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/gi)];
			expect(metas, 'exactly one CSP <meta>').toHaveLength(1);
			const metaAt = metas[0]!.index;
			const policy = parseCsp(metas[0]![1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
			const script = policy.get('script-src') ?? [];
			const style = policy.get('style-src') ?? [];
			if (!script.length) problems.push('no script-src');
			if (!style.length) problems.push('no style-src');
			for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:', 'blob:']) {
				if (script.includes(bad)) problems.push(`script-src allows ${bad}`);
			}
			if (style.includes("'unsafe-inline'")) problems.push("style-src allows 'unsafe-inline'");
			if (!script.some((s) => s.startsWith("'sha256-"))) problems.push('script-src has no hashes');
			if (!style.some((s) => s.startsWith("'sha256-"))) problems.push('style-src has no hashes');
			if (script.includes("'wasm-unsafe-eval'") && p.path !== '/search/')
				problems.push("'wasm-unsafe-eval' outside the search page");
			expect.soft(policy.get('default-src'), 'default-src').toEqual(["'self'"]);
			expect.soft(policy.get('object-src'), 'object-src').toEqual(["'none'"]);
			expect.soft(policy.get('base-uri'), 'base-uri').toEqual(["'self'"]);

			// Every inline script and style is allowed by hash; nothing executable precedes the policy.
			const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
			for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
				const attrs = m[1]!;
				if (m.index < metaAt) problems.push('a <script> comes before the CSP <meta>');
				if (/\bsrc=/.test(attrs)) continue;
				if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
				if (!script.includes(hash(m[2]!))) problems.push(`inline script not hashed: ${m[2]!.slice(0, 60)}`);
			}
			for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
				if (m.index < metaAt) problems.push('a <style> comes before the CSP <meta>');
				if (!style.includes(hash(m[1]!))) problems.push(`inline style not hashed: ${m[1]!.slice(0, 60)}`);
			}
			for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/gi))
				if (m.index < metaAt) problems.push('a stylesheet comes before the CSP <meta>');
			// Inline handlers and style attributes would be blocked (and mean the page relies on them).
			const handler = html.match(/<[a-z][^>]*\son[a-z]+\s*=/i);
			if (handler) problems.push(`inline event handler: ${handler[0].slice(0, 80)}`);
			const styleAttr = html.match(/<[a-z][^>]*\sstyle\s*=\s*"[^"]+"/i);
			if (styleAttr) problems.push(`style attribute (blocked by style-src): ${styleAttr[0].slice(0, 80)}`);
			expect(problems).toEqual([]);
		});
	}
});

test.describe('every built page in Chromium', () => {
	// Each page is scanned by axe twice (light and dark) and checked for reflow and focus: the longest
	// pages (the bibliography, the timeline) need more than the default minute on a loaded 2-core machine.
	test.describe.configure({ timeout: 180_000 });
	for (const p of PAGES) {
		test(`page ${p.path}`, async ({ page }) => {
			// The bibliography is the longest page and grows with every source: two axe runs and a Tab
			// walk through each of its links take most of the default minute on a busy machine.
			test.slow(p.path === '/sources/');
			const watch = await watchPage(page);
			await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
			await page.setViewportSize({ width: 1280, height: 800 });
			const response = await page.goto(p.path, { waitUntil: 'load' });
			expect(response?.status(), 'HTTP status').toBeLessThan(400);
			await page.evaluate(() => document.fonts.ready);
			await hydrateAll(page);

			// Accessibility, light then dark (one axe run per theme).
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await settle(page);
				const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
				const summary = violations.map(
					(v) =>
						`[${scheme}] ${v.id} (${v.impact}): ${v.help} → ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 6)
							.join(' | ')}`,
				);
				expect.soft(summary, `axe violations in ${scheme} mode`).toEqual([]);
			}
			await page.emulateMedia({ colorScheme: 'light' });

			// Keyboard: every control reachable by Tab, each with a visible focus indicator.
			const kb = await keyboardWalk(page);
			expect.soft(kb.unreached, `controls Tab never reached (of ${kb.candidates})`).toEqual([]);
			expect.soft(kb.noIndicator, 'focused without a visible :focus-visible indicator').toEqual([]);

			// Reflow: no horizontal scrolling at 320 CSS px (WCAG 1.4.10).
			await page.setViewportSize({ width: 320, height: 640 });
			await settle(page);
			const overflow = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				if (document.documentElement.scrollWidth <= width) return [];
				const scrolls = (el: Element | null): boolean => {
					for (let e = el?.parentElement; e; e = e.parentElement) {
						const o = getComputedStyle(e).overflowX;
						if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
					}
					return false;
				};
				const wide = [...document.body.querySelectorAll('*')].filter(
					(el) => el.getBoundingClientRect().right > width + 0.5 && !scrolls(el),
				);
				return [
					`scrollWidth ${document.documentElement.scrollWidth} > ${width}`,
					...wide
						.slice(0, 8)
						.map(
							(el) =>
								`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> right=${Math.round(el.getBoundingClientRect().right)}`,
						),
				];
			});
			expect.soft(overflow, 'horizontal overflow at 320 px').toEqual([]);

			// Errors and privacy, over the whole visit.
			expect.soft(await watch.cspViolations(), 'CSP violations').toEqual([]);
			expect.soft(watch.pageErrors, 'uncaught page errors').toEqual([]);
			expect.soft(watch.consoleErrors, 'console errors').toEqual([]);
			expect.soft(watch.foreignRequests, 'requests to other origins').toEqual([]);
		});
	}
});

test('a theme the reader picked applies before the page content is parsed (no flash)', async ({ page }) => {
	await page.addInitScript(() => {
		localStorage.setItem('theme', 'dark');
		const w = window as unknown as { __themeAtMain?: string | null };
		new MutationObserver((_, obs) => {
			if (document.querySelector('main')) {
				w.__themeAtMain = document.documentElement.getAttribute('data-theme');
				obs.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/report/');
	expect(await page.evaluate(() => (window as unknown as { __themeAtMain?: string | null }).__themeAtMain)).toBe(
		'dark',
	);
	const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(bg).toBe('rgb(21, 23, 27)');
	// The toggle cycles dark → system and forgets the choice.
	await page.locator('[data-theme-toggle]').click();
	expect(
		await page.evaluate(() => [document.documentElement.dataset['theme'] ?? 'system', localStorage.getItem('theme')]),
	).toEqual(['system', null]);
});

test('an unknown address gets the 404 page with status 404', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('content reads and no control that needs a script is shown', async ({ page }) => {
		await page.goto('/report/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('[data-theme-toggle]')).toBeHidden();
		await page.goto('/search/');
		await expect(page.locator('noscript')).toHaveCount(1);
	});
});

test('site plumbing: RSS lists every chapter in report order, robots.txt, share card', async ({ page }) => {
	const chapters = PAGES.map((p) => p.path).filter((p) => /^\/report\/[^/]+\/$/.test(p));
	const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
	const links = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
	expect([...links].sort()).toEqual([...chapters].sort());
	// Same order as the report's table of contents.
	await page.goto('/report/');
	const toc = await page.locator('main a[href^="/report/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(links).toEqual(toc.filter((h) => h && chapters.includes(h)));

	const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
	expect(robots).toMatch(/^User-agent: \*$/m);
	expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);

	const png = readFileSync(join(DIST, 'og/default.png'));
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	const og = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(og).toMatch(/\/og\/default\.png$/);
});
