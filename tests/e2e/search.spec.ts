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
	await expect(page.locator('[data-search-status]')).toContainText(/\d+ chapters? match/);
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
