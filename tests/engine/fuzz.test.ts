/**
 * Hostile-input fuzz of the sizing engine: generated URL-style parameters (valid numbers across
 * orders of magnitude, boundaries, ranges, junk, unicode, markup) go through readScenario +
 * evaluate for every calculator. Nothing may throw, and every output must be a finite number
 * (or the documented empty value / method id). Fixed seed: a failure reproduces exactly.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { lookupFixture as lookupAssumption, fixture as registry } from '../helpers/registry';
import { defaultsFor, evaluate, parseNumber, readScenario } from '../../src/engine';
import { CALCULATOR_ORDER, CALCULATORS, ENTRIES } from '../../src/registry/calculators';
import type { Calculator, NumberField, ScenarioContext } from '../../src/engine';

const SEED = 20261127;
/** Runs per calculator; five calculators or more make at least 100,000 generated scenarios. */
const RUNS = 20_000;

/** Values that must always be refused (never numbers in the contract's grammar). */
const KNOWN_BAD = [
	'',
	' ',
	'NaN',
	'nan',
	'Infinity',
	'-Infinity',
	'1e400',
	'-1e400',
	'1e',
	'.',
	'e5',
	'0x10',
	'1_000',
	'1 000',
	'١٢٣',
	'１２３',
	'12abc',
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror=alert(1)>',
	"'; DROP TABLE x; --",
	'javascript:alert(1)',
	'%3Cscript%3E',
	'~',
	'1~',
	'~1',
	'2~1',
	'1~2~3',
	'null',
	'undefined',
	'[object Object]',
	'\u0000',
	'\u202e123',
	'🔥',
];

/** Numbers at and just beyond the field's limits (may be accepted or refused, never break). */
function edges(f: NumberField): string[] {
	const span = Math.max(Math.abs(f.max - f.min), 1);
	return [
		f.min,
		f.max,
		f.min - span * 1e-9,
		f.max + span * 1e-9,
		f.min - 1,
		f.max + 1,
		0,
		-0,
		-1,
		1,
		5e-324,
		-5e-324,
		1.7976931348623157e308,
		-1.7976931348623157e308,
		1e-300,
		1e300,
	]
		.map(String)
		.concat([`${f.min}`.replace('e+', 'e'), '-0', '+0', '00001', '1.', '.5', '1E3', '1e+3', `  ${f.max}  `]);
}

/** A valid number inside the field's hard limits, spread over orders of magnitude. */
function inRange(f: NumberField): fc.Arbitrary<number> {
	const uniform = fc.double({ min: f.min, max: f.max, noNaN: true, noDefaultInfinity: true });
	const lo = Math.max(f.min, f.minExclusive || f.min <= 0 ? Math.max(f.min, 1e-6) : f.min);
	const logUniform =
		f.max > 0 && lo > 0
			? fc
					.double({ min: Math.log10(lo), max: Math.log10(f.max), noNaN: true })
					.map((e) => Math.min(f.max, Math.max(lo, 10 ** e)))
			: uniform;
	const n = fc.oneof(uniform, logUniform);
	return f.integer ? n.map((x) => Math.min(f.max, Math.max(Math.ceil(f.min), Math.round(x)))) : n;
}

const numberText = (x: number) =>
	fc.constantFrom(String(x), x.toExponential(), x.toExponential(3).replace('e+', 'e'), String(x).replace('e+', 'E'));

type Generated = { text: string; kind: 'valid' | 'edge' | 'range' | 'bad' | 'junk' } | undefined;

function paramValue(f: NumberField): fc.Arbitrary<Generated> {
	const valid = inRange(f)
		.chain(numberText)
		.map((text) => ({ text, kind: 'valid' as const }));
	const range = fc
		.tuple(inRange(f), inRange(f))
		.map(([a, b]) => ({ text: `${Math.min(a, b)}~${Math.max(a, b)}`, kind: 'range' as const }));
	const edge = fc.constantFrom(...edges(f)).map((text) => ({ text, kind: 'edge' as const }));
	const bad = fc.constantFrom(...KNOWN_BAD).map((text) => ({ text, kind: 'bad' as const }));
	const junk = fc
		.oneof(
			fc.string({ unit: 'grapheme', maxLength: 12 }),
			fc.string({ unit: 'binary', maxLength: 12 }),
			fc.double().map(String),
		)
		.map((text) => ({ text, kind: 'junk' as const }));
	return fc.option(
		fc.oneof(
			{ arbitrary: valid, weight: 6 },
			{ arbitrary: range, weight: 1 },
			{ arbitrary: edge, weight: 2 },
			{ arbitrary: bad, weight: 2 },
			{ arbitrary: junk, weight: 1 },
		),
		{ nil: undefined, freq: 4 },
	);
}

