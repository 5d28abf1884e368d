/**
 * Models that agree, in the browser: the MFU page's goodput follows the job size and equals the
 * reliability page's for the same job; its hand-off opens that page with the job; a link may still
 * fix goodput; FP8 and memory fit; the reliability page's higher-order estimate and its warning.
 * Expected values are written out from the formulas (domain-facts §5.4, Daly 2006), not read from
 * the engine.
 */
import { expect, type Page, test } from '@playwright/test';

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('[data-calculator][data-ready="true"][data-charts="ready"]').first().waitFor();
}
const value = async (page: Page, key: string) =>
	Number(await page.locator(`[data-calculator] [data-output="${key}"]`).first().getAttribute('data-value'));
const field = (page: Page, param: string) => page.locator(`[data-calculator] input[name="${param}"]`).first();

/** Opens the disclosures ("More assumptions", "All results") that hold an element, as a reader would. */
async function reveal(loc: ReturnType<Page['locator']>) {
	await loc.evaluate((el) => {
		for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
	});
	return loc;
}

/** First-order goodput 1 − (δ/τ + (τ/2 + R)/M), τ = √(2δM), M = MTBF per accelerator ÷ n, seconds. */
const firstOrder = (n: number, mtbfH = 50_000, ckptS = 60, restartS = 600) => {
	const m = (mtbfH / n) * 3600;
	const tau = Math.sqrt(2 * ckptS * m);
	return 1 - (ckptS / tau + (tau / 2 + restartS) / m);
};

let problems: string[] = [];
test.beforeEach(({ page }) => {
	problems = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
});
test.afterEach(() => expect(problems, problems.join('\n')).toEqual([]));

test('the MFU page’s goodput follows the job size as the reader types, and the field says it is worked out', async ({
	page,
}) => {
	await open(page, '/calculators/mfu/');
	await expect(field(page, 'goodput_general')).toHaveValue('');
	await expect(field(page, 'goodput_general')).toHaveAttribute('placeholder', /from the job size/);
	expect(await value(page, 'goodput_general')).toBeCloseTo(firstOrder(16_384), 9);
	await field(page, 'count').fill('100,000');
	await expect(page).toHaveURL(/count=100000/);
	await expect.poll(async () => value(page, 'goodput_general')).toBeCloseTo(firstOrder(100_000), 9);
	expect(await value(page, 'goodput_purpose')).toBeCloseTo(firstOrder(100_000), 9);
	await expect(page).not.toHaveURL(/goodput_/);
});

test('the hand-off opens the reliability page with the job, and both pages show the same goodput', async ({ page }) => {
	await open(page, '/calculators/mfu/?count=32768&restart_s_general=300');
	const mfuGoodput = await value(page, 'goodput_general');
	const link = page.locator('[data-calculator] a[data-handoff="reliability"]').first();
	await expect(link).toHaveAttribute('href', /\/calculators\/reliability\/\?count=32768&.*restart_s=300/);
	await link.click();
	await page.locator('[data-calculator][data-ready="true"]').first().waitFor();
	await expect(field(page, 'count')).toHaveValue('32768');
	expect(await value(page, 'goodput')).toBeCloseTo(mfuGoodput, 12);
	expect(mfuGoodput).toBeCloseTo(firstOrder(32_768, 50_000, 60, 300), 9);
});

test('a link that sets goodput fixes it, side by side; an empty one means “work it out”', async ({ page }) => {
	await open(page, '/calculators/mfu/?goodput_purpose=0.96&goodput_general=');
	expect(await value(page, 'goodput_purpose')).toBe(0.96);
	expect(await value(page, 'goodput_general')).toBeCloseTo(firstOrder(16_384), 9);
	await expect(field(page, 'goodput_purpose')).toHaveValue('0.96');
	await expect(page.locator('.calc-notice [data-ignored]')).toHaveCount(0);
	await (await reveal(field(page, 'goodput_purpose'))).fill('');
	await expect.poll(async () => value(page, 'goodput_purpose')).toBeCloseTo(firstOrder(16_384), 9);
});

test('FP8 reads MFU against the FP8 peak, and a model too big for its accelerators is named', async ({ page }) => {
	await open(page, '/calculators/mfu/?precision_bits=8');
	expect(await value(page, 'peak_used_tflops')).toBe(1978.9);
	await open(page, '/calculators/mfu/?count=64');
	// 405e9 parameters × 16 bytes ÷ 64 = 101 GB each, over the H100's 80 GB; 81 accelerators hold it.
	await expect(page.locator('[data-calculator] [data-warning="count"]')).toContainText(
		/does not fit.*101 GB.*80 GB.*81/,
	);
	expect(await value(page, 'min_count_for_memory')).toBe(81);
});

test('the reliability page gives Daly’s higher-order goodput and says when the first-order one stops holding', async ({
	page,
}) => {
	await open(page, '/calculators/reliability/?count=16384');
	await expect(page.locator('[data-calculator] [data-warning="count"]')).toHaveCount(0);
	await open(page, '/calculators/reliability/?count=100000');
	const daly = await value(page, 'goodput_higher_order');
	expect(daly).toBeGreaterThan(firstOrder(100_000) + 0.02);
	await expect(page.locator('[data-calculator] [data-warning="count"]')).toContainText(`${(daly * 100).toFixed(1)}%`);
});
