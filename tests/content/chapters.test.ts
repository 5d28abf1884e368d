/** Editor mistakes in a chapter: front matter fed to the real schema, bodies to checkCitations. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { frontMatterText, rawDateProblems } from '../../src/lib/raw-dates';
import { registry } from '../../src/data/registry';
import { checkCitations, citedIds, timelineIds } from '../../src/lib/citations';
import { chapterSchema } from '../../src/schemas/chapter';
import { CALCULATOR_ORDER } from '../../src/registry/calculators';
import { parseWithFriendlyErrors } from '../../src/schemas/friendly-errors';

const FILE = 'content/chapters/energy-constraint.mdx';
const front = `title: Energy is the constraint
description: Power, not chips, now sets how fast AI capacity can grow. What a 100,000-GPU campus draws, and why.
order: 9
part: imperatives
imperative: 3
calculator: power
published: 2026-11-27`;
const check = (yaml: string) => parseWithFriendlyErrors(chapterSchema(CALCULATOR_ORDER), parse(yaml), FILE);

describe('chapter front matter', () => {
	it('accepts good front matter', () => {
		expect(check(front)).toMatchObject({ order: 9, part: 'imperatives', published: '2026-11-27', draft: false });
	});

	it('reports a missing order and a misspelt part', () => {
		expect(() => check(front.replace('order: 9\n', '').replace('part: imperatives', 'part: imperative'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/chapters/energy-constraint.mdx
			  - order: order must be a number (1 = first chapter)
			  - part: part must be "context" or "imperatives"]
		`);
	});

	it('reports a malformed date', () => {
		expect(() => check(front.replace('published: 2026-11-27', 'published: 27/11/2026'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/chapters/energy-constraint.mdx
			  - published: expected a date like 2025-07-23 (YYYY-MM-DD)]
		`);
	});

	it('accepts an optional review date and reports one written the wrong way', () => {
		expect(check(`${front}\nreviewed: 2026-12-01`)).toMatchObject({ reviewed: '2026-12-01' });
		expect(() => check(`${front}\nreviewed: 1 December 2026`)).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/chapters/energy-constraint.mdx
			  - reviewed: expected a date like 2025-07-23 (YYYY-MM-DD)]
		`);
	});

	it('reports an unknown calculator', () => {
		expect(() => check(front.replace('calculator: power', 'calculator: energy'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/chapters/energy-constraint.mdx
			  - calculator: calculator must be one of power, cooling, growth, mfu, reliability, inference, time-to-power, tco, refresh]
		`);
	});

	it('catches an impossible date in the raw front matter', () => {
		const mdx = `---\n${front.replace('published: 2026-11-27', 'published: 2026-02-30')}\n---\n\nText.`;
		expect(rawDateProblems(FILE, frontMatterText(mdx), ['published', 'updated'])).toMatchInlineSnapshot(`
			[
			  "content/chapters/energy-constraint.mdx: published: is not a real calendar date (got "2026-02-30")",
			]
		`);
	});
});

describe('checkCitations', () => {
	it('reports a chapter that cites nothing', () => {
		expect(checkCitations(FILE, 'Power is the constraint. No source is given.', registry.sources)).toMatchInlineSnapshot(`
			[
			  "content/chapters/energy-constraint.mdx: the chapter cites no source; add at least one <Cite id="…" /> after a claim",
			]
		`);
	});

	it('reports an unknown source id', () => {
		expect(checkCitations(FILE, 'A claim.<Cite id="epoch-compute-trend-2042" />', registry.sources)).toMatchInlineSnapshot(`
			[
			  "content/chapters/energy-constraint.mdx: <Cite id="epoch-compute-trend-2042">: unknown source id "epoch-compute-trend-2042"; add content/sources/epoch-compute-trend-2042.yaml or fix the id",
			]
		`);
	});

	it('accepts known ids, in single or double quotes, and numbers them in order of first use', () => {
		const body = `A.<Cite id='epoch-compute-trend-2024' /> B.<Cite loc="p. 3" id="gradient-flow-infrastructure-essay" /> C.<Cite id="epoch-compute-trend-2024" />`;
		expect(checkCitations(FILE, body, registry.sources)).toEqual([]);
		expect(citedIds(body)).toEqual(['epoch-compute-trend-2024', 'gradient-flow-infrastructure-essay']);
	});

	it('includes the sources that <Assumption> cites, in order of first use', () => {
		const body = `PUE of <Assumption id="power.pue" />.<Cite id="epoch-compute-trend-2024" /> Again <Assumption id="power.pue" />.`;
		const sourceOf = (id: string) => registry.assumptions.get(id)?.source || undefined;
		expect(citedIds(body, sourceOf)).toEqual(['thefreesheet-uptime-pue-2025', 'epoch-compute-trend-2024']);
		expect(citedIds(body)).toEqual(['epoch-compute-trend-2024']);
	});

	it('finds timeline links', () => {
		expect(timelineIds('See <TimelineLink id="2025-07-23-eo-14318">EO 14318</TimelineLink>.')).toEqual(['2025-07-23-eo-14318']);
	});
});
