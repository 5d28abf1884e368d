/**
 * Answer-first calculators as a phone reader meets them: the answer and the first result in the
 * first screen of every calculator page and embed, sharing beside it, a deep link that says what it
 * sets, embeds that follow `theme=` and post a height that shrinks, and share-quality exports.
 * Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

import { CALCULATOR_ORDER, CALCULATORS } from '../../src/registry/calculators';
import { registry } from './helpers/registry';

const ready = (page: Page) => page.locator('[data-calculator][data-ready="true"]').first().waitFor();

test.describe('phone, 390 x 844', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	for (const id of CALCULATOR_ORDER) {
		for (const route of ['calculators', 'embed'] as const) {
			test(`${route}/${id}: the answer and the headline result are in the first screen`, async ({ page }) => {
				await page.goto(`/${route}/${id}/`);
				await ready(page);
				const headline = page.locator(`[data-output="${CALCULATORS[id].headline}"]`).first();
				const box = (await headline.boundingBox())!;
				expect(box.y).toBeLessThan(844);
				const answer = page.locator('[data-answer]').first();
				await expect(answer).toHaveText(/\w.+\./);
				expect((await answer.boundingBox())!.y).toBeLessThan(844);
			});
		}
	}
});

test('Copy link sits beside the answer: at most 20 Tab presses on the power page', async ({ page }) => {
	await page.goto('/calculators/power/');
	await ready(page);
	let presses = 0;
	for (; presses < 60; presses++) {
		await page.keyboard.press('Tab');
		if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Copy link') break;
	}
	// 43 presses before the answer-first layout.
	expect(presses + 1).toBeLessThanOrEqual(20);
});

test('a deep link says which inputs it sets, each with its default, and resets', async ({ page }) => {
	await page.goto('/calculators/power/?count=12500&pue=1.3');
	await ready(page);
	const banner = page.locator('[data-link-banner]');
	await expect(banner.locator('[data-link-sets="count"]')).toHaveText(/12,500.*default 100,000/);
	await expect(banner.locator('[data-link-sets="pue"]')).toHaveText(/1\.3.*default 1\.2/);
	await banner.getByRole('button', { name: 'Reset to the defaults' }).click();
	await expect(banner).toHaveCount(0);
	await expect(page.locator('input[name="count"]')).toHaveValue('100000');
	await page.goto('/calculators/power/');
	await ready(page);
	await expect(page.locator('[data-link-banner]')).toHaveCount(0);
});

test.describe('embeds', () => {
	for (const id of CALCULATOR_ORDER)
		test(`${id}: compact at 600 px wide, about 1,100 px tall by default`, async ({ page }) => {
			await page.setViewportSize({ width: 600, height: 900 });
			await page.goto(`/embed/${id}/`);
			await ready(page);
			const height = await page.evaluate(() => document.body.getBoundingClientRect().height);
			// 2,790 px before the answer-first layout.
			expect(height).toBeLessThanOrEqual(1150);
		});

	for (const scheme of ['light', 'dark'] as const)
		for (const theme of ['light', 'dark'] as const)
			test(`theme=${theme} wins over a ${scheme} system setting`, async ({ browser }) => {
				const context = await browser.newContext({ colorScheme: scheme });
				const page = await context.newPage();
				await page.goto(`/embed/power/?theme=${theme}`);
				await ready(page);
				const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
				const [r, g, b] = bg.match(/\d+/g)!.map(Number);
				const luminance = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
				if (theme === 'light') expect(luminance).toBeGreaterThan(0.8);
				else expect(luminance).toBeLessThan(0.25);
				expect((await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze()).violations).toEqual([]);
				await context.close();
			});

	test('the embed code carries the scenario and, when chosen, the colours', async ({ page }) => {
		await page.goto('/calculators/power/?count=20000');
		await ready(page);
		await page.getByRole('button', { name: 'Embed' }).click();
		const code = page.getByRole('textbox', { name: /Paste this where/ });
		await expect(code).toHaveValue(/src="http:\/\/127\.0\.0\.1:\d+\/embed\/power\/\?count=20000"/);
		await page.getByRole('radio', { name: 'Always light' }).check();
		await expect(code).toHaveValue(/\/embed\/power\/\?count=20000&theme=light"/);
		await page.getByRole('radio', { name: 'Always dark' }).check();
		await expect(code).toHaveValue(/&theme=dark"/);
		await page.getByRole('radio', { name: "The reader's setting" }).check();
		await expect(code).not.toHaveValue(/theme=/);
		expect((await new AxeBuilder({ page }).withTags(['wcag2aa', 'wcag22aa']).analyze()).violations).toEqual([]);
	});

	test('reset sits beside sharing, and the unit switch waits under "More assumptions"', async ({ page }) => {
		await page.setViewportSize({ width: 600, height: 900 });
		await page.goto('/embed/cooling/?racks=250');
		await ready(page);
		const share = page.locator('.calc-share');
		await expect(share.getByRole('button', { name: 'Reset' })).toBeVisible();
		const units = page.getByRole('button', { name: /Imperial/ });
		await expect(units).toBeHidden();
		await page.locator('[data-more-assumptions] > summary').click();
		await expect(units).toBeVisible();
		const racks = page.getByRole('textbox', { name: /^Racks/ });
		await expect(racks).toHaveValue('250');
		await share.getByRole('button', { name: 'Reset' }).click();
		await expect(racks).toHaveValue('100');
		await expect(page.locator('[data-status]')).toHaveText('Inputs reset to the defaults.');
	});

	test('the posted height shrinks back after a disclosure closes', async ({ page }) => {
		await page.goto('/');
		await page.evaluate(() => {
			(window as unknown as { heights: number[] }).heights = [];
			addEventListener('message', (e) => {
				if (e.data?.type === 'aifg:height') (window as unknown as { heights: number[] }).heights.push(e.data.height);
			});
			const f = document.createElement('iframe');
			f.src = '/embed/power/';
			f.style.width = '600px';
			f.style.height = '900px';
			document.body.append(f);
		});
		const frame = page.frameLocator('iframe');
		await frame.locator('[data-ready="true"]').waitFor();
		const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights.slice());
		await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
		const closed = (await heights()).at(-1)!;
		await frame.locator('[data-more-assumptions] > summary').click();
		await expect.poll(async () => (await heights()).at(-1)!).toBeGreaterThan(closed + 100);
		await frame.locator('[data-more-assumptions] > summary').click();
		await expect.poll(async () => (await heights()).at(-1)!).toBe(closed);
	});
});

test.describe('exports', () => {
	test('the PNG is at least 1,200 px wide, light, even in the dark theme', async ({ browser }) => {
		const context = await browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto('/calculators/power/?count=200000');
		await ready(page);
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.calc-png').first().click()]);
		const png = readFileSync((await download.path())!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1200);
		// A corner pixel is the background: decode it in a blank page (the site's CSP refuses data: URLs).
		const blank = await context.newPage();
		const light = await blank.evaluate(async (b64) => {
			const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
			const c = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
			c.drawImage(img, 0, 0);
			const [r, g, b] = c.getImageData(2, 2, 1, 1).data;
			return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
		}, png.toString('base64'));
		expect(light).toBeGreaterThan(0.8);
		await context.close();
	});

	test('the CSV is one tidy table with readable numbers and edited values marked', async ({ page }) => {
		await page.goto('/calculators/power/?accelerator=b200&count=12500');
		await ready(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /Download CSV/ }).click(),
		]);
		const lines = readFileSync((await download.path())!, 'utf8')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toBe('section,key,label,value,unit,default_or_edited,source');
		expect(lines.find((l) => l.startsWith('input,count,'))).toMatch(/^input,count,[^,]+,12500,count,edited,/);
		expect(lines.find((l) => l.startsWith('input,accelerator,'))).toMatch(/B200.*,preset,edited,/);
		for (const l of lines) expect(l).not.toMatch(/\d\.\d*0{6,}\d|\d\.\d*9{6,}\d/);
		// The B200's board power is credited to the sources of content/systems/b200.yaml's boardPowerW.
		const b200 = registry.systems.find((x) => x.id === 'b200')!;
		const boardRow = lines.find((l) => l.startsWith('input,board_w,'))!;
		expect(boardRow).toMatch(/,1000,W,default,/);
		for (const id of b200.boardPowerW.sources) expect(boardRow).toContain(registry.sources.get(id)!.url);
		expect(boardRow).not.toMatch(/H100/);
	});
});

test('a preset field credits the preset: its default and sources, whatever the reader typed', async ({ page }) => {
	await page.goto('/calculators/power/?accelerator=b200&board_w=900');
	await ready(page);
	const b200 = registry.systems.find((x) => x.id === 'b200')!;
	const note = page.locator('[data-field="board_w"] details.calc-source');
	await expect(note.locator('summary')).toHaveText(/^Default 1,000 W/);
	await page.locator('[data-more-assumptions] > summary').click();
	await note.locator('summary').click();
	for (const id of b200.boardPowerW.sources)
		await expect(note.getByRole('link', { name: registry.sources.get(id)!.title })).toBeVisible();
	await expect(note).not.toContainText('H100 SXM maximum board power');
});
