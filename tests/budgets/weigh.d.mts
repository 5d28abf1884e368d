import type { Browser } from '@playwright/test';

export declare const KiB: number;
export declare const BUDGETS: { readonly prose: number; readonly calculator: number };
export declare function budgetKind(path: string): 'calculator' | 'prose';
export declare function listPages(dist: string): { path: string; file: string }[];
export declare function gzipSize(data: string | Uint8Array): number;
export declare function fileGzip(dist: string, urlPath: string): number;
export interface PageWeight {
	path: string;
	kind: 'calculator' | 'prose';
	/** gzip bytes of JavaScript loaded on first view (1280x800, network idle, no scrolling). */
	jsFirstView: number;
	/** gzip bytes that bringing client:visible islands into view adds. */
	jsOnScroll: number;
	/** gzip bytes of stylesheets loaded plus inline <style> blocks. */
	css: number;
	/** gzip bytes of the HTML document. */
	html: number;
	htmlRaw: number;
	jsFiles: string[];
}
export declare function measurePage(
	browser: Browser,
	opts: { origin: string; dist: string; path: string },
): Promise<PageWeight>;
export declare function kib(n: number): string;
