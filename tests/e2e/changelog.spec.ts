/**
 * The changelog and chapter review dates read without JavaScript: /changelog/ lists dated entries
 * with their affected pages, /changelog/rss.xml carries the same entries, the footer links to it,
 * and every chapter page says when it was last reviewed, on screen and in print.
 */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('the changelog lists dated entries, newest first, each with the pages it affects', async ({ page }) => {
	await page.goto('/changelog/');
	await expect(page.getByRole('heading', { level: 1, name: 'Changelog' })).toBeVisible();
	const entries = page.locator('li.change');
	expect(await entries.count()).toBeGreaterThanOrEqual(2);
	const dates = await entries.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
	expect(dates).toEqual([...dates].sort().reverse());
	await expect(page.locator('[id="2026-11-27-first-publication"]')).toHaveCount(1);
	for (const entry of await entries.all())
		await expect(entry.locator('.pages a').first()).toHaveAttribute('href', /^\//);
	await expect(page.locator('link[rel="alternate"][href="/changelog/rss.xml"]')).toHaveCount(1);
});

test('the changelog feed links each item to its entry on the page', async ({ request }) => {
	const xml = await (await request.get('/changelog/rss.xml')).text();
	const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
	expect(links.length).toBeGreaterThanOrEqual(2);
	for (const link of links) expect(link).toMatch(/\/changelog\/#\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
});

test('the footer links to the changelog', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('footer a[href="/changelog/"]')).toHaveCount(1);
});

test('a chapter page shows its review date on screen and in print', async ({ page }) => {
	await page.goto('/report/energy-constraint/');
	const meta = page.locator('header .meta');
	await expect(meta).toContainText('Last reviewed');
	await expect(meta.locator('time').last()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	await page.emulateMedia({ media: 'print' });
	await expect(meta).toBeVisible();
	await expect(meta).toContainText('Last reviewed');
});
