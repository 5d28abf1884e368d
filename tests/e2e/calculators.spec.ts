/**
 * Every calculator of the registry in a real browser, against the same engine imported here: deep links,
 * Every registered calculator in a real browser, against the same engine imported here: deep links,
 * typing, presets, reset, copy link, bad input, ranges, the embed route, chapter embeds, keyboard
 * use, downloads and no-JS. Every test fails on a console error, a page error or a request that
 * leaves the site. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

import { evaluate, readScenario, simulate } from '../../src/engine';
import { CALCULATOR_ORDER, CALCULATORS, ENTRIES } from '../../src/registry/calculators';
import { seedFromString } from '../../src/engine';
import type { CalculatorId } from '../../src/registry/calculators';
import { inputsToQuery, queryToInputs } from '../../src/islands/calculator/model/url';
import { BUDGETS, kib } from '../budgets/weigh.mjs';
import { contextFor, registry } from './helpers/registry';

const IDS: readonly CalculatorId[] = CALCULATOR_ORDER;

/** One non-default deep link per calculator (scientific notation included). */
const DEEP_LINKS: Record<CalculatorId, string> = {
	power: 'accelerator=b200&count=2.5e5&pue=1.25&rack_kw=120&price_usd_mwh=65&budget_mw=500',
	cooling: 'rack_kw=132&racks=400&liquid_fraction=0.8&air_delta_t_c=12&wue_l_per_kwh=0.4',
	growth: 'base_flop=5e25&growth_per_year=4&end_year=2032&mfu=0.35',
	mfu: 'accelerator=gb200&count=32768&params=1e12&tokens=2e13&mfu_general=0.35&mfu_purpose=0.5',
	reliability: 'count=100000&mtbf_h_per_accel=40000&checkpoint_s=30&restart_s=900',
	inference: 'accelerator=h200&params=4.05e11&bytes_per_param=1&gpus_per_replica=8&batch=64&distance_km=3000&users=2e6',
	'time-to-power': 'load_mw=3e2&construction_months=9&interconnect_months=60&onsite_mw=150&onsite_months=12&wacc=0.09',
	refresh: 'accelerator=gb200&hall_mw=20&positions=1200&position_kw=17.5&rack_kw=132&retrofit_usd_per_kw=2.5e3',
	tco: 'accelerator=b200&count=16384&capex_usd_per_accel=6.5e4&occupancy=0.9&rent_usd_per_hour=3.2&wacc=0.1&mfu_own=0.45',
};

/** What the engine says for a query string: values of every output, or quantiles with ranges. */
function expected(id: CalculatorId, query: string) {
	const calc = CALCULATORS[id];
	const ctx = contextFor(id);
	const { scenario, ignored } = readScenario(calc, queryToInputs(calc, query).raw, ctx);
	const result = evaluate(calc, scenario.values);
	if (!result.ok) throw new Error(`engine failed for ${id}?${query}`);
	const ranged = Object.keys(scenario.ranges).length > 0;
	const quantiles = ranged
		? simulate(calc, scenario, {
				samples: 10_000,
				seed: seedFromString(inputsToQuery(calc, scenario, ctx)),
			}).quantiles
		: null;
	return { outputs: result.outputs, quantiles, ignored, scenario };
}

const close = (actual: number, want: number, rel = 1e-9) =>
	Math.abs(actual - want) <= rel * Math.max(Math.abs(want), 1e-12);

interface Shown {
	key: string;
	value: string | null;
	p10: string | null;
	p90: string | null;
	text: string;
}

async function shown(page: Page, scope = '[data-calculator]'): Promise<Shown[]> {
	return page.locator(`${scope} [data-output]`).evaluateAll((els) =>
		els.map((el) => ({
			key: el.getAttribute('data-output')!,
			value: el.getAttribute('data-value'),
			p10: el.getAttribute('data-p10'),
			p90: el.getAttribute('data-p90'),
			text: el.textContent ?? '',
		})),
	);
}

