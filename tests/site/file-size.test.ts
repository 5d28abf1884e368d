/**
 * CONTRIBUTING: no file in src/ grows past 400 lines. ESLint's max-lines holds the TypeScript and
 * Astro files to it; this holds the stylesheets, which ESLint does not read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const stylesheets = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.css'));

describe('stylesheets in src/', () => {
	it('exist (the walk found them)', () => expect(stylesheets.length).toBeGreaterThan(3));
	for (const file of stylesheets)
		it(`${file} has at most 400 lines`, () => {
			const lines = readFileSync(join(SRC, file), 'utf8').split('\n').length - 1;
			expect(lines).toBeLessThanOrEqual(400);
		});
});
