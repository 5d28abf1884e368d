/**
 * What every calculator folder (`src/calculators/<id>/`) gives the site at build time, through its
 * `index.ts`. The browser never loads this: each page loads one calculator's `Island.tsx`.
 */
import type { ChartsBuilder } from '../../charts';
import type { Calculator } from '../../engine';
import type { StatedConclusion } from './conclusion';

export interface CalculatorEntry {
	/** Inputs, outputs, formulas and compute (`model.ts`). */
	readonly calc: Calculator;
	/** Chart builders (`charts.ts`). */
	readonly charts: ChartsBuilder;
	/** The conclusion its sensitivity section tests (`conclusion.ts`). */
	readonly conclusion: StatedConclusion;
	/** Names of its text outputs (the cooling class ids), if any. */
	readonly labels?: Readonly<Record<string, string>>;
	/**
	 * The page link the site's lists open it with, when its first view is more than the defaults:
	 * a query in the URL scheme (docs/url-scheme.md), such as two named scenarios as A and B.
	 */
	readonly opening?: string;
}
