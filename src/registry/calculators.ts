/**
 * The build-time registry of calculators: one line per calculator folder. Pages, figures, the
 * methodology, the chapter schema and the tests list calculators from here, never by hand.
 * Adding a calculator: docs/adding-a-calculator.md.
 */
import type { Calculator } from '../engine';
import { coolingEntry } from '../calculators/cooling';
import { growthEntry } from '../calculators/growth';
import { inferenceEntry } from '../calculators/inference';
import { mfuEntry } from '../calculators/mfu';
import { powerEntry } from '../calculators/power';
import { refreshEntry } from '../calculators/refresh';
import { reliabilityEntry } from '../calculators/reliability';
import { tcoEntry } from '../calculators/tco';
import { timeToPowerEntry } from '../calculators/time-to-power';
import type { CalculatorEntry } from '../islands/calculator/entry';

/** In the order the site lists them. */
export const ENTRIES = {
	power: powerEntry,
	cooling: coolingEntry,
	growth: growthEntry,
	mfu: mfuEntry,
	reliability: reliabilityEntry,
	inference: inferenceEntry,
	'time-to-power': timeToPowerEntry,
	tco: tcoEntry,
	refresh: refreshEntry,
} as const satisfies Readonly<Record<string, CalculatorEntry>>;

export type CalculatorId = keyof typeof ENTRIES;

export const CALCULATOR_ORDER = Object.keys(ENTRIES) as readonly CalculatorId[];

/** Each calculator's model by id. */
export const CALCULATORS = Object.fromEntries(CALCULATOR_ORDER.map((id) => [id, ENTRIES[id].calc])) as Readonly<
	Record<CalculatorId, Calculator>
>;

export const isCalculatorId = (id: string): id is CalculatorId => Object.hasOwn(ENTRIES, id);