/** Every output on the page equals the engine's value for the query (rel. tolerance 1e-9). */
async function expectEngineValues(page: Page, id: CalculatorId, query: string, scope?: string) {
	const want = expected(id, query);
	const got = await shown(page, scope);
	expect(got.map((g) => g.key).sort()).toEqual(CALCULATORS[id].outputs.map((o) => o.key).sort());
	for (const g of got) {
		expect(g.text, g.key).not.toMatch(/NaN|Infinity|undefined|^\s*$/);
		const spec = CALCULATORS[id].outputs.find((o) => o.key === g.key)!;
		const q = want.quantiles?.[g.key];
		if (q && spec.unit !== 'method') {
			const [p10, p50, p90] = [Number(g.p10), Number(g.value), Number(g.p90)];
			expect(close(p50, q.p50!), `${g.key} P50 ${p50} vs ${q.p50}`).toBe(true);
			expect(close(p10, q.p10!), `${g.key} P10`).toBe(true);
			expect(close(p90, q.p90!), `${g.key} P90`).toBe(true);
			expect(p10).toBeLessThanOrEqual(p50);
			expect(p50).toBeLessThanOrEqual(p90);
			continue;
		}
		expect(g.p10, `${g.key} has no P10 without ranges`).toBeNull();
		expect(g.p90).toBeNull();
		const v = want.outputs[g.key];
		if (v === null || v === undefined) expect(g.value, g.key).toBe('');
		else if (typeof v === 'string') expect(g.value, g.key).toBe(v);
		else {
			expect(g.value, g.key).toMatch(/^-?\d+(\.\d+)?(e[+-]\d+)?$/);
			expect(close(Number(g.value), v), `${g.key}: page ${g.value}, engine ${v}`).toBe(true);
		}
	}
	return want;
}

/** Waits for hydration (URL applied) and the charts. */
async function ready(page: Page, scope = '[data-calculator]') {
	await page.locator(`${scope}[data-ready="true"][data-charts="ready"]`).first().waitFor();
}

async function open(page: Page, path: string) {
	await page.goto(path);
	await ready(page);
}

const field = (page: Page, param: string) => page.locator(`[data-calculator] input[name="${param}"]`).first();

/** A field to type into: opens "More assumptions" first when the field waits under it. */
async function shownField(page: Page, param: string) {
	const input = field(page, param);
	if (!(await input.isVisible())) await page.locator('[data-more-assumptions] > summary').first().click();
	return input;
}

/** Does the canvas have drawn pixels? (A blank chart fails.) */
async function chartDrawn(page: Page, chart: string): Promise<boolean> {
	return page
		.locator(`canvas[data-chart="${chart}"]`)
		.first()
		.evaluate((c: HTMLCanvasElement) => {
			const ctx = c.getContext('2d');
			if (!ctx || c.width === 0 || c.height === 0) return false;
			const data = ctx.getImageData(0, 0, c.width, c.height).data;
			let painted = 0;
			for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
			return painted > 500;
		});
}

let problems: string[] = [];
test.beforeEach(({ page, baseURL }) => {
	problems = [];
	const origin = new URL(baseURL!).origin;
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith('about:'))
			problems.push(`third-party request: ${url}`);
	});
});
test.afterEach(() => {
	expect(problems, problems.join('\n')).toEqual([]);
});

