import type { OutputValues, ParamValues } from './types';

/** Reads engine inputs (unit-named) from URL-named values through a calculator's one table. */
export function readParams<T extends Readonly<Record<string, string>>>(
	table: T,
	values: ParamValues,
): { [K in keyof T]: number } {
	const out = {} as { [K in keyof T]: number };
	for (const key in table) out[key] = values[table[key] as string]!;
	return out;
}

/** Writes engine outputs (unit-named) under the contract's output keys through the same kind of table. */
export function writeOutputs<T extends Record<string, string>>(
	table: T,
	outputs: { readonly [K in keyof T]: number | string | null },
): OutputValues {
	const out: OutputValues = {};
	for (const key in table) out[table[key] as string] = outputs[key];
	return out;
}
