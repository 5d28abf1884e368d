/**
 * Every chapter carries at least one figure drawn at build time: with JavaScript off it is on the
 * page, has an accessible name, and its numbers are in a table beside it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, VIEWPORTS } from './helpers/axe';
import { ROOT } from './helpers/site';

const CHAPTERS = readdirSync(join(ROOT, 'content/chapters'))
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => f.replace(/\.mdx$/, ''));

test.describe('chapter figures without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const viewport of VIEWPORTS) {
		test(`every chapter shows a figure and its data table at ${viewport.width}px`, async ({ page }) => {
			expect(CHAPTERS.length).toBeGreaterThanOrEqual(14);
			await page.setViewportSize(viewport);
			for (const slug of CHAPTERS) {
				await page.goto(`/report/${slug}/`);
				const figure = page.locator('figure[data-report-chart]').first();
				await expect(figure, slug).toBeVisible();
				// The drawing shown at this width is an image with a name that says what it shows.
				const img = figure.getByRole('img');
				await expect(img, slug).toHaveCount(1);
				await expect(img, slug).toBeVisible();
				const name = (await img.evaluate((svg) => svg.querySelector('title')?.textContent ?? '')).trim();
				expect(name.length, slug).toBeGreaterThan(40);
				expect(name, slug).not.toMatch(/NaN|undefined|Infinity/);
				// It draws something: a line, bars or dots.
				expect(await img.locator('path.line, rect.bar, circle.dot').count(), slug).toBeGreaterThan(0);
				// Its numbers, as a table a reader can open.
				const table = figure.locator('details.data-table');
				await table.locator('summary').click();
				const rows = table.locator('tbody tr');
				expect(await rows.count(), slug).toBeGreaterThan(1);
				await expect(rows.first(), slug).toBeVisible();
				expect((await table.locator('tbody').textContent()) ?? '', slug).not.toMatch(/NaN|undefined/);
				// The figure's title states a finding, in words.
				await expect(figure.locator('.report-chart-title'), slug).toHaveText(/\w+ \w+ \w+/);
			}
		});
	}
});

test('a computed figure agrees with the calculator it links to', async ({ page }) => {
	// The power figure in the AI factories chapter: at 100,000 accelerators the table's value is the one
	// the power calculator shows for the same inputs (the chapter quotes the same number in its text).
	await page.goto('/report/ai-factories/');
	const figure = page.locator('figure[data-report-chart]').first();
	const row = figure.locator('tbody tr', { has: page.locator('th', { hasText: /^100,000$/ }) });
	const value = (await row.locator('td').first().textContent())!.trim();
	await page.goto('/calculators/power/?count=100000');
	await expect(page.locator('[data-output="facility_mw"]').first()).toContainText(value);
});

for (const viewport of VIEWPORTS) {
	test(`chapter figures pass axe at ${viewport.width}px`, async ({ page }) => {
		test.slow();
		await page.setViewportSize(viewport);
		for (const slug of ['rack-density', 'policy-crossroads', 'purpose-built-vs-general-purpose']) {
			await page.goto(`/report/${slug}/`);
			await expectNoAxeViolations(page);
		}
	});
}