test.describe('deep links', () => {
	for (const id of IDS) {
		test(`${id}: every data-value equals the engine for a deep link`, async ({ page }) => {
			await open(page, `/calculators/${id}/?${DEEP_LINKS[id]}`);
			await expectEngineValues(page, id, DEEP_LINKS[id]);
			for (const canvas of await page.locator('canvas[data-chart]').all())
				expect(await chartDrawn(page, (await canvas.getAttribute('data-chart'))!)).toBe(true);
			await expect(page.locator('.calc-notice')).toHaveCount(0);
		});

		test(`${id}: the default page shows the registry defaults`, async ({ page }) => {
			await open(page, `/calculators/${id}/`);
			await expectEngineValues(page, id, '');
		});
	}

	test('old parameter names from newsletter links still work', async ({ page }) => {
		await open(page, '/calculators/power/?gpus=50000&tdp_w=1000');
		await expectEngineValues(page, 'power', 'count=50000&board_w=1000');
	});

	test('malformed and out-of-range parameters are ignored with a notice naming each; unknown ones silently', async ({
		page,
	}) => {
		const query = 'count=lots&pue=0.5&board_w=1e400&accelerator=tpu-v99&utm_source=newsletter&rack_kw=<b>x</b>';
		await open(page, `/calculators/power/?${query}`);
		const notice = page.locator('.calc-notice');
		await expect(notice).toBeVisible();
		await expect(notice.locator('[data-ignored]')).toHaveText([
			/^accelerator: unknown accelerator/,
			/^count: Accelerators "lots" is not a number/,
			/^board_w: Board power is too large to compute/,
			/^pue: PUE must be at least 1/,
			/^rack_kw: Rack power "<b>x<\/b>" is not a number/,
		]);
		await expect(notice).not.toContainText('utm_source');
		await expect(page.locator('[data-calculator] b')).toHaveCount(0);
		await expectEngineValues(page, 'power', query);
		await expect(field(page, 'count')).toHaveValue('100000');
	});
});

