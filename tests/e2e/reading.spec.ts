/**
 * Smaller reading fixes: years print as years, citation markers are real targets with a preview a
 * keyboard reaches, the home page leads with sourced figures in a grid without an orphan, and the
 * theme button says what it is.
 */
import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, VIEWPORTS } from './helpers/axe';

test('the methodology prints calendar years without a thousands separator', async ({ page }) => {
	await page.goto('/methodology/');
	// Every input measured in years (the reference year, the year projected to): default and limits.
	const yearRows = page.locator('tr', { hasText: '(year)' });
	expect(await yearRows.count()).toBeGreaterThanOrEqual(2);
	for (const text of await yearRows.allTextContents()) {
		expect(text).toMatch(/20\d\d to 20\d\d, whole numbers/);
		expect(text).not.toMatch(/\b2,0\d\d\b/);
	}
	const baseYear = yearRows.filter({ has: page.locator('code', { hasText: /^base_year$/ }) });
	await expect(baseYear).toContainText('2010 to 2040');
});

for (const viewport of VIEWPORTS) {
	test(`citation markers are 24 px targets with a preview a keyboard reaches, at ${viewport.width}px`, async ({
		page,
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/report/energy-constraint/');
		const cites = page.locator('sup.cite > a');
		expect(await cites.count()).toBeGreaterThan(5);
		for (const box of await cites.evaluateAll((as) => as.slice(0, 12).map((a) => a.getBoundingClientRect()))) {
			expect(box.width).toBeGreaterThanOrEqual(24);
			expect(box.height).toBeGreaterThanOrEqual(24);
		}
		// Hover is not needed: keyboard focus shows the preview with the source's title.
		const first = cites.first();
		const preview = page.locator('sup.cite').first().locator('.cite-preview');
		await expect(preview).toBeHidden();
		await first.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(preview).toBeVisible();
		await expect(preview).toBeInViewport();
		const label = (await first.getAttribute('aria-label')) ?? '';
		expect(label).toContain((await preview.textContent())!.trim());
		// A tap (a click) opens the reference it points to, highlighted.
		await first.click();
		const target = page.locator('.references li:target');
		await expect(target).toHaveCount(1);
		await expect(target).toBeInViewport();
		await expectNoAxeViolations(page);
	});

	test(`home: sourced figures first, no orphan card, a clear theme button, at ${viewport.width}px`, async ({
		page,
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/');
		const cards = page.locator('.figures > li');
		await expect(cards).toHaveCount(5);
		// The first card is an engine figure from sourced defaults, not the vendor-claim one; that one is labelled.
		await expect(cards.first()).not.toHaveClass(/fig-claim/);
		await expect(cards.first().locator('.tag-unverified')).toHaveCount(0);
		await expect(page.locator('.fig-claim .tag-unverified')).toContainText('vendor-claim');
		// Every row of cards fills the width: no card sits alone beside empty columns.
		const boxes = await cards.evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect()));
		const grid = await page.locator('.figures').evaluate((ul) => ul.getBoundingClientRect());
		const rows = new Map<number, { left: number; right: number }[]>();
		for (const b of boxes) rows.set(Math.round(b.top), [...(rows.get(Math.round(b.top)) ?? []), b]);
		for (const row of rows.values()) {
			expect(Math.min(...row.map((b) => b.left))).toBeCloseTo(grid.left, 0);
			expect(Math.max(...row.map((b) => b.right))).toBeCloseTo(grid.right, 0);
		}
		if (viewport.width === 1280) expect([...rows.values()].map((r) => r.length)).toEqual([3, 2]);
		// The theme button says what it is and what it is set to.
		const toggle = page.locator('[data-theme-toggle]');
		await expect(toggle).toHaveText('Theme: system');
		await expect(toggle).toHaveAccessibleName('Theme: system (change)');
		await toggle.click();
		await expect(toggle).toHaveText('Theme: light');
		await toggle.click();
		await expect(toggle).toHaveText('Theme: dark');
		await toggle.click();
		await expectNoAxeViolations(page);
	});
}

test('a chapter carries a "Cite this" block with its title, the site, its address and its review date', async ({
	page,
}) => {
	await page.goto('/report/energy-constraint/');
	const reviewed = await page.locator('.meta time').last().getAttribute('datetime');
	const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
	const cite = page.locator('details.cite-this');
	await cite.locator('summary', { hasText: 'Cite this chapter' }).click();
	const [text, bibtex] = await cite.locator('pre').allTextContents();
	expect(text).toContain('AI Infrastructure Field Guide');
	expect(text).toContain(`“${title}”`);
	expect(text).toContain(`Reviewed ${reviewed}`);
	expect(text).toMatch(/https?:\/\/[^ ]+\/report\/energy-constraint\//);
	expect(bibtex).toMatch(/^@misc\{aifg-energy-constraint-\d{4},/);
	expect(bibtex).toContain(`title = {{${title}}}`);
	// The same block as the open data's (one component).
	await page.goto('/data/');
	await expect(page.locator('details.cite-this summary', { hasText: 'Cite this dataset' }).first()).toBeVisible();
});

test('a merged source keeps its old address: /sources/#<old id> lands on the kept record', async ({ page }) => {
	await page.goto('/sources/#federalregister-eo-14365-2025');
	const entry = page.locator('li.entry', { has: page.locator('[id="federalregister-eo-14365-2025"]') });
	await expect(entry).toHaveAttribute('id', 'govinfo-eo-14365-2025');
	await expect(entry).toContainText('Executive Order 14365');
	await expect(entry).toBeInViewport();
	// One record for the order, not two.
	await expect(page.locator('li.entry[id="federalregister-eo-14365-2025"]')).toHaveCount(0);
	await expect(page.locator('a[href*="federalregister.gov/documents/2025/12/16/2025-23092"].entry-title')).toHaveCount(
		0,
	);
});
