/**
 * The frozen registry (tests/fixtures/registry/) through the same validation the site uses, so
 * unit tests see fixed defaults: an editorial change to content/ does not move them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildRegistry, type RawFile } from '../../src/data/build-registry';

const ROOT = join(import.meta.dirname, '../fixtures/registry');

const read = (dir: string): RawFile[] =>
	readdirSync(join(ROOT, dir))
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({ path: `content/${dir}/${name}`, text: readFileSync(join(ROOT, dir, name), 'utf8') }));

export const fixture = buildRegistry({
	sources: read('sources'),
	assumptions: read('assumptions'),
	systems: read('systems'),
	scenarios: read('scenarios'),
});

export const lookupFixture = (id: string) => fixture.assumptions.get(id);
