/**
 * Power, cooling and water as sites are planned, in a real browser: the design-day grid connection
 * and capacity charge, named values of a field, the power → cooling hand-off, the cooling default
 * that agrees with itself, altitude, and the Monte Carlo pairs on the methodology page. Expected
 * values are worked out here by hand. Run after `npm run build`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const ready = (page: Page) =>
	page.locator('[data-calculator][data-ready="true"][data-charts="ready"]').first().waitFor();
const output = (page: Page, key: string) => page.locator(`[data-calculator] [data-output="${key}"]`).first();
const valueOf = async (page: Page, key: string) => Number(await output(page, key).getAttribute('data-value'));
const field = (page: Page, param: string) => page.locator(`[data-calculator] input[name="${param}"]`).first();

/** Opens the disclosures ("More assumptions", "All results") that hold an element, as a reader would. */
async function reveal(loc: ReturnType<Page['locator']>) {
	await loc.evaluate((el) => {
		for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
	});
	return loc;
}

async function scan(page: Page) {
	const result = await new AxeBuilder({ page })
		.include('[data-calculator]')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

// 100,000 H100 at 700 W, DGX H100 nameplate overhead 1.82, 10% network: 140.14 MW of IT.
const FLEET = 'accelerator=h100-sxm&count=100000&board_w=700&server_overhead=1.82&network_share=0.1&pue=1.2';
const IT_MW = (100_000 * 700 * 1.82 * 1.1) / 1e6;

for (const [width, height] of [
	[390, 844],
	[1280, 900],
] as const) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`${width}px, ${colorScheme}`, () => {
			test.use({ viewport: { width, height }, colorScheme });

			test('power sizes the grid at the design-day PUE and charges capacity on it', async ({ page }) => {
				await page.goto(`/calculators/power/?${FLEET}&pue_design=1.4&capacity_usd_per_mw_day=329.17&budget_mw=150`);
				await ready(page);
				// grid: 140.14 × 1.4 = 196.196 MW; energy stays at PUE 1.2: 168.168 MW
				expect(Math.abs((await valueOf(page, 'grid_mw')) - IT_MW * 1.4)).toBeLessThan(1e-6);
				expect(Math.abs((await valueOf(page, 'facility_mw')) - IT_MW * 1.2)).toBeLessThan(1e-6);
				// 196.196 MW × 329.17 USD/MW-day × 365 = 23.57 million USD a year
				const capacity = IT_MW * 1.4 * 329.17 * 365;
				expect(Math.abs((await valueOf(page, 'capacity_cost_usd')) - capacity) / capacity).toBeLessThan(1e-9);
				const energy = await valueOf(page, 'annual_cost_usd');
				expect(Math.abs((await valueOf(page, 'total_cost_usd')) - (energy + capacity)) / capacity).toBeLessThan(1e-9);
				// 150 MW ÷ (700 × 1.82 × 1.1 × 1.4 W) = 76,453.6 → 76,453 accelerators
				expect(await valueOf(page, 'max_count_in_budget')).toBe(Math.floor(150e6 / (700 * 1.82 * 1.1 * 1.4)));
				await expect(await reveal(output(page, 'capacity_cost_usd'))).toBeVisible();
				await scan(page);
			});

			test('a named value sets the average load, and the reader sees which one is in force', async ({ page }) => {
				await page.goto(`/calculators/power/?${FLEET}`);
				await ready(page);
				await reveal(field(page, 'utilization'));
				const fleet = page.getByRole('button', { name: /^Whole data-centre fleet: 50%/ });
				await fleet.click();
				await expect(field(page, 'utilization')).toHaveValue('0.5');
				await expect(fleet).toHaveAttribute('aria-pressed', 'true');
				await expect(page).toHaveURL(/utilization=0\.5/);
				// 168.168 MW × 0.5 × 8,760 h = 736,576 MWh
				await expect
					.poll(async () => Math.abs((await valueOf(page, 'annual_mwh')) - IT_MW * 1.2 * 0.5 * 8760))
					.toBeLessThan(1e-6);
				await scan(page);
			});

			test('power hands its racks to cooling, which opens on them with the platform’s liquid share', async ({
				page,
			}) => {
				await page.goto('/calculators/power/?accelerator=gb200&count=72000');
				await ready(page);
				const racks = await valueOf(page, 'racks');
				const rackKw = Number(await field(page, 'rack_kw').inputValue());
				const link = page.locator('a[data-handoff="cooling"]');
				await expect(link).toBeVisible();
				await expect(link).toHaveAttribute(
					'href',
					`/calculators/cooling/?accelerator=gb200&rack_kw=${rackKw}&racks=${racks}&pue=1.2`,
				);
				await link.click();
				await expect(page).toHaveURL(/\/calculators\/cooling\//);
				await ready(page);
				await expect(field(page, 'rack_kw')).toHaveValue(String(rackKw));
				await expect(field(page, 'racks')).toHaveValue(String(racks));
				// GB200 NVL72: 72% of the heat on cold plates (content/systems/gb200.yaml)
				await expect(field(page, 'liquid_fraction')).toHaveValue('0.72');
				await expect(field(page, 'pue')).toHaveValue('1.2');
				expect(await valueOf(page, 'heat_kw')).toBeCloseTo(rackKw * racks, 6);
				await expect(output(page, 'method')).toHaveAttribute('data-value', 'direct-to-chip');
				await scan(page);
			});

			test('the cooling default agrees with itself: rear doors for an air-cooled 40.8 kW rack', async ({ page }) => {
				await page.goto('/calculators/cooling/');
				await ready(page);
				await expect(output(page, 'method')).toHaveAttribute('data-value', 'rear-door');
				expect(await valueOf(page, 'liquid_l_per_min_per_rack')).toBe(0);
				// 1 − 35 / 40.8 = 14.2% would let contained air carry the rest
				expect(await valueOf(page, 'min_liquid_fraction')).toBeCloseTo(1 - 35 / 40.8, 12);
				await expect(page.locator('[data-calculator] [data-warning="liquid_fraction"]')).toHaveCount(0);
				// water to generate the electricity, apart from the site's: heat × load × 8,760 h × PUE × L/kWh
				const num = async (param: string) => Number(await field(page, param).inputValue());
				const bought = (await valueOf(page, 'heat_kw')) * (await num('utilization')) * 8760 * (await num('pue'));
				expect(await valueOf(page, 'indirect_water_m3')).toBeCloseTo(
					(bought * (await num('grid_water_l_per_kwh'))) / 1000,
					6,
				);
				await expect(await reveal(output(page, 'indirect_water_m3'))).toBeVisible();
				await scan(page);
			});

			test('altitude thins the air: about a quarter more airflow at 1,829 m (6,000 ft)', async ({ page }) => {
				await page.goto('/calculators/cooling/?rack_kw=30&liquid_fraction=0&air_delta_t_c=10');
				await ready(page);
				const sea = await valueOf(page, 'air_m3_per_h_per_rack');
				// at sea level exactly the contract's 1.2 kg/m³: 30,000 / (1.2 × 1005 × 10) × 3600
				expect(Math.abs(sea - (30_000 / (1.2 * 1005 * 10)) * 3600)).toBeLessThan(1e-9);
				await (await reveal(field(page, 'altitude_m'))).fill('1828.8');
				// U.S. Standard Atmosphere: 101,325 Pa at sea level, 81,206.4 Pa at 1,828.8 m
				await expect.poll(async () => (await valueOf(page, 'air_m3_per_h_per_rack')) / sea).toBeGreaterThan(1.24);
				expect((await valueOf(page, 'air_m3_per_h_per_rack')) / sea).toBeLessThan(101_325 / 81_206.4 + 0.003);
				await scan(page);
			});
		});
	}
}

test('the methodology page states each Monte Carlo pair and its correlation', async ({ page }) => {
	await page.goto('/methodology/');
	const mfu = page.locator('[data-correlation="mfu_general~mfu_purpose"]');
	await expect(mfu).toContainText('rho 0.5');
	await expect(page.locator('[data-correlation="goodput_general~goodput_purpose"]')).toContainText('rho 0.5');
});
