/** Every calculator in the registry has its folder, its content and its tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { CALCULATOR_ORDER, CALCULATORS } from '../../src/registry/calculators';

const ROOT = join(import.meta.dirname, '../..');
const FILES = [
	'model.ts',
	'charts.ts',
	'conclusion.ts',
	'chartjs.ts',
	'Island.tsx',
	'Mount.astro',
	'worker.ts',
	'index.ts',
];
const scenarios = readdirSync(join(ROOT, 'content/scenarios')).map(
	(f) => parse(readFileSync(join(ROOT, 'content/scenarios', f), 'utf8')) as { calculator: string },
);

describe.each(CALCULATOR_ORDER)('calculator %s', (id) => {
	it.each(FILES)('has src/calculators/%s', (file) => {
		expect(existsSync(join(ROOT, 'src/calculators', id, file))).toBe(true);
	});

	it('is registered under its own id', () => {
		expect(CALCULATORS[id].id).toBe(id);
	});

	it('has its defaults in content/assumptions and at least one named scenario', () => {
		expect(existsSync(join(ROOT, 'content/assumptions', `${id}.yaml`))).toBe(true);
		expect(scenarios.some((s) => s.calculator === id)).toBe(true);
	});

	it('has its model and chart tests', () => {
		expect(existsSync(join(ROOT, 'tests/calculators', id, 'model.test.ts'))).toBe(true);
		expect(existsSync(join(ROOT, 'tests/calculators', id, 'charts.test.ts'))).toBe(true);
	});
});

describe('the registry', () => {
	it('lists every calculator folder, and only those', () => {
		const folders = readdirSync(join(ROOT, 'src/calculators'), { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name)
			.sort();
		expect([...CALCULATOR_ORDER].sort()).toEqual(folders);
	});
});