function scenarioArb(calc: Calculator): fc.Arbitrary<Record<string, Generated>> {
	const model: Record<string, fc.Arbitrary<Generated>> = {};
	for (const f of calc.fields) model[f.param] = paramValue(f);
	if (calc.preset) {
		const ids = registry.accelerators.map((a) => a.id);
		model[calc.preset.param] = fc.option(
			fc.oneof(
				fc.constantFrom(...ids).map((text) => ({ text, kind: 'valid' as const })),
				fc
					.constantFrom('H100-SXM', 'h100', '', '<b>x</b>', '__proto__', 'constructor')
					.map((text) => ({ text, kind: 'bad' as const })),
			),
			{ nil: undefined },
		);
	}
	// Unknown parameters, including prototype-polluting names, are ignored silently.
	model['__proto__'] = fc.option(fc.constant({ text: '1', kind: 'junk' as const }), { nil: undefined, freq: 20 });
	model['constructor'] = fc.option(fc.constant({ text: 'x', kind: 'junk' as const }), { nil: undefined, freq: 20 });
	model['utm_source'] = fc.option(fc.constant({ text: 'newsletter', kind: 'junk' as const }), {
		nil: undefined,
		freq: 10,
	});
	return fc.record(model);
}

let total = 0;

describe.each(CALCULATOR_ORDER.map((id) => [id]))('engine fuzz: %s', (id) => {
	const calc = CALCULATORS[id];
	/** The ids a text output may take (the cooling classes, own or rent). */
	const methods = new Set(Object.keys(ENTRIES[id].labels ?? {}));
	const { defaults, defaultPreset } = defaultsFor(calc, lookupAssumption);
	const ctx: ScenarioContext = { defaults, defaultPreset, accelerators: registry.accelerators };

	it(`${RUNS} generated scenarios: no exception, NaN or Infinity`, () => {
		const failures: string[] = [];
		fc.assert(
			fc.property(scenarioArb(calc), (generated) => {
				total++;
				const raw: Record<string, string | undefined> = Object.create(null);
				for (const [k, v] of Object.entries(generated)) if (v) raw[k] = v.text;
				let problem: string | undefined;
				try {
					const { scenario, ignored } = readScenario(calc, raw, ctx);
					// Every value the engine will use is finite and inside its field's limits.
					for (const f of calc.fields) {
						const v = scenario.values[f.param];
						// A derived field may be absent (the calculator works it out), never NaN.
						if (v === undefined && f.derived) continue;
						if (typeof v !== 'number' || !Number.isFinite(v)) problem = `input ${f.param} became ${v}`;
						else if (v < f.min || v > f.max) problem = `input ${f.param}=${v} outside [${f.min}, ${f.max}]`;
					}
					// A value that is never a number is always reported as ignored.
					for (const f of calc.fields) {
						const g = generated[f.param];
						// An empty derived field is valid: it asks the calculator to work the value out.
						const blankDerived = f.derived !== undefined && g?.text.trim() === '';
						if (g?.kind === 'bad' && !blankDerived && !ignored.some((p) => p.param === f.param))
							problem = `bad ${f.param}=${JSON.stringify(g.text)} not reported as ignored`;
						if (
							g?.kind === 'junk' &&
							!blankDerived &&
							!parseNumber(g.text).ok &&
							!g.text.includes('~') &&
							!ignored.some((p) => p.param === f.param)
						)
							problem = `junk ${f.param}=${JSON.stringify(g.text)} not reported as ignored`;
					}
					const result = evaluate(calc, scenario.values);
					if (!result.ok)
						problem = result.reason === 'threw' ? `threw: ${result.message}` : `non-finite output ${result.output}`;
					else
						for (const spec of calc.outputs) {
							const v = result.outputs[spec.key];
							if (spec.unit === 'method') {
								if (typeof v !== 'string' || !methods.has(v)) problem = `method output ${JSON.stringify(v)}`;
							} else if (v === null) {
								if (!spec.nullable) problem = `output ${spec.key} is null`;
							} else if (typeof v !== 'number' || !Number.isFinite(v)) problem = `output ${spec.key} = ${String(v)}`;
						}
				} catch (error) {
					problem = `exception: ${error instanceof Error ? error.stack : String(error)}`;
				}
				if (problem) failures.push(`${problem} ← ${JSON.stringify(raw)}`);
				return problem === undefined;
			}),
			{ seed: SEED, numRuns: RUNS, endOnFailure: true },
		);
		expect(failures).toEqual([]);
		// Time grows with a calculator's fields (the inference calculator has 19); on a loaded
		// two-core machine the default 5 s is too short. Nothing here is a speed assertion.
	}, 60_000);
});

afterAll(() => {
	// Guards the floor of the issue: at least 100,000 generated inputs when the whole file runs.
	if (total > 0 && total < RUNS * CALCULATOR_ORDER.length) throw new Error(`only ${total} scenarios ran`);
});
