/**
 * Beyond one point estimate, in a real browser against the same engine imported here: ranges
 * (P10 <= P50 <= P90 on every output of every calculator), A/B comparison links, named scenarios
 * and their share pages, imperial units, and the sensitivity section. Every test fails on a
 * console error or warning, a page error or a request that leaves the site. Run after a build.
 */

import { expect, type Page, test } from '@playwright/test';

import { defaultRanges, evaluate, readScenario, simulate, tornado } from '../../src/engine';
import { uncertainRanges } from '../../src/components/calculator/keyInputs';
import { CALCULATOR_ORDER, CALCULATORS } from '../../src/registry/calculators';
import { seedFromString } from '../../src/engine';
import type { CalculatorId } from '../../src/registry/calculators';
import { inputsToQuery, queryToInputs, readPageLink } from '../../src/islands/calculator/model/url';
import { contextFor, lookup, registry } from './helpers/registry';

/** What the engine gives for raw params: point outputs, and quantiles seeded as the page seeds them. */
function engine(id: CalculatorId, raw: Readonly<Record<string, string>>) {
	const calc = CALCULATORS[id];
	const ctx = contextFor(id);
	const { scenario, ignored } = readScenario(calc, raw, ctx);
	const result = evaluate(calc, scenario.values);
	if (!result.ok) throw new Error(`engine failed for ${id} ${JSON.stringify(raw)}`);
	const quantiles =
		Object.keys(scenario.ranges).length > 0
			? simulate(calc, scenario, { samples: 10_000, seed: seedFromString(inputsToQuery(calc, scenario, ctx)) })
					.quantiles
			: null;
	return { scenario, ignored, outputs: result.outputs, quantiles };
}

/** The query that sets every input with a registry range to its low~high. */
const plausibleQuery = (id: CalculatorId) =>
	Object.entries(uncertainRanges(id, defaultRanges(CALCULATORS[id], lookup)))
		.map(([p, r]) => `${p}=${r.low}~${r.high}`)
		.join('&');

const close = (actual: number, want: number, rel = 1e-9) =>
	Math.abs(actual - want) <= rel * Math.max(Math.abs(want), 1e-12);

interface Shown {
	key: string;
	value: string | null;
	p10: string | null;
	p90: string | null;
	text: string;
}

async function shown(page: Page, attr: 'data-output' | 'data-output-a' = 'data-output'): Promise<Shown[]> {
	return page.locator(`[data-calculator] [${attr}]`).evaluateAll(
		(els, a) =>
			els.map((el) => ({
				key: el.getAttribute(a)!,
				value: el.getAttribute('data-value'),
				p10: el.getAttribute('data-p10'),
				p90: el.getAttribute('data-p90'),
				text: el.textContent ?? '',
			})),
		attr,
	);
}

/** Every element of `attr` equals the engine for raw params: P50 (and P10, P90) with ranges, else the value. */
async function expectEngine(
	page: Page,
	id: CalculatorId,
	raw: Readonly<Record<string, string>>,
	attr: 'data-output' | 'data-output-a' = 'data-output',
) {
	const want = engine(id, raw);
	const got = await shown(page, attr);
	expect(got.map((g) => g.key).sort(), attr).toEqual(CALCULATORS[id].outputs.map((o) => o.key).sort());
	for (const g of got) {
		expect(g.text, g.key).not.toMatch(/NaN|Infinity|undefined|^\s*$/);
		const spec = CALCULATORS[id].outputs.find((o) => o.key === g.key)!;
		const q = want.quantiles?.[g.key];
		if (q && spec.unit !== 'method') {
			// An empty attribute is "never" (no year crosses 1 GW), the engine's null.
			const same = (x: string | null, w: number | null) => (x === '' ? w === null : w !== null && close(Number(x), w));
			expect(same(g.value, q.p50), `${g.key} P50 ${g.value} vs ${q.p50}`).toBe(true);
			expect(same(g.p10, q.p10), `${g.key} P10 ${g.p10} vs ${q.p10}`).toBe(true);
			expect(same(g.p90, q.p90), `${g.key} P90 ${g.p90} vs ${q.p90}`).toBe(true);
			continue;
		}
		expect(g.p10, `${g.key} has no P10 without ranges`).toBeNull();
		const v = want.outputs[g.key];
		if (v === null || v === undefined) expect(g.value, g.key).toBe('');
		else if (typeof v === 'string') expect(g.value, g.key).toBe(v);
		else expect(close(Number(g.value), v), `${g.key}: page ${g.value}, engine ${v}`).toBe(true);
	}
	return want;
}

/** Hydrated, URL applied, Monte Carlo done, charts drawn. */
async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('[data-calculator][data-ready="true"][data-charts="ready"]').first().waitFor();
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
		if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) problems.push(`third-party request: ${url}`);
	});
});
test.afterEach(() => {
	expect(problems, problems.join('\n')).toEqual([]);
});

