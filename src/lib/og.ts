/**
 * Share cards (Open Graph images, 1200 × 630 PNG) rendered at build time with satori (layout to
 * SVG) and resvg (SVG to PNG). Build-time only; nothing here ships to the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** Fonts are read from the project root: the build runs there, and bundling moves this module. */
const font = (name: string) => readFileSync(join(process.cwd(), 'src/assets/og', name));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
	type,
	props: { style, children },
});

export interface Card {
	/** Small line above the title, e.g. "Power calculator · named scenario". */
	kicker: string;
	title: string;
	/** The headline number, already formatted ("168 MW"). */
	figure?: string;
	/** What the number is ("Facility power at the wall"). */
	figureLabel?: string;
	/** Bottom line: the source of the scenario or the site. */
	footer: string;
}

export async function renderCardPng(card: Card): Promise<Buffer> {
	fonts ??= [
		{ name: 'Inter', data: font('inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
		{ name: 'Inter', data: font('inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
	];
	const tree = h(
		'div',
		{
			width: 1200,
			height: 630,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			background: '#fdfcf9',
			color: '#1d1f24',
			padding: '48px 72px 40px',
			fontFamily: 'Inter',
			borderTop: '16px solid #0b5c8a',
		},
		[
			h('div', { display: 'flex', flexDirection: 'column', width: 1056 }, [
				h('div', { fontSize: 28, color: '#0b5c8a', fontWeight: 700 }, card.kicker),
				h('div', { fontSize: 54, fontWeight: 700, lineHeight: 1.15, marginTop: 18, width: 1056 }, card.title),
			]),
			card.figure
				? h('div', { display: 'flex', alignItems: 'baseline' }, [
						h('div', { fontSize: 104, fontWeight: 700, color: '#084566' }, card.figure),
						h('div', { fontSize: 30, color: '#50545c', marginLeft: 28 }, card.figureLabel ?? ''),
					])
				: h('div', { display: 'flex' }, ''),
			h('div', { fontSize: 22, color: '#50545c', width: 1056 }, card.footer),
		],
	);
	const svg = await satori(tree as never, { width: 1200, height: 630, fonts });
	return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
