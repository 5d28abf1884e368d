/**
 * Keyboard walk: presses Tab through a page and checks that focus reaches every interactive
 * control and that each focused element shows a visible indicator (:focus-visible with an outline,
 * or a box-shadow that differs from its unfocused style).
 *
 * A focusin listener records each focus as it happens (with the element's computed style at that
 * moment), so the walk costs one key press per control rather than a round trip of queries.
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

interface Focus {
	index: number;
	name: string;
	tag: string;
	indicator: boolean;
}

interface KbState {
	els: Element[];
	base: { outline: string; shadow: string }[];
	names: string[];
	log: Focus[];
}

export async function keyboardWalk(page: Page): Promise<KeyboardReport> {
	const { count, frames } = await page.evaluate((selector) => {
		const describe = (el: Element) => {
			const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
			const id = el.id ? `#${el.id}` : '';
			const href = el.getAttribute('href');
			return `<${el.tagName.toLowerCase()}${id}${href ? ` href="${href}"` : ''}> ${JSON.stringify(text)}`;
		};
		const els = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
			if (el.tabIndex < 0) return false;
			if ((el as HTMLButtonElement).disabled) return false;
			if (el.closest('[inert]')) return false;
			if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
			// Only a details element's own summary is focusable.
			if (el.tagName === 'SUMMARY' && el.parentElement?.tagName !== 'DETAILS') return false;
			return el.getClientRects().length > 0;
		});
		const outlineOf = (cs: CSSStyleDeclaration) => `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`;
		const state: KbState = {
			els,
			base: els.map((el) => {
				const cs = getComputedStyle(el);
				return { outline: outlineOf(cs), shadow: cs.boxShadow };
			}),
			names: els.map(describe),
			log: [],
		};
		(window as unknown as { __kb: KbState }).__kb = state;
		document.addEventListener(
			'focusin',
			(event) => {
				const el = event.target as Element;
				const index = state.els.indexOf(el);
				const cs = getComputedStyle(el);
				const base = index >= 0 ? state.base[index] : undefined;
				const visibleOutline =
					cs.outlineStyle !== 'none' &&
					parseFloat(cs.outlineWidth) >= 1 &&
					!/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(cs.outlineColor);
				const outlineChanged = !base || outlineOf(cs) !== base.outline;
				const shadowChanged = cs.boxShadow !== 'none' && (!base || cs.boxShadow !== base.shadow);
				state.log.push({
					index,
					name: index >= 0 ? state.names[index]! : describe(el),
					tag: el.tagName,
					indicator: el.matches(':focus-visible') && ((visibleOutline && outlineChanged) || shadowChanged),
				});
			},
			true,
		);
		(document.activeElement as HTMLElement | null)?.blur?.();
		window.scrollTo(0, 0);
		return { count: els.length, frames: els.filter((el) => el.tagName === 'IFRAME').length };
	}, FOCUSABLE);

	// One press per control, a few to spare, and room to Tab through any embedded frame.
	// Key events go straight to the DevTools protocol, queued in order without a round trip each;
	// the renderer handles them one after another, as it would a person pressing Tab.
	const presses = count + 3 + frames * 60;
	const cdp = await page.context().newCDPSession(page);
	const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
	const sent: Promise<unknown>[] = [];
	for (let i = 0; i < presses; i++) {
		sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }));
		sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }));
	}
	await Promise.all(sent);
	await cdp.detach();

	const state = await page.evaluate(() => {
		const s = (window as unknown as { __kb: KbState }).__kb;
		return { log: s.log, names: s.names };
	});
	const reached = new Set<number>();
	const others = new Set<string>();
	const noIndicator: string[] = [];
	for (const f of state.log) {
		if (f.index >= 0) reached.add(f.index);
		else others.add(f.name);
		// A frame's own page is walked on its own.
		if (f.tag !== 'IFRAME' && !f.indicator && !noIndicator.includes(f.name)) noIndicator.push(f.name);
	}
	return {
		candidates: count,
		reached: reached.size + others.size,
		unreached: state.names.filter((_, i) => !reached.has(i)),
		noIndicator,
	};
}