test.describe('editing', () => {
	test('typing recomputes, writes the canonical URL, and Back/Forward follow the history', async ({ page }) => {
		await open(page, '/calculators/power/');
		await (await shownField(page, 'count')).fill('200000');
		await (await shownField(page, 'pue')).fill('1.3');
		await expect(page).toHaveURL(/\/calculators\/power\/\?count=200000&pue=1\.3$/);
		await expectEngineValues(page, 'power', 'count=200000&pue=1.3');
		await page.getByRole('button', { name: 'Reset to defaults' }).click();
		await expect(page).toHaveURL(/\/calculators\/power\/$/);
		await expectEngineValues(page, 'power', '');
		await page.goBack();
		await expect(page).toHaveURL(/\?count=200000&pue=1\.3$/);
		await expect(field(page, 'pue')).toHaveValue('1.3');
		await expectEngineValues(page, 'power', 'count=200000&pue=1.3');
		await page.goForward();
		await expect(field(page, 'pue')).toHaveValue('1.2');
		await expectEngineValues(page, 'power', '');
	});

	test('typing 12,500 means 12,500; while a field is in error every output is marked stale and the URL keeps the last valid state', async ({
		page,
	}) => {
		await open(page, '/calculators/power/');
		await (await shownField(page, 'count')).fill('12,5');
		await expect(page.locator('[data-output="it_mw"]')).toHaveAttribute('data-stale', 'true');
		await expect(page.locator('[data-stale-note]')).toBeVisible();
		await expect(page).toHaveURL(/\/calculators\/power\/$/);
		await (await shownField(page, 'count')).fill('12,500');
		await expect(page.locator('[data-output][data-stale]')).toHaveCount(0);
		await expect(page).toHaveURL(/\?count=12500$/);
		await expectEngineValues(page, 'power', 'count=12500');
		await (await shownField(page, 'utilization')).fill('40%');
		await expect(page).toHaveURL(/utilization=0\.4/);
	});

	test('a preset sets its fields; an explicit parameter overrides it', async ({ page }) => {
		await open(page, '/calculators/power/');
		await page.getByRole('combobox', { name: 'Accelerator' }).selectOption('gb200');
		const gb200 = registry.accelerators.find((a) => a.id === 'gb200')!;
		await expect(field(page, 'board_w')).toHaveValue(String(gb200.boardPowerW));
		await expect(page).toHaveURL(/\?accelerator=gb200$/);
		await expectEngineValues(page, 'power', 'accelerator=gb200');
		await open(page, '/calculators/power/?accelerator=b200&board_w=900');
		await expect(field(page, 'board_w')).toHaveValue('900');
		await expectEngineValues(page, 'power', 'accelerator=b200&board_w=900');
		await open(page, '/calculators/mfu/?accelerator=mi300x');
		await expect(field(page, 'peak_tflops')).toHaveValue(
			String(registry.accelerators.find((a) => a.id === 'mi300x')!.bf16DenseTflops),
		);
	});

	test('copy link gives a URL that reopens the same scenario', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
		await open(page, '/calculators/cooling/');
		await (await shownField(page, 'rack_kw')).fill('90');
		await (await shownField(page, 'liquid_fraction')).fill('0.7');
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.locator('[data-status]')).toHaveText('Link copied.');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(`${baseURL}/calculators/cooling/?rack_kw=90&liquid_fraction=0.7`);
		const again = await context.newPage();
		again.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		await again.goto(link);
		await ready(again);
		await expectEngineValues(again, 'cooling', 'rack_kw=90&liquid_fraction=0.7');
	});

	for (const bad of ['', 'abc', '-5', '1e400', '100,000 GPUs', '=1+1', '1~']) {
		test(`bad input ${JSON.stringify(bad)} shows the engine's message and keeps the last results and chart`, async ({
			page,
		}) => {
			await open(page, '/calculators/power/?count=50000');
			const before = await shown(page);
			const input = field(page, 'count');
			await input.fill(bad);
			await expect(input).toHaveAttribute('aria-invalid', 'true');
			const error = page.locator('[data-error="count"]');
			await expect(error).toBeVisible();
			await expect(error).toHaveText(/^Accelerators/);
			expect((await input.getAttribute('aria-describedby'))!.split(' ')).toContain(await error.getAttribute('id'));
			expect(await shown(page)).toEqual(before);
			expect(await chartDrawn(page, 'by-count')).toBe(true);
			expect(await chartDrawn(page, 'breakdown')).toBe(true);
			await expect(page).toHaveURL(/\?count=50000$/);
			await input.fill('60000');
			await expect(input).not.toHaveAttribute('aria-invalid', 'true');
			await expectEngineValues(page, 'power', 'count=60000');
		});
	}

	test('a slider moves its number field', async ({ page }) => {
		await open(page, '/calculators/reliability/');
		await page.locator('[data-more-assumptions] > summary').click();
		const slider = page.getByRole('slider', { name: /Restart time/ });
		await slider.focus();
		await page.keyboard.press('End');
		await expect(field(page, 'restart_s')).toHaveValue('7200');
		await expectEngineValues(page, 'reliability', 'restart_s=7200');
	});
});

test.describe('ranges', () => {
	for (const [id, query] of [
		['power', 'count=50000~200000&pue=1.1~1.4'],
		['cooling', 'rack_kw=80~140&air_delta_t_c=8~14'],
		['growth', 'growth_per_year=3.5~5&efficiency_growth_per_year=1.2~1.5'],
		['mfu', 'mfu_general=0.3~0.45&tokens=1e13~2e13'],
		['reliability', 'mtbf_h_per_accel=25000~100000&count=16384'],
		['time-to-power', 'interconnect_months=36~72&onsite_mw=60'],
		['refresh', 'position_kw=10~20&rack_kw=120~140'],
		['tco', 'rent_usd_per_hour=1.7~3.5&capex_usd_per_accel=40000~60000'],
	] as const) {
		test(`${id}: a range link gives P10 <= P50 <= P90 equal to the engine's seeded simulation`, async ({ page }) => {
			await open(page, `/calculators/${id}/?${query}`);
			const want = await expectEngineValues(page, id, query);
			expect(want.quantiles).not.toBeNull();
			await expect(page.locator('[data-ranged]')).toBeVisible();
			const band = await shown(page);
			expect(band.filter((b) => b.p10 !== null).length).toBeGreaterThan(0);
		});
	}

	test('typing a range into a field shows the band', async ({ page }) => {
		await open(page, '/calculators/power/');
		await (await shownField(page, 'pue')).fill('1.1~1.4');
		await expect(page).toHaveURL(/\?pue=1\.1~1\.4$/);
		await expect(page.locator('[data-output="facility_mw"]')).toHaveText(/^\d+ MW \(\d+ to \d+\)$/);
		await expectEngineValues(page, 'power', 'pue=1.1~1.4');
	});
});

