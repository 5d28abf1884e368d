/**
 * The sizing engine: pure TypeScript, no DOM, no framework, no I/O, and no calculator. It holds the
 * machinery every calculator shares (parse, evaluate, Monte Carlo, sensitivity, units, formula
 * text); each calculator's model lives in `src/calculators/<id>/` and is built from these parts.
 * This file is the engine's only door: nothing outside `src/engine/` imports its other files.
 */
export * from './assumptions';
export * from './constants-table';
export * from './evaluate';
export * from './migrations';
export * from './formula';
export * from './montecarlo';
export * from './parse';
export * from './random';
export * from './sensitivity';
export * from './table';
export type * from './types';
export * from './units';
