/**
 * Hostile URLs: every calculator page opened with generated query strings (fast-check, fixed seed):
 * script and HTML payloads, unicode, empty and repeated parameters, 1e400, negatives, NaN,
 * Infinity, ranges and valid numbers. For each: no injected script runs, no page or console error,
 * every output's data-value is a finite number (or the documented empty value / method id), and a
 * parameter that cannot be a number is named in the "ignored" notice.
 */
import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';

import { CALCULATOR_ORDER, CALCULATORS, ENTRIES, isCalculatorId } from '../../src/registry/calculators';
import type { Calculator } from '../../src/engine';
import { watchPage } from './helpers/site';

const SEED = 4_2026_1127;
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 25);
const PRESETS = ['h100-sxm', 'h200', 'b200', 'gb200', 'mi300x'];

/** Payloads that would set window.__pwned if any part of the page treated URL text as code or HTML. */
const INJECTIONS = [
	'<script>window.__pwned=1</script>',
	'<img src=x onerror="window.__pwned=1">',
	'"><svg onload=window.__pwned=1>',
	'\'><iframe srcdoc="<script>parent.__pwned=1</script>">',
	'javascript:window.__pwned=1',
	"';window.__pwned=1;//",
	'${window.__pwned=1}',
	"{{constructor.constructor('window.__pwned=1')()}}",
	'<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
	'1<b onmouseover=window.__pwned=1>2</b>',
];
/** Values that are never a number in the contract's grammar: always ignored, always reported. */
const NEVER_NUMBERS = [
	...INJECTIONS,
	'',
	'1e400',
	'-1e400',
	'NaN',
	'Infinity',
	'-Infinity',
	'0x1F',
	'١٢٣',
	'１２３',
	'🔥',
	'\u202e9',
	'12abc',
	'~',
	'2~1',
	'null',
	'%',
];
const MAYBE = [
	'-1',
	'-0',
	'0',
	'1e-400',
	'1e308',
	'-5e300',
	'9'.repeat(400),
	'0.000000001',
	' 7 ',
	'1.5e26',
	'+3',
	'.5',
];

type Pair = { key: string; value: string; bad: boolean; valid: boolean };

function fieldValue(calc: Calculator, key: string): fc.Arbitrary<Pair> {
	const field = calc.fields.find((f) => f.param === key);
	const bad = fc.constantFrom(...NEVER_NUMBERS).map((value) => ({ key, value, bad: true, valid: false }));
	const maybe = fc.constantFrom(...MAYBE).map((value) => ({ key, value, bad: false, valid: false }));
	const junk = fc
		.string({ unit: 'grapheme', maxLength: 10 })
		.map((value) => ({ key, value, bad: false, valid: false }));
	if (key === 'accelerator') {
		const valid = fc.constantFrom(...PRESETS).map((value) => ({ key, value, bad: false, valid: true }));
		const unknown = fc
			.constantFrom('H100', 'tpu-v9', '__proto__', ...INJECTIONS.slice(0, 3))
			.map((value) => ({ key, value, bad: true, valid: false }));
		return fc.oneof(valid, unknown);
	}
	if (!field) return junk;
	const n = fc
		.double({ min: field.min, max: field.max, noNaN: true })
		.map((x) => (field.integer ? Math.round(x) : x))
		.filter((x) => x >= field.min && x <= field.max && !(field.minExclusive && x === field.min));
	const valid = n.map((x) => ({ key, value: String(x), bad: false, valid: true }));
	const range = fc
		.tuple(n, n)
		.map(([a, b]) => ({ key, value: `${Math.min(a, b)}~${Math.max(a, b)}`, bad: false, valid: true }));
	return fc.oneof(
		{ arbitrary: valid, weight: 3 },
		{ arbitrary: range, weight: 1 },
		{ arbitrary: bad, weight: 3 },
		{ arbitrary: maybe, weight: 2 },
		{ arbitrary: junk, weight: 1 },
	);
}

