import type { CalculatorIslandProps } from './types';

/** What Calculator.astro hands each calculator's `Mount.astro`. */
export interface MountProps {
	/** Hydrate when scrolled into view (inside a chapter) rather than on load. */
	readonly lazy: boolean;
	readonly props: CalculatorIslandProps;
}
