/**
 * The data editors write in content/ (sources, assumptions, presets, named scenarios, campuses), read once,
 * validated, and shared by the site and the tests. Build-time only: islands receive what they
 * need as props, so no YAML parser ships to the browser.
 */
import { buildRegistry, type RawFile } from './build-registry';

const raw = (files: Record<string, unknown>): RawFile[] =>
	Object.entries(files)
		.map(([path, text]) => ({ path: path.replace(/^\//, ''), text: String(text) }))
		.sort((a, b) => a.path.localeCompare(b.path));

export const registry = buildRegistry({
	sources: raw(import.meta.glob('/content/sources/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true })),
	assumptions: raw(
		import.meta.glob('/content/assumptions/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true }),
	),
	systems: raw(import.meta.glob('/content/systems/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true })),
	scenarios: raw(
		import.meta.glob('/content/scenarios/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true }),
	),
	campuses: raw(import.meta.glob('/content/campuses/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true })),
});

export const lookupAssumption = (id: string) => registry.assumptions.get(id);
