/**
 * /campuses/ and /data/ read without JavaScript: the maps and the power chart are inline SVG, the
 * tables are HTML, and the downloads are plain files.
 */
import { expect, test } from '@playwright/test';

import { registry } from './helpers/registry';

test.use({ javaScriptEnabled: false });

test('the campus tracker shows its maps, chart and table without JavaScript', async ({ page }) => {
	await page.goto('/campuses/');
	await expect(page.getByRole('heading', { level: 1, name: 'Frontier AI campuses' })).toBeVisible();
	const maps = page.locator('svg.campus-map');
	await expect(maps).toHaveCount(2);
	await expect(maps.first().locator(':scope > title')).not.toBeEmpty();
	expect(await maps.first().locator('.mark').count()).toBeGreaterThanOrEqual(15);
	await expect(page.locator('svg.power-chart')).toHaveCount(1);
	expect(await page.locator('svg.power-chart .mark').count()).toBeGreaterThan(0);
	const rows = page.locator('table.campus-table tbody tr');
	expect(await rows.count()).toBeGreaterThanOrEqual(15);
	await expect(page.locator('a[href^="/calculators/power/?accelerator="]').first()).toBeVisible();
	await expect(page.locator('a[href="/calculators/cooling/"]').first()).toBeVisible();
	// Every campus with a planned power asks when it could be powered.
	const planned = [...registry.campuses.values()].filter((c) => c.power.plannedMw).length;
	expect(planned).toBeGreaterThan(5);
	await expect(page.locator('[data-time-to-power] a[href^="/calculators/time-to-power/?load_mw="]')).toHaveCount(
		planned,
	);
});

test.describe('with JavaScript', () => {
	test.use({ javaScriptEnabled: true });
	test("a campus's time-to-power link opens the calculator at its planned power", async ({ page }) => {
		const campus = [...registry.campuses.values()].find(
			(c) => c.power.plannedMw?.value !== undefined && c.power.plannedMw.basis !== 'it' && !c.power.onSiteMw,
		)!;
		await page.goto(`/campuses/#${campus.id}`);
		await page.locator(`#${campus.id} [data-time-to-power] a`).click();
		await expect(page).toHaveURL(new RegExp(`/calculators/time-to-power/\\?load_mw=${campus.power.plannedMw!.value}$`));
		await page.locator('[data-calculator][data-ready="true"]').waitFor();
		await expect(page.getByRole('textbox', { name: /^Facility load/ })).toHaveValue(
			String(campus.power.plannedMw!.value),
		);
	});
});

test('each campus row links to its own anchor on the page', async ({ page }) => {
	await page.goto('/campuses/');
	const first = page.locator('table.campus-table tbody tr th a').first();
	const href = await first.getAttribute('href');
	expect(href).toMatch(/^#[a-z0-9-]+$/);
	await expect(page.locator(`article${href}`)).toHaveCount(1);
});

test('the open-data page lists every dataset with JSON, CSV, schema and a citation', async ({ page, request }) => {
	await page.goto('/data/');
	await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
	await expect(page.getByText('(CC-BY-4.0)', { exact: false })).toBeVisible();
	for (const id of ['campuses', 'timeline', 'sources', 'assumptions', 'systems', 'scenarios']) {
		await expect(page.locator(`#${id} a[data-download="json"]`)).toHaveAttribute('href', `/data/${id}.json`);
		await expect(page.locator(`#${id} a[data-download="csv"]`)).toHaveAttribute('href', `/data/${id}.csv`);
		await expect(page.locator(`#${id} a[data-download="schema"]`)).toHaveAttribute('href', `/data/${id}.schema.json`);
		await expect(page.locator(`#${id} .cite-this pre`)).toHaveCount(2);
	}
	const json = await (await request.get('/data/campuses.json')).json();
	expect(json.records.length).toBeGreaterThanOrEqual(15);
	const csv = await request.get('/data/campuses.csv');
	expect(csv.headers()['content-type'] ?? '').toContain('text/csv');
});
