/**
 * Byte budgets, on every built page: gzip JavaScript on first view at most 10 KiB for prose pages
 * and 80 KiB for calculator pages (and their embeds). Bytes are deterministic (file sizes in
 * dist/); this check never looks at times.
 */
import { expect, test } from '@playwright/test';

import { BUDGETS, kib, listPages, measurePage } from './weigh.mjs';
import { DIST, ORIGIN } from '../e2e/helpers/site';

const PAGES = listPages(DIST);

test('the build has pages to weigh', () => {
	expect(PAGES.length, 'run `npm run build` first').toBeGreaterThan(0);
});

for (const p of PAGES) {
	test(`JS budget ${p.path}`, async ({ browser }) => {
		const w = await measurePage(browser, { origin: ORIGIN, dist: DIST, path: p.path });
		const budget = BUDGETS[w.kind];
		test.info().annotations.push({
			type: 'weight',
			description: `${kib(w.jsFirstView)} JS first view (budget ${kib(budget)}), ${kib(w.jsOnScroll)} on scroll, ${kib(w.css)} CSS, ${kib(w.html)} HTML`,
		});
		expect(
			w.jsFirstView,
			`${p.path}: ${kib(w.jsFirstView)} of JavaScript on first view is over the ${w.kind} budget of ${kib(budget)} (${w.jsFiles.join(', ')})`,
		).toBeLessThanOrEqual(budget);
	});
}
