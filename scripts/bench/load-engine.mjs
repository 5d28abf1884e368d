// Bundles the TypeScript engine, the calculator registry and the content validator with esbuild,
// so Node scripts run exactly the code the site ships, without a TypeScript loader.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { build } from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;

/** The engine's public API, plus CALCULATORS / CALCULATOR_ORDER and buildRegistry. */
export async function loadEngine() {
	const out = await build({
		stdin: {
			contents: [
				"export * from './src/engine/index.ts';",
				"export { CALCULATORS, CALCULATOR_ORDER } from './src/registry/calculators.ts';",
				"export { buildRegistry } from './src/data/build-registry.ts';",
			].join('\n'),
			resolveDir: root,
			loader: 'ts',
		},
		bundle: true,
		format: 'esm',
		platform: 'node',
		// Packages (zod, yaml) load from node_modules as they are; only our TypeScript is bundled.
		packages: 'external',
		write: false,
		logLevel: 'silent',
	});
	// Written inside the project so that its package imports resolve from node_modules.
	const dir = join(root, 'node_modules/.cache/bench');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'engine.mjs');
	writeFileSync(file, out.outputFiles[0].text);
	return import(pathToFileURL(file).href);
}

const files = (dir) =>
	readdirSync(join(root, dir))
		.filter((f) => /\.ya?ml$/.test(f))
		.sort()
		.map((f) => ({ path: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') }));

/** The registry as the site builds it: content/ read and validated by the same buildRegistry. */
export function loadRegistry(engine) {
	const registry = engine.buildRegistry({
		sources: files('content/sources'),
		assumptions: files('content/assumptions'),
		systems: files('content/systems'),
		scenarios: files('content/scenarios'),
		campuses: files('content/campuses'),
	});
	return { assumptions: registry.assumptions, accelerators: registry.accelerators };
}