test.describe('ranges', () => {
	for (const id of CALCULATOR_ORDER) {
		test(`${id}: a range on every input gives P10 <= P50 <= P90 on every output, equal to the engine's seeded simulation`, async ({
			page,
		}) => {
			const query = plausibleQuery(id);
			await open(page, `/calculators/${id}/?${query}`);
			await expectEngine(page, id, queryToInputs(CALCULATORS[id], query).raw);
			for (const g of await shown(page)) {
				const spec = CALCULATORS[id].outputs.find((o) => o.key === g.key)!;
				if (spec.unit === 'method') continue;
				expect(g.p10, g.key).not.toBeNull();
				// "Never" (no year crosses 1 GW) is empty and ranks after every year.
				const q = (x: string | null) => (x === '' ? Infinity : Number(x));
				expect(q(g.p10), g.key).toBeLessThanOrEqual(q(g.value));
				expect(q(g.value), g.key).toBeLessThanOrEqual(q(g.p90));
			}
			await expect(page.locator('[data-ranged]')).toBeVisible();
		});
	}

	test('"Use plausible ranges" fills each uncertain assumption from the registry (not decisions) and the link keeps them', async ({
		page,
	}) => {
		await open(page, '/calculators/reliability/');
		await page.locator('[data-more-assumptions] > summary').click();
		await page.getByRole('button', { name: 'Use plausible ranges' }).click();
		const query = plausibleQuery('reliability');
		await expect(page).toHaveURL(new RegExp(`\\?${query.replace(/[.~]/g, '\\$&')}$`));
		await page.locator('[data-calculator][data-ready="true"]').waitFor();
		await expectEngine(page, 'reliability', queryToInputs(CALCULATORS.reliability, query).raw);
	});

	test('the same link gives the same numbers on a second visit (deterministic)', async ({ page }) => {
		const path = `/calculators/growth/?${plausibleQuery('growth')}`;
		await open(page, path);
		const first = await shown(page);
		await open(page, path);
		expect(await shown(page)).toEqual(first);
	});
});

