/**
 * The systems collection read from content/systems/ at build time, validated by loadSystems
 * against the registry's sources. Used by /data/ until the registry carries systems itself.
 */
import { loadSystems } from './systems';
import { registry } from './registry';

const files = Object.entries(
	import.meta.glob('/content/systems/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true }),
)
	.map(([path, text]) => ({ path: path.replace(/^\//, ''), text: String(text) }))
	.sort((a, b) => a.path.localeCompare(b.path));

export const systems = loadSystems(files, new Set(registry.sources.keys()));