test.describe('embeds', () => {
	test('the embed route shows the same calculator, bare and not indexed, and reads its URL', async ({ page }) => {
		await open(page, `/embed/mfu/?${DEEP_LINKS.mfu}`);
		await expectEngineValues(page, 'mfu', DEEP_LINKS.mfu);
		await expect(page.locator('header.site-header')).toHaveCount(0);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		const url = page.url();
		await (await shownField(page, 'count')).fill('20000');
		const full = page.getByRole('link', { name: 'Open in full calculator' });
		await expect(full).toHaveAttribute('href', /^\/calculators\/mfu\/\?accelerator=gb200&count=20000&params=/);
		await expect(full).toHaveAttribute('target', '_blank');
		expect(page.url()).toBe(url);
	});

	test('the embed posts its height to the parent page', async ({ page, baseURL }) => {
		await page.goto('/calculators/');
		const height = await page.evaluate(
			(src) =>
				new Promise<number>((resolve) => {
					addEventListener('message', (e) => {
						if (e.data?.type === 'aifg:height') resolve(e.data.height as number);
					});
					const frame = document.createElement('iframe');
					frame.src = src;
					frame.width = '800';
					document.body.append(frame);
				}),
			`${baseURL}/embed/reliability/`,
		);
		expect(height).toBeGreaterThan(600);
	});

	test('the Embed button gives iframe code for the current state', async ({ page, baseURL }) => {
		await open(page, '/calculators/growth/?end_year=2035');
		await page.getByRole('button', { name: 'Embed' }).click();
		const code = await page.getByRole('textbox', { name: /Paste this/ }).inputValue();
		expect(code).toContain(`<iframe src="${baseURL}/embed/growth/?end_year=2035"`);
		expect(code).toContain('aifg:height');
	});

	test('a chapter embed is pre-set by its inputs, never writes the page URL, and links to the full calculator', async ({
		page,
	}) => {
		await page.goto('/report/liquid-cooling/');
		const embed = '.calculator-embed [data-calculator="cooling"]';
		await page.locator(embed).scrollIntoViewIfNeeded();
		await ready(page, embed);
		await expectEngineValues(page, 'cooling', 'rack_kw=120&liquid_fraction=0.85', embed);
		const url = page.url();
		await page.locator(`${embed} input[name="racks"]`).fill('250');
		await expectEngineValues(page, 'cooling', 'rack_kw=120&racks=250&liquid_fraction=0.85', embed);
		expect(page.url()).toBe(url);
		await expect(page.locator(embed).getByRole('link', { name: 'Open in full calculator' })).toHaveAttribute(
			'href',
			'/calculators/cooling/?rack_kw=120&racks=250&liquid_fraction=0.85',
		);
	});
});