test.describe('comparing A and B', () => {
	const LINKS: Record<CalculatorId, [string, string]> = {
		power: ['count=100000', 'accelerator=b200&count=150000&pue=1.35'],
		cooling: ['rack_kw=40', 'rack_kw=132&liquid_fraction=0.8&air_delta_t_c=8~14'],
		growth: ['growth_per_year=4', 'growth_per_year=3.5~5&end_year=2032'],
		mfu: ['s=llama3-405b-100k-h100', 'count=32768&mfu_general=0.35'],
		reliability: ['mtbf_h_per_accel=25000~100000', 'count=100000'],
		inference: ['s=inference-edge-site', 's=inference-central-region&batch=16~64'],
		'time-to-power': ['onsite_mw=0', 'onsite_mw=120&onsite_months=10~20&interconnect_months=48'],
		refresh: ['position_kw=15', 'accelerator=gb200&rack_kw=132&position_kw=12~20'],
		tco: ['occupancy=0.7', 'occupancy=0.97&rent_usd_per_hour=2~3'],
	};
	for (const id of CALCULATOR_ORDER) {
		test(`${id}: an a/b link reproduces both scenarios, A in data-output-a and B in data-output`, async ({ page }) => {
			const [a, b] = LINKS[id];
			const search = `?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
			await open(page, `/calculators/${id}/${search}`);
			const link = readPageLink(CALCULATORS[id], search);
			const scenarioRaw = (l: typeof link.current) => ({
				...(l.s ? registry.scenarios.get(l.s)!.params : {}),
				...l.raw,
			});
			await expectEngine(page, id, scenarioRaw(link.current));
			await expectEngine(page, id, scenarioRaw(link.pinned!), 'data-output-a');
			await expect(page.locator('[data-compare]')).toBeVisible();
			await expect(page.locator(`[data-diff="${CALCULATORS[id].headline}"]`)).toHaveText(/^B − A: |^Same in A and B$/);
			await expect(page).toHaveURL(new RegExp(`/calculators/${id}/\\?a=`));
		});
	}

	test('Pin as A, edit B, copy the link: a new visitor sees both scenarios', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
		await open(page, '/calculators/power/?count=120000');
		await page.getByRole('button', { name: 'Pin as A' }).click();
		await page.locator('[data-more-assumptions] > summary').first().click();
		await page.locator('[data-calculator] input[name="pue"]').fill('1.4');
		await expect(page).toHaveURL(/\?a=count%3D120000&b=count%3D120000%26pue%3D1\.4$/);
		await expect(page.locator('[data-ab="pue"]')).toHaveText('PUE: 1.4 (A 1.2)');
		await page.getByRole('button', { name: 'Copy link' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const again = await context.newPage();
		again.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		await open(again, copied);
		await expectEngine(again, 'power', { count: '120000', pue: '1.4' });
		await expectEngine(again, 'power', { count: '120000' }, 'data-output-a');
		// The charts draw A too.
		await again.locator('[data-chart-panel="by-count"]').getByText('Data table').click();
		await expect(again.locator('[data-chart-panel="by-count"] thead')).toContainText('A: facility power');
		await again.getByRole('button', { name: 'Stop comparing' }).click();
		await expect(again).toHaveURL(/\?count=120000&pue=1\.4$/);
		await expect(again.locator('[data-output-a]')).toHaveCount(0);
		await again.close();
	});

	test('old parameter names work inside a and b', async ({ page }) => {
		await open(
			page,
			`/calculators/power/?a=${encodeURIComponent('gpus=50000')}&b=${encodeURIComponent('gpus=60000&tdp_w=1000')}`,
		);
		await expectEngine(page, 'power', { count: '60000', board_w: '1000' });
		await expectEngine(page, 'power', { count: '50000' }, 'data-output-a');
	});
});

test.describe('named scenarios', () => {
	for (const s of registry.scenarios.values()) {
		test(`${s.id}: opens in its calculator with its banner and its values, and has a share page`, async ({ page }) => {
			const id = s.calculator;
			await open(page, `/calculators/${id}/?s=${s.id}`);
			const banner = page.locator(`[data-scenario="${s.id}"]`);
			await expect(banner).toBeVisible();
			await expect(banner).toContainText(`Named scenario: ${s.title}`);
			await expect(banner).toContainText(s.note.slice(0, 60));
			await expectEngine(page, id, s.params);
			await expect(page.locator('.calc-notice')).toHaveCount(0);
			// Which inputs differ from the report defaults, in the calculator's order.
			const want = engine(id, s.params).scenario;
			const defaults = engine(id, {}).scenario;
			const differs = [
				...(CALCULATORS[id].preset && want.preset !== defaults.preset ? ['accelerator'] : []),
				...CALCULATORS[id].fields
					.filter((f) => want.values[f.param] !== defaults.values[f.param] || want.ranges[f.param])
					.map((f) => f.param),
			];
			await expect(banner.locator('[data-differs]')).toHaveCount(differs.length);
			for (const p of differs) await expect(banner.locator(`[data-differs="${p}"]`)).toBeVisible();

			await page.goto(`/scenarios/${s.id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.title);
			await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
				'content',
				new RegExp(`/og/scenarios/${s.id}\\.png$`),
			);
			await expect(page.getByRole('link', { name: /^Open this scenario in the/ })).toHaveAttribute(
				'href',
				`/calculators/${id}/?s=${s.id}`,
			);
			await expect(page.locator(`[data-result="${CALCULATORS[id].headline}"]`)).toBeVisible();
			const png = await page.request.get(`/og/scenarios/${s.id}.png`);
			expect(png.status()).toBe(200);
		});
	}

	test('explicit parameters override the scenario’s; edits keep s in the link; reset returns to the defaults', async ({
		page,
	}) => {
		const s = registry.scenarios.get('gb200-campus')!;
		await open(page, '/calculators/power/?s=gb200-campus&pue=1.3');
		await expectEngine(page, 'power', { ...s.params, pue: '1.3' });
		await expect(page.locator('[data-edited="pue"]')).toBeVisible();
		await page.locator('[data-calculator] input[name="count"]').fill('80000');
		await expect(page).toHaveURL(/\?s=gb200-campus&count=80000&pue=1\.3$/);
		await page.getByRole('button', { name: 'Reset to the report defaults' }).click();
		await expect(page.locator('[data-scenario]')).toHaveCount(0);
		await expectEngine(page, 'power', {});
	});

	test('an unknown scenario is named among the ignored parameters', async ({ page }) => {
		await open(page, '/calculators/reliability/?s=llama-99&count=8192');
		await expect(page.locator('[data-ignored="s"]')).toHaveText(
			/^s: unknown named scenario "llama-99"; expected one of llama3-405b$/,
		);
		await expectEngine(page, 'reliability', { count: '8192' });
	});

	test('/calculators/ and /scenarios/ list every named scenario', async ({ page }) => {
		for (const path of ['/calculators/', '/scenarios/']) {
			await page.goto(path);
			for (const s of registry.scenarios.values())
				await expect(page.getByRole('link', { name: s.title, exact: true })).toHaveAttribute(
					'href',
					`/scenarios/${s.id}/`,
				);
		}
	});
});

