/**
 * Search: Pagefind's index and WebAssembly run under the strict CSP on /search/, only there.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { watchPage } from './helpers/site';

test('a search for "cooling" returns chapters, under the CSP, with no errors', async ({ page }) => {
	const watch = await watchPage(page);
	const pagefind: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/pagefind/')) pagefind.push(new URL(r.url()).pathname);
	});
	await page.goto('/search/');
	const input = page.getByLabel('Search the report');
	await input.fill('cooling');
	await input.press('Enter');
	const results = page.locator('[data-search-results] li');
	await expect(results.first()).toBeVisible();
	expect(await results.count()).toBeGreaterThan(0);
	await expect(page.locator('[data-search-status]')).toContainText(/\d+ pages? match/);
	const hrefs = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	// Chapters, and the other pages search covers (calculators, methodology, campuses, data).
	for (const href of hrefs) expect(href).toMatch(/^\/[a-z0-9/#?=&-]*$/);
	expect(hrefs.some((href) => /^\/report\/[a-z0-9-]+\/$/.test(href ?? ''))).toBe(true);
	await expect(results.locator('mark').first()).toBeVisible();
	expect(page.url()).toContain('?q=cooling');
	expect(pagefind.some((p) => p.endsWith('.wasm') || p.includes('wasm'))).toBe(true);

	// The results state is accessible too, in both color schemes.
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			violations.map((v) => `[${colorScheme}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
		).toEqual([]);
	}

	// A result opens its chapter.
	await results.locator('a').first().click();
	await expect(page).toHaveURL(/\/report\/[a-z0-9-]+\/$/);

	expect(await watch.cspViolations()).toEqual([]);
	expect(watch.pageErrors).toEqual([]);
	expect(watch.consoleErrors).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
});

test('without Web Workers, Pagefind runs its WebAssembly on the page, allowed by the CSP', async ({ page }) => {
	// Pagefind searches in a worker when it can; the worker is not governed by the page's <meta>
	// CSP. Its fallback runs the WebAssembly on the page itself, which needs 'wasm-unsafe-eval'.
	await page.addInitScript(() => {
		delete (window as unknown as { Worker?: unknown }).Worker;
	});
	const watch = await watchPage(page);
	await page.goto('/search/?q=cooling');
	await expect(page.locator('[data-search-results] li').first()).toBeVisible();
	expect(await page.evaluate(() => typeof (window as unknown as { Worker?: unknown }).Worker)).toBe('undefined');
	expect(await watch.cspViolations()).toEqual([]);
	expect(watch.pageErrors).toEqual([]);
	expect(watch.consoleErrors).toEqual([]);
});

test('a deep link ?q= searches on load; markup in the query stays text', async ({ page }) => {
	const watch = await watchPage(page);
	await page.goto('/search/?q=grid');
	await expect(page.locator('[data-search-results] li').first()).toBeVisible();
	await expect(page.getByLabel('Search the report')).toHaveValue('grid');

	const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
	await page.goto(`/search/?q=${encodeURIComponent(payload)}`);
	await expect(page.locator('[data-search-status]')).not.toHaveText(/Searching/);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
	expect(watch.pageErrors).toEqual([]);
	expect(await watch.cspViolations()).toEqual([]);
});

test('no other page loads the search code or index', async ({ page }) => {
	const pagefind: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/pagefind/')) pagefind.push(r.url());
	});
	for (const path of ['/', '/report/', '/report/energy-constraint/'])
		await page.goto(path, { waitUntil: 'networkidle' });
	expect(pagefind).toEqual([]);
});

test('search covers the timeline event by event, and the methodology', async ({ page }) => {
	const watch = await watchPage(page);
	// A timeline event: its section link opens the timeline at the event, opened.
	await page.goto(`/search/?q=${encodeURIComponent('FERC order')}`);
	const results = page.locator('[data-search-results] > li');
	await expect(results.first()).toBeVisible();
	const timeline = results.filter({ has: page.locator('> a[href="/timeline/"]') });
	await expect(timeline).toHaveCount(1);
	const eventLink = timeline.locator('.sections a').first();
	await expect(eventLink).toHaveAttribute('href', /^\/timeline\/#\d{4}(-\d{2}){0,2}-[a-z0-9-]+-title$/);
	await expect(eventLink).toContainText(/FERC/);
	// Snippets are reader text: no navigation labels, no editors' notes.
	const snippets = (await results.locator('.excerpt').allTextContents()).join(' ');
	expect(snippets).not.toMatch(/Filter by theme|Jump to year|shared\/reference|editorNote/);
	await eventLink.click();
	await expect(page).toHaveURL(/\/timeline\/#.+-title$/);
	const opened = page.locator('details.event[open]');
	await expect(opened).toHaveCount(1);
	await expect(opened.locator('.event-title')).toBeInViewport();

	// A methodology default: the Monte Carlo sample count is written out on the methodology page.
	await page.goto(`/search/?q=${encodeURIComponent('random scenarios')}`);
	await expect(results.first()).toBeVisible();
	await expect(results.locator('> a[href="/methodology/"]')).toHaveCount(1);
	await page.goto(`/search/?q=${encodeURIComponent('power usage effectiveness')}`);
	await expect(results.locator('> a[href="/methodology/"]')).toHaveCount(1);
	// Calculators and the bibliography are indexed too.
	await page.goto(`/search/?q=${encodeURIComponent('reliability calculator')}`);
	await expect(results.locator('> a[href^="/calculators/"]').first()).toBeVisible();
	expect(watch.pageErrors).toEqual([]);
	expect(await watch.cspViolations()).toEqual([]);
});

test('a chapter is indexed to its last paragraph', async ({ page }) => {
	// The closing words of a chapter (just above its references) are findable: the body is indexed in full.
	await page.goto('/report/security-by-design/');
	const last = await page
		.locator('.chapter .body > p')
		.last()
		.evaluate((p) => (p.textContent ?? '').trim().split(/\s+/).slice(-6, -1).join(' '));
	await page.goto(`/search/?q=${encodeURIComponent(last)}`);
	await expect(page.locator('[data-search-results] > li > a[href="/report/security-by-design/"]')).toBeVisible();
	// Pagefind counts (nearly) every word of the chapter body, not only its opening.
	// Visible words of the chapter body (what a reader reads; closed disclosures and drawings aside).
	await page.goto('/report/security-by-design/');
	const bodyWords = await page
		.locator('[data-pagefind-body]')
		.evaluate((el) => (el as HTMLElement).innerText.split(/\s+/).filter(Boolean).length);
	await page.goto('/search/');
	const indexed = await page.evaluate(async () => {
		const pagefind = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href)) as {
			search(t: string): Promise<{ results: { data(): Promise<{ url: string; word_count: number }> }[] }>;
		};
		const found = await pagefind.search('security');
		for (const r of found.results) {
			const d = await r.data();
			if (d.url === '/report/security-by-design/') return d.word_count;
		}
		return 0;
	});
	expect(bodyWords).toBeGreaterThan(1000);
	expect(indexed).toBeGreaterThan(bodyWords * 0.9);
});