test.describe('accessibility', () => {
	for (const id of IDS) {
		test(`${id}: a keyboard-only path edits, explains and resets`, async ({ page }) => {
			await open(page, `/calculators/${id}/`);
			const calc = CALCULATORS[id];
			// The first field the page shows (the others wait under "More assumptions").
			const shownFirst = await page.locator('[data-calculator] input[type="text"]').first().getAttribute('name');
			const first = calc.fields.find((f) => f.param === shownFirst)!;
			const isFirst = () =>
				page.evaluate(
					(name) =>
						(document.activeElement as HTMLInputElement | null)?.name === name &&
						document.activeElement?.closest('[data-calculator]') !== null,
					first.param,
				);
			let tabs = 0;
			while (!(await isFirst()) && tabs++ < 80) await page.keyboard.press('Tab');
			expect(await isFirst()).toBe(true);
			const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
			expect(outline).not.toBe('none');
			// Replace the value by keyboard: a different valid number.
			const ctx = contextFor(id);
			const next = first.integer ? ctx.defaults[first.param]! + 1 : ctx.defaults[first.param]! * 1.1;
			const text = String(Number(next.toPrecision(6)));
			await page.keyboard.press('ControlOrMeta+A');
			await page.keyboard.type(text);
			await expectEngineValues(page, id, `${first.param}=${text}`);
			// Tab on to "Reset to defaults" and press it; every stop shows a focus outline.
			let onReset = false;
			for (let i = 0; i < 120 && !onReset; i++) {
				await page.keyboard.press('Tab');
				const info = await page.evaluate(() => ({
					text: document.activeElement?.textContent?.trim() ?? '',
					outline: getComputedStyle(document.activeElement!).outlineStyle,
					tag: document.activeElement?.tagName,
				}));
				expect(info.outline, `focus outline on ${info.tag} ${info.text.slice(0, 30)}`).not.toBe('none');
				onReset = info.text === 'Reset to defaults';
			}
			expect(onReset).toBe(true);
			await page.keyboard.press('Enter');
			await expectEngineValues(page, id, '');
			// Open the first "Show your work" (the headline's, which the answer leads with) by keyboard.
			const summary = page.locator('.calc-work summary').first();
			await summary.focus();
			await page.keyboard.press('Enter');
			await expect(page.locator('.calc-work').first()).toHaveAttribute('open', '');
			// The work of the result it sits under (a card or the MFU pair table's row).
			const key = await page
				.locator('.calc-work')
				.first()
				.evaluate((d) => d.closest('dd, tr')?.querySelector('[data-output]')?.getAttribute('data-output'));
			const formula = calc.outputs.find((o) => o.key === key)?.formula;
			expect(formula).toBeTruthy();
			await expect(page.locator('.calc-work').first()).toContainText(formula!);
		});
	}

	test('results are announced politely in one live region, after typing stops', async ({ page }) => {
		await open(page, '/calculators/power/');
		const live = page.locator('[data-calculator] [aria-live]');
		await expect(live).toHaveCount(1);
		await expect(live).toHaveAttribute('aria-live', 'polite');
		await field(page, 'count').pressSequentially('5', { delay: 30 });
		await expect(live).toHaveText(/^Facility power: .+\.$/);
	});

	test('each chart has a text summary and a data table', async ({ page }) => {
		await open(page, '/calculators/power/');
		const summary = page.locator('[data-summary="by-count"]');
		await expect(summary).toHaveText(/^Facility power rises from .+ at .+ accelerators to .+\./);
		const canvas = page.locator('canvas[data-chart="by-count"]');
		await expect(canvas).toHaveAttribute('role', 'img');
		expect(await canvas.getAttribute('aria-labelledby')).toBe(await summary.getAttribute('id'));
		const panel = page.locator('[data-chart-panel="by-count"]');
		await panel.getByText('Data table').click();
		await expect(panel.locator('table tbody tr')).toHaveCount(25);
	});

	test('without JavaScript the build-time results are there, with a note', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const id of IDS) {
			await page.goto(`/calculators/${id}/`);
			await expectEngineValues(page, id, '');
			await expect(page.locator('.calc-noscript')).toBeVisible();
		}
		await context.close();
	});
});