test.describe('units', () => {
	test('units=imperial changes the units shown and not one data-value', async ({ page }) => {
		const query = 'rack_kw=90&liquid_fraction=0.7&air_delta_t_c=10~14';
		await open(page, `/calculators/cooling/?${query}`);
		const si = await shown(page);
		await open(page, `/calculators/cooling/?${query}&units=imperial`);
		const imperial = await shown(page);
		const attrs = (list: Shown[]) =>
			list.map(({ key, value, p10, p90 }) => ({ key, value, p10, p90 })).sort((a, b) => a.key.localeCompare(b.key));
		expect(attrs(imperial)).toEqual(attrs(si));
		await expectEngine(page, 'cooling', queryToInputs(CALCULATORS.cooling, query).raw);
		const text = (list: Shown[], key: string) => list.find((x) => x.key === key)!.text;
		expect(text(si, 'liquid_l_per_min_per_rack')).toMatch(/L\/min/);
		expect(text(imperial, 'liquid_l_per_min_per_rack')).toMatch(/US gpm/);
		expect(text(imperial, 'annual_water_m3')).toMatch(/US gal/);
		expect(text(si, 'annual_water_m3')).toMatch(/m³/);
		// The headline results swap to their imperial twins; the SI ones move to the breakdown.
		await expect(page.locator('.calc-breakdown [data-output="air_m3_per_h_per_rack"]')).toHaveCount(1);
		await expect(page.locator('.calc-breakdown [data-output="air_cfm_per_rack"]')).toHaveCount(0);
		await expect(page.locator('[data-field="air_delta_t_c"] .calc-unit').first()).toHaveText('°F');
		await expect(page.locator('input[name="air_delta_t_c"]')).toHaveValue('18~25.2');
		await expect(page.locator('[data-summary="airflow"]')).toContainText('CFM');
	});

	test('°F typed into a ΔT field is stored as the SI parameter; switching units keeps the link in SI', async ({
		page,
	}) => {
		await open(page, '/calculators/cooling/?units=imperial');
		if (!(await page.locator('input[name="liquid_delta_t_c"]').isVisible()))
			await page.locator('[data-more-assumptions] > summary').first().click();
		await page.locator('input[name="liquid_delta_t_c"]').fill('27');
		await expect(page).toHaveURL(/\?liquid_delta_t_c=15&units=imperial$/);
		await expectEngine(page, 'cooling', { liquid_delta_t_c: '15' });
		await page.getByRole('button', { name: /^SI/ }).click();
		await expect(page).toHaveURL(/\?liquid_delta_t_c=15$/);
		await expect(page.locator('input[name="liquid_delta_t_c"]')).toHaveValue('15');
	});
});

test.describe('sensitivity', () => {
	for (const id of CALCULATOR_ORDER) {
		test(`${id}: the tornado lists inputs in descending swing, as the engine ranks them, with the tipping points`, async ({
			page,
		}) => {
			await open(page, `/calculators/${id}/`);
			await page.locator('details.calc-sensitivity > summary').click();
			const rows = page.locator('[data-tornado] tbody tr');
			await expect(rows.first()).toBeVisible();
			const got = await rows.evaluateAll((trs) =>
				trs.map((tr) => ({ param: tr.getAttribute('data-param')!, swing: Number(tr.getAttribute('data-swing')) })),
			);
			const swings = got.map((r) => r.swing);
			expect(swings).toEqual([...swings].sort((a, b) => b - a));
			const { scenario } = engine(id, {});
			const want = tornado(
				CALCULATORS[id],
				scenario.values,
				uncertainRanges(id, defaultRanges(CALCULATORS[id], lookup)),
			);
			expect(got.map((r) => r.param)).toEqual(want.map((b) => b.param));
			got.forEach((r, i) => expect(close(r.swing, want[i]!.swing)).toBe(true));
			await expect(page.locator('[data-conclusion]')).toHaveText(/\.$/);
			await expect(page.locator('[data-summary="tornado"]')).toContainText('moves most with');
			await page.waitForFunction(() => {
				const c = document.querySelector<HTMLCanvasElement>('canvas[data-chart="tornado"]');
				return !!c && c.width > 0;
			});
		});
	}

	test('the power tipping points are sentences with the values where the cluster stops fitting', async ({ page }) => {
		await open(page, '/calculators/power/?count=50000');
		await page.locator('details.calc-sensitivity > summary').click();
		await expect(page.locator('[data-conclusion="holds"]')).toHaveText(
			/^The cluster fits the 100 MW power budget: it draws 84\.1 MW\. It stops fitting 100 MW with .*PUE above 1\.43.*, each on its own with the other inputs held\.$/,
		);
		const pue = Number(await page.locator('[data-tipping] tr[data-param="pue"]').getAttribute('data-value'));
		const at = engine('power', { count: '50000', pue: String(pue) });
		expect(at.outputs['facility_mw'] as number).toBeCloseTo(100, 6);
	});
});
