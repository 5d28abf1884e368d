#!/usr/bin/env node
/**
 * Renders the default share card, public/og/default.png (1200x630), from an HTML card in
 * Debian's Chromium (CHROME_PATH overrides). Run after changing the site name or tagline:
 *   node scripts/make-og-default.mjs
 * The PNG is committed; the build does not run this script.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public/og/default.png');

// Kept in step with src/lib/site.ts (SITE.name, SITE.tagline).
const NAME = 'AI Infrastructure Field Guide';
const TAGLINE = 'Why infrastructure decides who wins in AI, with numbers you can re-run.';

const font = async (file) =>
	`data:font/woff2;base64,${(await readFile(join(root, 'public/fonts', file))).toString('base64')}`;
const inter = await font('inter-latin-wght-normal.woff2');
const serif = await font('source-serif-4-latin-wght-normal.woff2');

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// Decorative rack silhouettes: no data, no numbers.
const racks = Array.from({ length: 9 }, (_, i) => {
	const x = 40 + i * 44;
	const h = 150 + ((i * 37) % 5) * 22;
	const units = Array.from(
		{ length: Math.floor((h - 16) / 14) },
		(_, u) =>
			`<rect x="${x + 6}" y="${560 - h + 8 + u * 14}" width="24" height="8" rx="1.5" fill="${u % 3 === 0 ? '#7cc4f0' : '#3a3e46'}"/>`,
	).join('');
	return `<rect x="${x}" y="${560 - h}" width="36" height="${h}" rx="3" fill="#1e2127" stroke="#3a3e46"/>${units}`;
}).join('');

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
@font-face { font-family: Inter; src: url(${inter}) format('woff2'); font-weight: 100 900; }
@font-face { font-family: 'Source Serif 4'; src: url(${serif}) format('woff2'); font-weight: 200 900; }
html, body { margin: 0; width: 1200px; height: 630px; }
body { background: #15171b; color: #e8e6e1; display: grid; grid-template-columns: 1fr 440px; overflow: hidden; }
.text { padding: 72px 24px 64px 80px; display: flex; flex-direction: column; justify-content: space-between; }
.kicker { font: 600 22px Inter, sans-serif; letter-spacing: 0.12em; text-transform: uppercase; color: #7cc4f0; margin: 0; }
h1 { font: 800 76px/1.04 Inter, sans-serif; letter-spacing: -0.02em; margin: 24px 0 0; }
p.tag { font: 400 34px/1.35 'Source Serif 4', Georgia, serif; color: #b3b0a8; margin: 28px 0 0; max-width: 640px; }
.bar { height: 8px; width: 160px; background: #fb923c; border-radius: 4px; }
svg { align-self: end; }
</style></head><body>
<div class="text"><div><p class="kicker">Research report · Open calculators</p><h1>${escape(NAME)}</h1><p class="tag">${escape(TAGLINE)}</p></div><div class="bar"></div></div>
<svg width="440" height="630" viewBox="0 0 440 630" aria-hidden="true"><rect x="20" y="560" width="420" height="4" fill="#3a3e46"/>${racks}</svg>
</body></html>`;

const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--disable-gpu'],
});
try {
	const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
	await page.setContent(html, { waitUntil: 'load' });
	await page.evaluate(() => document.fonts.ready);
	await mkdir(dirname(out), { recursive: true });
	await page.screenshot({ path: out, type: 'png', clip: { x: 0, y: 0, width: 1200, height: 630 } });
	console.log(`wrote ${out}`);
} finally {
	await browser.close();
}
