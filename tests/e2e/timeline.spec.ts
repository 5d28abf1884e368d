/**
 * The timeline as a reader scans it: an overview on a time axis that needs no JavaScript, events
 * collapsed to one line until opened, a page short enough to scroll, and filters that work with
 * and without JavaScript.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, VIEWPORTS } from './helpers/axe';
import { ROOT, watchPage } from './helpers/site';

const EVENT_FILES = readdirSync(join(ROOT, 'content/timeline')).filter((f) => f.endsWith('.yaml'));

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the overview, the collapsed list and the theme filters work', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/timeline/');
		// The overview is an image with a text alternative, and its data is a table.
		const overview = page.getByRole('img', { name: /policy events from \d{4} to \d{4}/ });
		await expect(overview).toBeVisible();
		expect(await overview.locator('circle').count()).toBeGreaterThanOrEqual(EVENT_FILES.length);
		const table = page.locator('details.data-table table');
		await expect(table.locator('tbody tr')).toHaveCount(8);
		// Every event is in the list, closed, one short line each.
		const events = page.locator('details.event');
		await expect(events).toHaveCount(EVENT_FILES.length);
		expect(await page.locator('details.event[open]').count()).toBe(0);
		const heights = await page
			.locator('details.event > summary')
			.evaluateAll((s) => s.map((e) => e.getBoundingClientRect().height));
		// A line of title (the longest titles wrap to three) and never the body.
		const sorted = [...heights].sort((a, b) => a - b);
		expect(sorted[Math.floor(sorted.length / 2)]!).toBeLessThan(60);
		expect(sorted.at(-1)!).toBeLessThan(100);
		// The page is a scan, not a wall: at most about 20,000 px on a desktop.
		expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(20_000);
		// An event opens with a click.
		await events.first().locator('summary').click();
		await expect(events.first().locator('.event-facts')).toBeVisible();
		// The word filter needs JavaScript, so it is not shown; theme chips are links to static pages.
		await expect(page.locator('[data-timeline-tools]')).toBeHidden();
		await page
			.getByRole('navigation', { name: 'Filter by theme' })
			.getByRole('link', { name: /Chips and exports/ })
			.click();
		await expect(page).toHaveURL(/\/timeline\/theme\/chips-export\/$/);
		const shown = await page.locator('details.event').count();
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(EVENT_FILES.length);
		expect(await page.locator('details.event:not([data-themes~="chips-export"])').count()).toBe(0);
		await expect(page.getByRole('img', { name: /policy events/ })).toBeVisible();
	});
});

test('the coverage note states where the timeline ends', async ({ page }) => {
	await page.goto('/timeline/');
	const last = [...EVENT_FILES].sort().at(-1)!;
	const lastDate = await page.locator(`details.event`).last().locator('time').first().textContent();
	expect(last).toBeTruthy();
	const coverage = page.locator('#coverage');
	await expect(coverage).toContainText(`It runs to ${lastDate}`);
	await expect(coverage).not.toContainText('It stops at about July 2026');
	// EO 14365 (the national AI framework order) is on the timeline now, so it is not "recalled but not checked".
	await expect(coverage).not.toContainText('national AI framework');
});

for (const viewport of VIEWPORTS) {
	test(`filtering by a word, a linked event opening, axe at ${viewport.width}px`, async ({ page }) => {
		const watch = await watchPage(page);
		await page.setViewportSize(viewport);
		await page.goto('/timeline/#2025-12-11-eo-14365');
		const linked = page.locator('details[id="2025-12-11-eo-14365"]');
		await expect(linked).toHaveAttribute('open', '');
		await expect(linked.locator('summary')).toBeInViewport();
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		if (viewport.width === 1280) expect(height).toBeLessThanOrEqual(20_000);
		await expect(page.getByRole('img', { name: /policy events from/ })).toBeVisible();

		const filter = page.getByLabel('Filter events by a word');
		await filter.fill('FERC');
		const visible = page.locator('details.event:visible');
		const n = await visible.count();
		expect(n).toBeGreaterThan(0);
		expect(n).toBeLessThan(EVENT_FILES.length);
		for (const text of await visible.allTextContents()) expect(text).toMatch(/FERC/i);
		await expect(page.locator('[data-timeline-status]')).toHaveText(`${n} of ${EVENT_FILES.length} events match.`);
		await filter.fill('');
		await expect(page.locator('details.event:visible')).toHaveCount(EVENT_FILES.length);
		await expectNoAxeViolations(page);
		expect(watch.pageErrors).toEqual([]);
		expect(await watch.cspViolations()).toEqual([]);
	});
}

test('printing the timeline opens every event, and closes them again after', async ({ page }) => {
	await page.goto('/timeline/');
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(page.locator('details.event:not([open])')).toHaveCount(0);
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await expect(page.locator('details.event[open]')).toHaveCount(0);
});
