import { describe, expect, it } from 'vitest';

import type { OutputSpec } from '../../src/engine';
import { displayOutput } from '../../src/islands/calculator/model/display';
import type { Solved } from '../../src/islands/calculator/model/solve';

const spec: OutputSpec = { key: 'facility_mw', label: 'Facility power', unit: 'MW', formula: 'it_mw × pue' };
const solved = (quantiles: Solved['quantiles']): Solved => ({
	scenario: { values: {}, ranges: {}, preset: undefined },
	outputs: { facility_mw: 150 },
	quantiles,
	query: '',
	seed: 1,
});

describe(displayOutput, () => {
	it('shows the point value alone when nothing is ranged', () => {
		expect(displayOutput(spec, solved(null))).toEqual({ value: '150', text: '150 MW', main: '150 MW' });
	});

	it('shows P50, then P10 to P90 in that order, with each in its own attribute', () => {
		const d = displayOutput(spec, solved({ facility_mw: { p10: 140, p50: 168, p90: 205 } }));
		expect(d).toMatchObject({ value: '168', p10: '140', p90: '205', main: '168 MW', band: '(140 to 205)' });
		expect(d.text).toBe('168 MW (140 to 205)');
	});

	it('reads as one number when the ranges do not move the output, keeping P10 and P90 in the attributes', () => {
		const d = displayOutput(spec, solved({ facility_mw: { p10: 150, p50: 150, p90: 150 } }));
		expect(d.text).toBe('150 MW');
		expect([d.p10, d.p90]).toEqual(['150', '150']);
	});
});