test.describe('exports', () => {
	test('CSV has the inputs with their sources, the results and the chart series', async ({ page }) => {
		await open(page, '/calculators/power/?count=200000');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /Download CSV/ }).click(),
		]);
		expect(download.suggestedFilename()).toBe('power-calculator.csv');
		const csv = readFileSync((await download.path())!, 'utf8');
		expect(csv).toMatch(/^section,key,label,value,unit,default_or_edited,source\r\nscenario,url,.+,http/);
		expect(csv).toMatch(/\r\ninput,pue,PUE,1\.2,ratio,default,.*https:\/\/[^,\s]+/);
		const itMw = Number(Number(expected('power', 'count=200000').outputs['it_mw']).toPrecision(12));
		expect(csv).toContain(`\r\noutput,it_mw,IT power,${itMw},MW,`);
		// 200,000 × 1,681.68 W = 336 MW against the default 100 MW budget.
		expect(csv).toContain(
			'\r\nchart: by-count,by-count.finding,Finding,"This fleet draws 336 MW, over the 100 MW budget",',
		);
	});

	test('PNG of a chart is an image', async ({ page }) => {
		await open(page, '/calculators/reliability/');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-chart-panel="by-count"]').getByRole('button', { name: 'Download PNG' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('reliability-by-count.png');
		const bytes = readFileSync((await download.path())!);
		expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(bytes.length).toBeGreaterThan(5000);
	});
});

test.describe('budget', () => {
	/** JavaScript budget of a calculator page, gzip, everything it loads (files and inline scripts). */
	const BUDGET_BYTES = BUDGETS.calculator;
	for (const path of [...IDS.map((id) => `/calculators/${id}/`), '/embed/power/', '/report/energy-constraint/']) {
		test(`${path} loads at most ${kib(BUDGET_BYTES)} of JavaScript (gzip)`, async ({ page }) => {
			const scripts: Promise<number>[] = [];
			page.on('response', (r) => {
				if (r.request().resourceType() === 'script') scripts.push(r.body().then((b) => gzipSync(b).length));
			});
			await page.goto(path);
			const island = page.locator('[data-calculator]').first();
			await island.scrollIntoViewIfNeeded();
			await page.locator('[data-calculator][data-charts="ready"]').first().waitFor();
			await page.waitForLoadState('networkidle');
			const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
			const files = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
			const total = files + inline.reduce((a, t) => a + gzipSync(t).length, 0);
			console.log(`${path}: ${total} B gzip of JavaScript (${(total / 1024).toFixed(1)} KiB; files ${files} B)`);
			expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
		});
	}
});

test.describe('axe', () => {
	const scan = async (page: Page) => {
		const result = await new AxeBuilder({ page })
			.include('[data-calculator]')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	};
	for (const id of IDS) {
		test(`${id}: no WCAG 2.2 AA violations with errors, warnings, ranges and details open`, async ({ page }) => {
			await open(page, `/calculators/${id}/?${DEEP_LINKS[id]}`);
			await scan(page);
			const [first, second] = CALCULATORS[id].fields;
			const mid = contextFor(id).defaults[second!.param]!;
			await (await shownField(page, first!.param)).fill('abc');
			await (await shownField(page, second!.param)).fill(`${mid * 0.9}~${mid * 1.1}`);
			for (const summary of await page.locator('[data-calculator] details:not([open]) > summary').all())
				if (await summary.isVisible()) await summary.click();
			await scan(page);
		});
	}
	test('dark theme: no contrast violations', async ({ browser }) => {
		const context = await browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await open(page, '/calculators/power/?count=abc&pue=1.1~1.3');
		await scan(page);
		await context.close();
	});
});

test('the calculator index explains each calculator in a sentence and links to it', async ({ page }) => {
	await page.goto('/calculators/');
	for (const id of IDS) {
		const link = page.getByRole('link', { name: CALCULATORS[id].title, exact: true });
		const opening = (ENTRIES[id] as { opening?: string }).opening;
		await expect(link).toHaveAttribute('href', `/calculators/${id}/${opening ? `?${opening}` : ''}`);
		await expect(page.getByText(CALCULATORS[id].summary)).toBeVisible();
	}
});
