/**
 * Shared helpers of the browser suites: which pages the build produced, and a watcher that
 * records everything a page must not do (console errors, uncaught errors, CSP violations,
 * requests to other origins).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from '@playwright/test';
import { listPages } from '../../budgets/weigh.mjs';

export const ROOT = process.cwd();
/** The built site. DIST_DIR points the suites at another build (isolated local runs). */
export const DIST = join(ROOT, process.env['DIST_DIR'] ?? 'dist');
export const PORT = Number(process.env['PORT'] ?? 4321);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

export interface BuiltPage {
	/** URL path as served (`/report/energy-constraint/`, `/404.html`). */
	path: string;
	/** File in dist/. */
	file: string;
}

/** Every HTML page in the build (not Pagefind's own files), sorted by path; shared with the byte budgets. */
export function builtPages(dist = DIST): BuiltPage[] {
	return listPages(dist) as BuiltPage[];
}

export function readBuilt(page: BuiltPage): string {
	return readFileSync(page.file, 'utf8');
}

/** The kinds of built page the budgets and fuzz suites tell apart. */
export function pageKind(path: string): 'calculator' | 'embed' | 'prose' {
	if (/^\/calculators\/[^/]+\/$/.test(path)) return 'calculator';
	if (/^\/embed\/[^/]+\/$/.test(path)) return 'embed';
	return 'prose';
}

export interface PageWatch {
	consoleErrors: string[];
	pageErrors: string[];
	foreignRequests: string[];
	cspViolations(): Promise<string[]>;
}

/**
 * Starts recording before navigation. CSP violations are caught by a listener installed through
 * the DevTools protocol (not subject to the page's CSP) as well as through the console.
 */
export async function watchPage(page: Page, origin = ORIGIN): Promise<PageWatch> {
	const consoleErrors: string[] = [];
	const pageErrors: string[] = [];
	const foreignRequests: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error')
			consoleErrors.push(`${msg.text()}${msg.location().url ? ` (${msg.location().url})` : ''}`);
	});
	page.on('pageerror', (err) => pageErrors.push(err.stack ?? err.message));
	page.on('request', (req) => {
		const url = req.url();
		if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
		if (new URL(url).origin !== origin) foreignRequests.push(`${req.method()} ${url}`);
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
		});
	});
	return {
		consoleErrors,
		pageErrors,
		foreignRequests,
		cspViolations: async () => {
			try {
				return await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
			} catch {
				return [];
			}
		},
	};
}

/** Parses a CSP string into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) map.set(name.toLowerCase(), sources);
	}
	return map;
}

/** Waits for two animation frames: layout and style have settled after a change. */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/**
 * Hydrates every island, lazy ones included (scrolls each client:visible island into view and
 * waits until Astro drops its `ssr` attribute), then returns to the top once the network is quiet.
 * Checks then see the page as a reader who scrolled through it does, and nothing hydrates midway.
 */
export async function hydrateAll(page: Page): Promise<void> {
	for (;;) {
		// Take the element itself: it stops matching `[ssr]` as soon as it hydrates.
		const handle = await page.evaluateHandle(() => document.querySelector('astro-island[client="visible"][ssr]'));
		const island = handle.asElement();
		if (!island) {
			await handle.dispose();
			break;
		}
		await island.scrollIntoViewIfNeeded();
		await page.waitForFunction((el) => !el.hasAttribute('ssr'), island, { timeout: 10_000 });
		await handle.dispose();
	}
	await page.waitForFunction(
		() => !document.querySelector('astro-island[ssr]:is([client="load"], [client="idle"], [client="visible"])'),
		null,
		{ timeout: 10_000 },
	);
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => window.scrollTo(0, 0));
	await settle(page);
}
