/**
 * The content registry and calculator contexts for browser specs. Playwright runs outside Vite, so
 * the YAML is read from disk and validated by the same buildRegistry the site uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { buildRegistry } from '../../../src/data/build-registry';
import { defaultsFor, type ScenarioContext } from '../../../src/engine';
import { CALCULATORS } from '../../../src/registry/calculators';
import type { CalculatorId } from '../../../src/registry/calculators';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const files = (dir: string) =>
	readdirSync(`${root}${dir}`)
		.filter((f) => /\.ya?ml$/.test(f))
		.sort()
		.map((f) => ({ path: `${dir}/${f}`, text: readFileSync(`${root}${dir}/${f}`, 'utf8') }));

export const registry = buildRegistry({
	sources: files('content/sources'),
	assumptions: files('content/assumptions'),
	systems: files('content/systems'),
	scenarios: files('content/scenarios'),
	campuses: files('content/campuses'),
});

export const lookup = (id: string) => registry.assumptions.get(id);

/** The same context the site builds for a calculator: registry defaults and presets. */
export function contextFor(id: CalculatorId): ScenarioContext {
	const { defaults, defaultPreset } = defaultsFor(CALCULATORS[id], lookup);
	return { defaults, defaultPreset, accelerators: registry.accelerators };
}
