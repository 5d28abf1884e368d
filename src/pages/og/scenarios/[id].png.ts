import type { APIRoute, GetStaticPaths } from 'astro';

import { registry } from '../../../data/registry';
import { CALCULATORS } from '../../../registry/calculators';
import { evaluateFigure } from '../../../lib/figures';
import { renderCardPng } from '../../../lib/og';
import { SITE } from '../../../lib/site';

/** One share card per named scenario, showing its headline result. */
export const getStaticPaths = (() =>
	[...registry.scenarios.values()].map((s) => ({
		params: { id: s.id },
		props: { id: s.id },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const scenario = registry.scenarios.get(props['id'] as string)!;
	const calc = CALCULATORS[scenario.calculator];
	const fig = evaluateFigure(
		scenario.calculator,
		scenario.params,
		calc.headline,
		`content/scenarios/${scenario.id}.yaml`,
	);
	const png = await renderCardPng({
		kicker: `${calc.title} calculator · named scenario`,
		title: scenario.title,
		figure: fig.formatted.text,
		figureLabel: fig.spec.label,
		footer: `${SITE.name} · every default sourced · re-run it at /calculators/${scenario.calculator}/?s=${scenario.id}`,
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
