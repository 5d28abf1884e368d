/** Shared shapes of the sizing engine. No logic lives here. */
import type { QueryMigration } from './migrations';

/** A numeric input of a calculator, as the reader and the URL see it. */
export interface NumberField {
	/** URL parameter and form name, exactly as in the calculator contract (`board_w`). */
	readonly param: string;
	readonly label: string;
	/** Unit shown next to the field (`W`, `kW`, `fraction`). */
	readonly unit: string;
	/** One sentence: what it means and what moves it. */
	readonly help: string;
	/**
	 * Registry id of the default value (`power.pue`). Every default has a sourced record. A derived
	 * field's record, if there is one, gives only its plausible range.
	 */
	readonly assumption: string;
	/**
	 * Set on a field the calculator works out itself unless the link or the reader gives a value
	 * (the MFU calculator's goodput, from the job size). Left empty, the field has no value and
	 * `compute` derives it; the text says from what, in a few words ("from the job size").
	 */
	readonly derived?: string;
	/** Hard limits: outside them the value is rejected with a field error. */
	readonly min: number;
	readonly max: number;
	readonly minExclusive?: boolean;
	readonly integer?: boolean;
	/** Appended to the lower-limit error, e.g. "1.0 means no overhead". */
	readonly minNote?: string;
	/** Soft range: outside it the value is accepted with a warning. */
	readonly softMin?: number;
	readonly softMax?: number;
	readonly softMinNote?: string;
	readonly softMaxNote?: string;
	/** Slider hints for the form. */
	readonly slider?: { readonly min: number; readonly max: number; readonly step: number; readonly log?: boolean };
	/** Named values the reader can pick (a training cluster's average load), each a sourced registry record. */
	readonly choices?: readonly FieldChoice[];
}

/** One named value of a field: its label and the registry record that holds the value and its source. */
interface FieldChoice {
	readonly label: string;
	/** Registry id of the value (`power.utilization_fleet`). */
	readonly assumption: string;
}

/**
 * The least the engine knows of a preset (an accelerator system): its id and name. The record's
 * full type is the content schema's; a calculator's `sets` reads the fields it needs from it.
 */
export interface Preset {
	readonly id: string;
	readonly name: string;
	/** Older ids that still open this preset. */
	readonly aliases?: readonly string[] | undefined;
}

/** Reads one param's default from a preset record. Declared as a method so that a calculator can take its own record type. */
interface PresetGetterShape {
	/** Undefined when the platform does not publish the figure: the field keeps its default. */
	get(preset: Preset): number | undefined;
}
type PresetGetter = PresetGetterShape['get'];

/** How a preset field maps preset properties onto numeric params. */
interface PresetField {
	readonly param: 'accelerator';
	readonly label: string;
	readonly assumption: string;
	/** numeric param → function of the accelerator that gives its default */
	readonly sets: Readonly<Record<string, PresetGetter>>;
}

export type OutputUnit =
	| 'MW'
	| 'MWh'
	| 'USD'
	| 'count'
	| 'kW'
	| 'W'
	| 'm3/h'
	| 'CFM'
	| 'L/min'
	| 'TR'
	| 'm3'
	| 'BTU/h'
	| 'FLOP'
	| 'year'
	| 'days'
	| 'h'
	| 's'
	| 'fraction'
	| 'per day'
	| 'per s'
	| 'ratio'
	| 'ms'
	| 'tokens/s'
	| 'Wh'
	| 'months'
	| 'MW-months'
	| 'PFLOP/s'
	| 'TFLOP/s'
	| 'GB'
	| 'method';

export interface OutputSpec {
	/** Output key, exactly as in the calculator contract (`facility_mw`). */
	readonly key: string;
	readonly label: string;
	readonly unit: OutputUnit;
	/** The relation in words, using parameter names, for "show your work" and the methodology page. */
	readonly formula: string;
	/** Outputs that may legitimately be empty (no year crosses 1 GW). */
	readonly nullable?: boolean;
	/** A breakdown value shown under "details" rather than as a headline result. */
	readonly detail?: boolean;
}

/**
 * A link from one calculator to another that carries some of this scenario's values in the
 * target's query (inference → power with `accelerator` and `count`). Data only: the island
 * renders it as `<a data-handoff="<to>" href="/calculators/<to>/?…">`.
 */
export interface Handoff {
	/** Target calculator id (`power`). */
	readonly to: string;
	/** Link text, e.g. "Size the power of these accelerators". */
	readonly label: string;
	/**
	 * Target URL parameter → what carries it: this calculator's preset parameter (`accelerator`),
	 * one of its fields, or one of its output keys. In the target's order of parameters.
	 */
	readonly carry: Readonly<Record<string, string>>;
}

/**
 * Two ranged inputs that move together in the Monte Carlo (general-purpose and purpose-built MFU:
 * the same model and software on both sides). Their draws are joined by a Gaussian copula with
 * correlation `rho` between the underlying standard normals; each input keeps its own distribution.
 * An input belongs to at most one pair. Applies only when both inputs are ranged.
 */
export interface Correlation {
	/** URL parameter of the first input. */
	readonly a: string;
	/** URL parameter of the second input. */
	readonly b: string;
	/** Correlation of the underlying normals, -1 to 1 (the rank correlation is (6/π)·asin(rho/2)). */
	readonly rho: number;
	/** One sentence for the methodology page: why these move together and why this rho. */
	readonly note: string;
}

/** Raw values by URL parameter. */
export type ParamValues = Record<string, number>;
/** Computed outputs by output key. `method` is a string; nullable outputs may be null. */
export type OutputValues = Record<string, number | string | null>;

export interface Calculator {
	/** URL segment and registry key (`power`). */
	readonly id: string;
	readonly title: string;
	/** One sentence for the calculator index. */
	readonly summary: string;
	readonly fields: readonly NumberField[];
	readonly preset?: PresetField;
	readonly outputs: readonly OutputSpec[];
	/** The output the tornado chart and headlines are about. */
	readonly headline: string;
	/** Pure evaluation on validated inputs. */
	compute(values: ParamValues): OutputValues;
	/** Old link parameters this calculator still reads, oldest first. */
	readonly migrations?: readonly QueryMigration[];
	/** Errors that involve two fields (end_year before base_year). */
	crossCheck?(values: ParamValues): readonly FieldProblem[];
	/** Warnings that involve two fields (a 60 kW rack on air). */
	crossWarn?(values: ParamValues): readonly FieldProblem[];
	/** Links to other calculators that take this one's results as inputs. */
	readonly handoffs?: readonly Handoff[];
	/** Pairs of inputs the Monte Carlo draws together rather than independently. */
	readonly correlations?: readonly Correlation[];
}

export interface FieldProblem {
	readonly param: string;
	readonly message: string;
	/** For cross-field errors: the value to use instead (when the default would not fix it). */
	readonly fallback?: number;
}
