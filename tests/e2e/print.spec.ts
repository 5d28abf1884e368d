/**
 * Print as a reader gets it: light whatever the theme, the site and the page's address on top,
 * references with full addresses, and calculators as their answer and a link instead of controls.
 */
import { expect, type Page, test } from '@playwright/test';

/** Relative luminance of a computed CSS colour (rgb/rgba), 0 (black) to 1 (white). */
function luminance(css: string): number {
	const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
		const c = Number(v) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

async function printIn(page: Page, path: string, theme: 'dark' | 'light') {
	await page.emulateMedia({ colorScheme: theme });
	await page.goto(path);
	if (theme === 'dark') {
		// The reader's own choice of the dark theme too, not only the system's.
		await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
	}
	await page.emulateMedia({ media: 'print', colorScheme: theme });
}

test('a chapter printed in dark mode is dark text on white, with the site, its address and full source URLs', async ({
	page,
}) => {
	await printIn(page, '/report/energy-constraint/', 'dark');
	const colours = await page.evaluate(() => {
		const body = getComputedStyle(document.body);
		const p = getComputedStyle(document.querySelector('.chapter p')!);
		return { bg: body.backgroundColor, fg: body.color, p: p.color };
	});
	expect(luminance(colours.bg)).toBeGreaterThan(0.9);
	expect(luminance(colours.fg)).toBeLessThan(0.05);
	expect(luminance(colours.p)).toBeLessThan(0.05);

	const masthead = page.locator('.print-masthead');
	await expect(masthead).toBeVisible();
	await expect(masthead).toContainText('AI Infrastructure Field Guide');
	await expect(masthead).toContainText(/https?:\/\/[^ ]+\/report\/energy-constraint\//);

	// References are a numbered list; each prints its source's full address and its bibliography entry's.
	const refs = page.locator('.references ol > li');
	expect(await refs.count()).toBeGreaterThan(3);
	const after = await refs.evaluateAll((lis) =>
		lis.map((li) => [...li.querySelectorAll('a')].map((a) => getComputedStyle(a, '::after').content)),
	);
	for (const links of after) {
		expect(links[0]).toMatch(/^" \(https?:\/\/.+\)"$/);
		expect(links.at(-1)).toMatch(/^" \(https?:\/\/[^)]+\/sources\/#[a-z0-9-]+\)"$/);
	}

	// The embedded calculator becomes its answer and a link; no controls print.
	await expect(page.locator('.calculator-embed').first()).toBeHidden();
	const printed = page.locator('.calc-print').first();
	await expect(printed).toBeVisible();
	await expect(printed.locator('strong')).toHaveText(/\d/);
	await expect(printed.locator('a')).toHaveAttribute('href', /^https?:\/\/.+\/calculators\/[a-z-]+\//);
	expect(await page.locator('main input:visible, main select:visible, main button:visible').count()).toBe(0);
	await expect(page.locator('.site-header')).toBeHidden();

	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('a calculator printed is its answer and a link, without form controls', async ({ page }) => {
	await printIn(page, '/calculators/power/?count=20000', 'dark');
	await expect(
		page.locator('main input:visible, main select:visible, main button:visible, main textarea:visible'),
	).toHaveCount(0);
	const headline = page.locator('[data-output="facility_mw"]').first();
	await expect(headline).toBeVisible();
	await expect(headline).toHaveText(/\d/);
	const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(luminance(bg)).toBeGreaterThan(0.9);
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	const link = page.locator('main a[data-print-url]');
	await expect(link).toBeVisible();
	await expect(link).toHaveText(/\/calculators\/power\/\?.*count=20000/);
	const pdf = await page.pdf({ format: 'A4' });
	// A results page, not four pages of form controls.
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBeGreaterThan(0);
	expect(pages).toBeLessThanOrEqual(4);
});

test('charts print in the light theme, and return to dark afterwards', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/calculators/power/');
	await page.locator('[data-calculator][data-charts="ready"]').first().waitFor();
	// Pixels of the first chart in the light and the dark first series colour.
	const count = () =>
		page.evaluate(() => {
			const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-chart]')!;
			const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
			const near = (i: number, [r, g, b]: number[]) =>
				Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 12 && data[i + 3]! > 200;
			let light = 0;
			let dark = 0;
			for (let i = 0; i < data.length; i += 4) {
				if (near(i, [0x0b, 0x5c, 0x8a])) light++;
				if (near(i, [0x7c, 0xc4, 0xf0])) dark++;
			}
			return { light, dark };
		});
	const screen = await count();
	expect(screen.dark).toBeGreaterThan(100);
	expect(screen.light).toBe(0);
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	// Read at once: the print snapshot is taken straight after the event, with no frame to wait for.
	const paper = await count();
	expect(paper.light).toBeGreaterThan(100);
	expect(paper.dark).toBe(0);
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await expect.poll(async () => (await count()).dark).toBeGreaterThan(100);
});
