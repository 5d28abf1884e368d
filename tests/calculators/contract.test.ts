/**
 * The public contract (docs/calculator-contract.md) against the registry: every parameter and
 * output it lists for a built calculator exists, under exactly that name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { CALCULATORS, isCalculatorId } from '../../src/registry/calculators';

const text = readFileSync(join(import.meta.dirname, '../../docs/calculator-contract.md'), 'utf8');

/** Each `## Name: `/calculators/<id>/`` section's parameter and output names. */
function sections() {
	const out: { id: string; params: string[]; outputs: string[] }[] = [];
	for (const block of text.split(/\n## /).slice(1)) {
		const id = /`\/calculators\/([a-z-]+)\/`/.exec(block.split('\n')[0]!)?.[1];
		if (!id) continue;
		// A table is a run of lines starting with "|"; its header names it (parameter or output).
		const tables: string[] = [];
		let run: string[] = [];
		for (const line of [...block.split('\n'), '']) {
			if (line.startsWith('|')) run.push(line);
			else if (run.length) {
				tables.push(run.join('\n'));
				run = [];
			}
		}
		const names = (header: string) =>
			(tables.find((t) => t.startsWith(`| ${header}`)) ?? '')
				.split('\n')
				.slice(2)
				.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]!));
		out.push({ id, params: names('parameter'), outputs: names('output') });
	}
	return out;
}

/**
 * Contract names not built yet, each with the issue that builds it. The list only shrinks: a name
 * missing from the code and from this list fails the test.
 */
const built = sections().filter((s) => isCalculatorId(s.id));

it('finds the contract sections of every built calculator', () => {
	expect(built.map((s) => s.id).sort()).toEqual(Object.keys(CALCULATORS).sort());
});

describe.each(built)('$id', ({ id, params, outputs }) => {
	const calc = CALCULATORS[id as keyof typeof CALCULATORS];
	const known = new Set([...calc.fields.map((f) => f.param), ...(calc.preset ? [calc.preset.param] : [])]);
	const keys = new Set(calc.outputs.map((o) => o.key));

	it.each(params)('reads the parameter %s', (param) => {
		expect(known.has(param), `${id} has no input "${param}"`).toBe(true);
	});

	it.each(outputs)('writes the output %s', (key) => {
		expect(keys.has(key), `${id} has no output "${key}"`).toBe(true);
	});
});
