import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { settle } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Zero axe violations on the page as it is now, in light and in dark. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await settle(page);
		const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		expect(
			violations.map((v) => `[${colorScheme}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
		).toEqual([]);
	}
}

export const VIEWPORTS = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 900 },
] as const;
