/** Site-wide names and navigation, in one place. */
export const SITE = {
	name: 'AI Infrastructure Field Guide',
	tagline: 'Why infrastructure decides who wins in AI, with numbers you can re-run.',
	description:
		'A research report and open calculators on AI data-centre power, cooling, compute growth and MFU: every figure sourced or computed, every scenario a shareable link.',
	defaultOgImage: '/og/default.png',
	lastReviewed: '2026-12-02',
} as const;

export const NAV = [
	{ href: '/report/', label: 'Report' },
	{ href: '/calculators/', label: 'Calculators' },
	{ href: '/timeline/', label: 'Timeline' },
	{ href: '/campuses/', label: 'Campuses' },
	{ href: '/sources/', label: 'Sources' },
	{ href: '/methodology/', label: 'Methodology' },
] as const;
