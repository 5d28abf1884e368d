/**
 * The calculator island's props: what Calculator.astro serialises at build time, and what each
 * calculator's `Island.tsx` binds (its model, charts, conclusion and optional views).
 */
import type { Chart } from 'chart.js';
import type { ComponentChildren } from 'preact';

import type { ChartsBuilder } from '../../charts';
import type { Calculator, ParamValues, Range } from '../../engine';
import type { Accelerator } from '../../schemas/preset';
import type { StatedConclusion } from './conclusion';
import type { PresetProvenance, Provenance, SourceInfo } from './lazy/exports';
import type { NamedScenario } from './model/store';
import type { UnitsConfig, UnitSystem } from './model/units';

/** Serialisable props, built at build time by Calculator.astro from the registry. */
export interface CalculatorIslandProps {
	readonly defaults: ParamValues;
	readonly defaultPreset?: string | undefined;
	readonly accelerators?: readonly Accelerator[] | undefined;
	/** Where each default comes from, by param (and the preset param). */
	readonly provenance: Readonly<Record<string, Provenance>>;
	/** Where each figure a non-default preset sets comes from, by preset id then param. */
	readonly presetProvenance?: PresetProvenance | undefined;
	readonly sources: Readonly<Record<string, SourceInfo>>;
	/** Raw params to start from (a chapter's inputs). Page and embed routes read the URL after hydration. */
	readonly initial?: Readonly<Record<string, string>> | undefined;
	/** page: reads and writes the URL. embed: reads the URL (iframe route). inline: a chapter; never touches the URL. */
	readonly mode: 'page' | 'embed' | 'inline';
	/** Prefix of element ids, unique on the page. */
	readonly idPrefix: string;
	/** Level of the Inputs and Results headings (2 on a calculator page, deeper inside a chapter). */
	readonly headingLevel?: 2 | 3 | 4 | undefined;
	/** Registry low and high of each field that has them: "use plausible ranges" and the tornado. */
	readonly plausible?: Readonly<Record<string, Range>> | undefined;
	/** Named scenarios of this calculator (`?s=<id>`). */
	readonly scenarios?: readonly NamedScenario[] | undefined;
	/** The fields shown beside the answer; the others sit under "More assumptions". All when absent. */
	readonly keyInputs?: readonly string[] | undefined;
	/** The answer sentence for the first view (build time), shown until the conclusion loads. */
	readonly answer?: string | undefined;
	/** Named values of fields that declare `choices`, by param, resolved from the registry. */
	readonly choices?: Readonly<Record<string, readonly FieldChoiceValue[]>> | undefined;
}

/** A field's named value as the island receives it: label, value (SI) and its source id. */
export interface FieldChoiceValue {
	readonly label: string;
	readonly value: number;
	readonly source?: string | undefined;
}

/**
 * Results an entry lays out itself, outside the grid of result cards (the MFU calculator's
 * general-purpose | purpose-built table). The island gives it each output's element(s) and work.
 */
export interface ResultsTable {
	/** Output keys it shows; they are left out of the cards. */
	readonly keys: readonly string[];
	readonly render: (api: {
		/** The output's element(s): B's `data-output`, and A's `data-output-a` when comparing. */
		value: (key: string) => ComponentChildren;
		/** "Show your work" lines of an output. */
		work: (key: string) => ComponentChildren;
		/** The value shown (P50 with ranges). */
		shown: (key: string) => number | string | null | undefined;
		comparing: boolean;
	}) => ComponentChildren;
}

/** The unit-system switch an entry with an imperial view supplies. */
export type UnitsControl = (props: {
	id: string;
	units: UnitSystem;
	onChange: (u: UnitSystem) => void;
}) => ComponentChildren;

/** What a calculator's `Island.tsx` binds to the generic island. */
interface IslandBinding {
	readonly calc: Calculator;
	/** Chart.js with only the parts this calculator draws with. */
	readonly loadChart: () => Promise<typeof Chart>;
	/** The conclusion its sensitivity section tests (loaded with that section). */
	readonly loadConclusion: () => Promise<StatedConclusion>;
	readonly charts: ChartsBuilder;
	/** Names of text outputs (cooling method ids). */
	readonly labels?: Readonly<Record<string, string>>;
	/** Starts this calculator's Monte Carlo worker (the browser only). */
	readonly worker?: () => Worker;
	/** An imperial view of the display (the cooling calculator), and its switch. */
	readonly units?: UnitsConfig;
	readonly unitsControl?: UnitsControl;
	readonly table?: ResultsTable;
}

export type BoundProps = CalculatorIslandProps & IslandBinding;
