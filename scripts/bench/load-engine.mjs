// Bundles the TypeScript engine (and the registry data it needs) with esbuild so Node scripts can
// run exactly the code the site ships, without a TypeScript loader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { build } from 'esbuild';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url).pathname;

export async function loadEngine() {
	const out = await build({
		entryPoints: [join(root, 'src/engine/index.ts')],
		bundle: true,
		format: 'esm',
		platform: 'node',
		write: false,
		logLevel: 'silent',
	});
	const code = out.outputFiles[0].text;
	return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Registry records read straight from content/ (validated by the site build and the tests). */
export function loadRegistry() {
	const dir = (d) =>
		readdirSync(join(root, d))
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => parse(readFileSync(join(root, d, f), 'utf8')));
	const assumptions = new Map(
		dir('content/assumptions')
			.flat()
			.map((a) => [a.id, a]),
	);
	const accelerators = dir('content/presets').flat();
	return { assumptions, accelerators };
}
