/** Editor mistakes in a timeline event, fed to the real schema: each message names the field and what is allowed. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { rawDateProblems } from '../../src/lib/raw-dates';
import { parseWithFriendlyErrors } from '../../src/schemas/friendly-errors';
import { realTimelineSchema } from './fixtures';

const schema = realTimelineSchema();
const FILE = 'content/timeline/2025-07-23-eo-14318.yaml';

const good = `
title: "EO 14318: Accelerating Federal Permitting of Data Center Infrastructure"
date: 2025-07-23
jurisdiction: US-federal
actor: President Trump
instrument: executive-order
summary: The order speeds federal permits for large AI data center projects.
whyItMatters: It is the main federal permitting instrument for AI campuses.
themes: [permitting, federal-land]
relations:
  - { type: revokes, target: 2025-01-14-eo-14141 }
sources: [federal-register-eo-14318-2025]
confidence: verified-primary
`;

/** Parses an event written as YAML with one line replaced (or removed when `to` is empty). */
function event(from?: RegExp, to = ''): unknown {
	const text = from ? good.replace(from, to) : good;
	if (from && text === good) throw new Error(`fixture: ${String(from)} not found`);
	return parse(text);
}
const check = (data: unknown) => parseWithFriendlyErrors(schema, data, FILE);

describe('timeline event schema', () => {
	it('accepts a well-formed event and fills defaults', () => {
		const e = check(event());
		expect(e.date).toBe('2025-07-23');
		expect(e.datePrecision).toBe('day');
		expect(e.status).toBe('n/a');
	});

	it('reports a missing date', () => {
		expect(() => check(event(/^date:.*$/m))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/timeline/2025-07-23-eo-14318.yaml
			  - date: expected a date like 2025-07-23]
		`);
	});

	it('reports a date written in words', () => {
		expect(() => check(event(/^date:.*$/m, 'date: July 23, 2025'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/timeline/2025-07-23-eo-14318.yaml
			  - date: expected a date like 2025-07-23 (YYYY-MM-DD)]
		`);
	});

	it('reports an impossible date', () => {
		expect(() => check(event(/^date:.*$/m, 'date: "2025-02-30"'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/timeline/2025-07-23-eo-14318.yaml
			  - date: is not a real calendar date]
		`);
	});

	it('catches an impossible date that js-yaml would roll over to the next month', () => {
		const text = good.replace(/^date:.*$/m, 'date: 2025-07-32');
		expect(rawDateProblems(FILE, text, ['date', 'endDate'])).toMatchInlineSnapshot(`
			[
			  "content/timeline/2025-07-23-eo-14318.yaml: date: is not a real calendar date (got "2025-07-32")",
			]
		`);
		expect(rawDateProblems(FILE, good, ['date', 'endDate'])).toEqual([]);
	});

	it('reports an unknown source id', () => {
		expect(() => check(event(/^sources:.*$/m, 'sources: [federal-register-eo-14318]'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/timeline/2025-07-23-eo-14318.yaml
			  - sources[0]: unknown source id "federal-register-eo-14318"; add content/sources/federal-register-eo-14318.yaml or fix the id]
		`);
	});

	it('reports an unknown theme', () => {
		expect(() => check(event(/^themes:.*$/m, 'themes: [permits]'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/timeline/2025-07-23-eo-14318.yaml
			  - themes[0]: theme must be one of energy-mandates, permitting, federal-land, grid-transmission, supply-chain, cost-allocation, demand-data, chips-export]
		`);
	});

	it('reports an event with no theme', () => {
		expect(() => check(event(/^themes:.*$/m, 'themes: []'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/timeline/2025-07-23-eo-14318.yaml
			  - themes: give at least one theme]
		`);
	});

	it('reports a relation to an event that does not exist', () => {
		expect(() => check(event(/target: 2025-01-14-eo-14141/, 'target: eo-14141'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/timeline/2025-07-23-eo-14318.yaml
			  - relations[0].target: unknown event id "eo-14141"; it must be the file name of another event in content/timeline/]
		`);
	});

	it('reports an unknown key (a typo in a field name)', () => {
		expect(() => check(event(/^whyItMatters:/m, 'why_it_matters:'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/timeline/2025-07-23-eo-14318.yaml
			  - whyItMatters: is required
			  - (file): Unrecognized key: "why_it_matters"]
		`);
	});

	it('reports an unknown confidence tag', () => {
		expect(() => check(event(/^confidence:.*$/m, 'confidence: high'))).toThrowErrorMatchingInlineSnapshot(`
			[ContentError: content/timeline/2025-07-23-eo-14318.yaml
			  - confidence: confidence must be one of verified-primary, verified-secondary, derived, unverified, illustrative]
		`);
	});
});
