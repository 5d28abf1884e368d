/**
 * Keyboard walk: presses Tab through a page and checks that focus reaches every interactive
 * control and that each focused element shows a visible indicator (:focus-visible outline or a
 * box-shadow that differs from its unfocused style).
 */
import type { Page } from '@playwright/test';

export interface KeyboardReport {
	/** Focusable controls found in the DOM. */
	candidates: number;
	/** Distinct elements that received focus from Tab. */
	reached: number;
	/** Controls that Tab never reached. */
	unreached: string[];
	/** Elements that received focus without a visible indicator. */
	noIndicator: string[];
}

const FOCUSABLE = [
	'a[href]',
	'area[href]',
	'button',
	'input:not([type="hidden"])',
	'select',
	'textarea',
	'iframe',
	'summary',
	'[tabindex]',
	'[contenteditable=""]',
	'[contenteditable="true"]',
	'audio[controls]',
	'video[controls]',
].join(',');

interface Step {
	index: number;
	key: string;
	tag: string;
	indicator: boolean;
	focusVisible: boolean;
	done: boolean;
}

export async function keyboardWalk(page: Page): Promise<KeyboardReport> {
	const candidates = await page.evaluate((selector) => {
		const describe = (el: Element) => {
			const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
			const id = el.id ? `#${el.id}` : '';
			const href = el.getAttribute('href');
			return `<${el.tagName.toLowerCase()}${id}${href ? ` href="${href}"` : ''}> ${JSON.stringify(text)}`;
		};
		const list = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
			if (el.tabIndex < 0) return false;
			if ((el as HTMLButtonElement).disabled) return false;
			if (el.closest('[inert]')) return false;
			if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
			// A summary is only focusable when it is its details' first summary.
			if (el.tagName === 'SUMMARY' && el.parentElement?.tagName !== 'DETAILS') return false;
			return el.getClientRects().length > 0;
		});
		const styleOf = (el: Element) => {
			const cs = getComputedStyle(el);
			return { outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`, shadow: cs.boxShadow };
		};
		const w = window as unknown as { __kb: { els: HTMLElement[]; base: { outline: string; shadow: string }[]; names: string[] } };
		w.__kb = { els: list, base: list.map(styleOf), names: list.map(describe) };
		(document.activeElement as HTMLElement | null)?.blur?.();
		window.scrollTo(0, 0);
		return list.map(describe);
	}, FOCUSABLE);

	const reached = new Set<number>();
	const extras = new Set<string>();
	const noIndicator: string[] = [];
	let firstKey: string | undefined;
	const limit = candidates.length * 2 + 40;
	let press = true;
	for (let i = 0; i < limit; i++) {
		if (press) await page.keyboard.press('Tab');
		press = true;
		const step: Step = await page.evaluate(() => {
			const w = window as unknown as { __kb: { els: HTMLElement[]; base: { outline: string; shadow: string }[]; names: string[] } };
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body || el === document.documentElement) return { index: -1, key: 'body', tag: 'body', indicator: true, focusVisible: false, done: true };
			const index = w.__kb.els.indexOf(el);
			const cs = getComputedStyle(el);
			const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(cs.outlineColor);
			const base = index >= 0 ? w.__kb.base[index] : undefined;
			const shadow = cs.boxShadow !== 'none' && (!base || cs.boxShadow !== base.shadow);
			const changedOutline = !base || `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}` !== base.outline;
			const key = index >= 0 ? `#${index}` : `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 30)}:${el.getAttribute('href') ?? ''}`;
			return {
				index,
				key,
				tag: el.tagName,
				indicator: (outline && changedOutline) || shadow,
				focusVisible: el.matches(':focus-visible'),
				done: false,
			};
		});
		if (step.done) break;
		if (firstKey === undefined) firstKey = step.key;
		else if (step.key === firstKey) break;
		if (step.index >= 0) reached.add(step.index);
		else extras.add(step.key);
		if (step.tag === 'IFRAME') {
			// Tab moves inside the frame; the frame's own page is walked on its own. Tab out of it and
			// look at wherever focus lands next without pressing again.
			for (let j = 0; j < 200; j++) {
				await page.keyboard.press('Tab');
				const still = await page.evaluate(() => document.activeElement?.tagName === 'IFRAME');
				if (!still) break;
			}
			press = false;
		}
		if (step.tag !== 'IFRAME' && (!step.indicator || !step.focusVisible)) {
			const name = step.index >= 0 ? candidates[step.index]! : step.key;
			if (!noIndicator.includes(name)) noIndicator.push(name);
		}
	}
	const unreached = candidates.filter((_, i) => !reached.has(i));
	return { candidates: candidates.length, reached: reached.size + extras.size, unreached, noIndicator };
}