function queryArb(calc: Calculator): fc.Arbitrary<Pair[]> {
	const keys = [...(calc.preset ? [calc.preset.param] : []), ...calc.fields.map((f) => f.param)];
	const known = fc.constantFrom(...keys).chain((k) => fieldValue(calc, k));
	const unknown = fc
		.tuple(
			fc.constantFrom('utm_source', '__proto__', 'constructor', 'x<y', 'ñ', ''),
			fc.constantFrom(...INJECTIONS, 'newsletter'),
		)
		.map(([key, value]) => ({ key, value, bad: false, valid: true }));
	return fc.array(fc.oneof({ arbitrary: known, weight: 5 }, { arbitrary: unknown, weight: 1 }), {
		minLength: 0,
		maxLength: 8,
	});
}

/** Encodes pairs into a query string; sometimes leaves characters raw, as a hand-edited link would. */
function toQuery(pairs: Pair[], raw: boolean): string {
	const enc = (s: string) => (raw ? s.replace(/[#&=%+\s]/g, encodeURIComponent) : encodeURIComponent(s));
	return pairs.map((p) => `${enc(p.key)}=${enc(p.value)}`).join('&');
}

interface Observed {
	pwned: unknown;
	outputs: { key: string; value: string | null; p10: string | null; p90: string | null }[];
	ignored: string[];
	handlerAttrs: string[];
	noticeTags: string[];
}

async function observe(page: Page): Promise<Observed> {
	return page.evaluate(() => {
		const handlerAttrs: string[] = [];
		for (const el of document.querySelectorAll('*'))
			for (const a of el.attributes)
				if (/^on/i.test(a.name)) handlerAttrs.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
		return {
			pwned:
				(window as unknown as { __pwned?: unknown }).__pwned ??
				(globalThis as unknown as { __pwned?: unknown }).__pwned,
			outputs: [...document.querySelectorAll('.calc [data-output]')].map((el) => ({
				key: el.getAttribute('data-output')!,
				value: el.getAttribute('data-value'),
				p10: el.getAttribute('data-p10'),
				p90: el.getAttribute('data-p90'),
			})),
			ignored: [...document.querySelectorAll('[data-ignored]')].map((el) => el.getAttribute('data-ignored')!),
			handlerAttrs,
			noticeTags: [...new Set([...document.querySelectorAll('.calc-notice *')].map((el) => el.tagName.toLowerCase()))],
		};
	});
}

/** Float noise allowed when comparing quantiles. */
const tolerance = (...xs: number[]) => 1e-9 * Math.max(...xs.filter(Number.isFinite).map(Math.abs), 0) + 1e-12;

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function problemsOf(calc: Calculator, pairs: Pair[], seen: Observed): string[] {
	const problems: string[] = [];
	if (seen.pwned !== undefined) problems.push('an injected script ran (window.__pwned is set)');
	if (seen.handlerAttrs.length) problems.push(`event-handler attributes in the DOM: ${seen.handlerAttrs.join(', ')}`);
	const strayTags = seen.noticeTags.filter((t) => !['p', 'strong', 'ul', 'li', 'code'].includes(t));
	if (strayTags.length) problems.push(`unexpected elements in the notice: ${strayTags.join(', ')}`);

	const keys = new Set(seen.outputs.map((o) => o.key));
	for (const spec of calc.outputs.filter((o) => !o.detail))
		if (!keys.has(spec.key)) problems.push(`output ${spec.key} missing`);
	for (const o of seen.outputs) {
		const spec = calc.outputs.find((s) => s.key === o.key);
		const v = o.value;
		if (v === null) problems.push(`${o.key}: no data-value`);
		else if (spec?.unit === 'method') {
			const ids = isCalculatorId(calc.id) ? Object.keys(ENTRIES[calc.id].labels ?? {}) : [];
			if (!ids.includes(v)) problems.push(`${o.key}: data-value "${v}" is not a method id`);
		} else if (v === '' && spec?.nullable) {
			// the documented empty value (no year crosses 1 GW)
		} else if (!NUMBER.test(v) || !Number.isFinite(Number(v)))
			problems.push(`${o.key}: data-value "${v}" is not a finite number`);
		if (o.p10 !== null || o.p90 !== null) {
			// For an output that may be empty ("no year crosses 1 GW"), empty ranks after every year.
			const q = (x: string | null) => (x === '' && spec?.nullable ? Infinity : Number(x));
			const [lo, mid, hi] = [q(o.p10), q(v), q(o.p90)];
			if (![lo, mid, hi].every((x) => Number.isFinite(x) || (x === Infinity && spec?.nullable)))
				problems.push(`${o.key}: P10/P50/P90 not finite (${o.p10}, ${v}, ${o.p90})`);
			else if (!(lo <= mid + tolerance(lo, mid, hi) && mid <= hi + tolerance(lo, mid, hi)))
				problems.push(`${o.key}: P10 ${lo} <= P50 ${mid} <= P90 ${hi} does not hold`);
		}
	}

	// The first of repeated parameters wins; a value that is never a number must be reported.
	const first = new Map<string, Pair>();
	for (const p of pairs) if (!first.has(p.key)) first.set(p.key, p);
	// An empty derived field (the MFU page's goodput) asks the page to work the value out: not an error.
	const blankDerived = (key: string, value: string) =>
		value.trim() === '' && calc.fields.some((f) => f.param === key && f.derived !== undefined);
	for (const [key, p] of first)
		if (p.bad && !blankDerived(key, p.value) && !seen.ignored.includes(key))
			problems.push(
				`"${key}=${p.value}" was not reported as ignored (notice lists: ${seen.ignored.join(', ') || 'nothing'})`,
			);
	// Links made only of valid values show no notice (calculators without cross-field checks).
	if (!calc.crossCheck && [...first.values()].every((p) => p.valid) && seen.ignored.length)
		problems.push(`valid link reported ignored params: ${seen.ignored.join(', ')}`);
	return problems;
}

for (const id of CALCULATOR_ORDER) {
	test(`hostile query strings on /calculators/${id}/ (${RUNS} generated, fixed seed)`, async ({ page }) => {
		test.setTimeout(60_000 + RUNS * 6_000);
		const calc = CALCULATORS[id];
		const watch = await watchPage(page);
		const fixed: [Pair[], boolean][] = [
			[[{ key: calc.fields[0]!.param, value: '1e400', bad: true, valid: false }], false],
			[[{ key: calc.fields[0]!.param, value: '<script>window.__pwned=1</script>', bad: true, valid: false }], true],
			[
				[
					{ key: calc.fields[0]!.param, value: '', bad: true, valid: false },
					{ key: calc.fields[0]!.param, value: '5', bad: false, valid: false },
				],
				false,
			],
			[
				[
					{ key: calc.fields.at(-1)!.param, value: 'NaN', bad: true, valid: false },
					{ key: calc.fields[1]!.param, value: '-Infinity', bad: true, valid: false },
				],
				false,
			],
		];
		let runs = 0;
		await fc.assert(
			fc.asyncProperty(queryArb(calc), fc.boolean(), async (pairs, raw) => {
				runs++;
				const before = { errors: watch.pageErrors.length, console: watch.consoleErrors.length };
				const url = `/calculators/${id}/?${toQuery(pairs, raw)}`;
				await page.goto(url);
				await page.locator('[data-calculator][data-ready="true"]').first().waitFor({ timeout: 10_000 });
				const seen = await observe(page);
				const problems = problemsOf(calc, pairs, seen);
				problems.push(...watch.pageErrors.slice(before.errors).map((e) => `page error: ${e.split('\n')[0]}`));
				problems.push(...watch.consoleErrors.slice(before.console).map((e) => `console error: ${e}`));
				if (problems.length) throw new Error(`${url}\n  ${problems.join('\n  ')}`);
			}),
			{ seed: SEED, numRuns: RUNS, endOnFailure: true, examples: fixed },
		);
		expect(runs).toBeGreaterThanOrEqual(RUNS);
		expect(watch.foreignRequests).toEqual([]);
		expect(await watch.cspViolations()).toEqual([]);
	});
}
