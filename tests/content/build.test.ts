/**
 * The real `astro build` on a temporary copy of the project with one broken file: proves the
 * editor sees a failed build whose message names the file and the field. About 4 s per build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { ROOT } from './fixtures';

const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Copies the project (not dist/, not node_modules/) and links each installed package, so caches stay in the copy. */
function copyProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'field-guide-build-'));
	made.push(dir);
	for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	mkdirSync(join(dir, 'node_modules'));
	for (const pkg of readdirSync(join(ROOT, 'node_modules'))) {
		if (pkg === '.vite' || pkg === '.astro' || pkg === '.cache') continue;
		symlinkSync(join(ROOT, 'node_modules', pkg), join(dir, 'node_modules', pkg));
	}
	return dir;
}

/** Runs `astro build` in `dir` with the Node that runs the tests (the project's Node 24). */
function build(dir: string): { status: number | null; output: string } {
	const r = spawnSync(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
		timeout: 120_000,
	});
	return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

const replaceIn = (dir: string, file: string, from: RegExp, to: string) => {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	if (!from.test(text)) throw new Error(`fixture: ${String(from)} not found in ${file}`);
	writeFileSync(path, text.replace(from, to));
};

const EVENT = 'content/timeline/2025-07-23-eo-14318.yaml';

// About 15 s on an idle machine; SKIP_BUILD_TESTS=1 skips it when time is short.
describe.skipIf(process.env['SKIP_BUILD_TESTS'] === '1')('astro build with one broken file', { timeout: 120_000 }, () => {
	it('fails on an unknown theme and names the file and the field', () => {
		const dir = copyProject();
		replaceIn(dir, EVENT, /^themes: \[permitting,/m, 'themes: [permits,');
		const { status, output } = build(dir);
		expect(status).not.toBe(0);
		expect(output).toContain('timeline → 2025-07-23-eo-14318 data does not match collection schema');
		expect(output).toContain('themes.0: theme must be one of energy-mandates, permitting,');
		expect(output).toContain(EVENT);
	});

	it('fails on an impossible date instead of rolling it over to the next month', () => {
		const dir = copyProject();
		replaceIn(dir, EVENT, /^date: 2025-07-23$/m, 'date: 2025-07-32');
		const { status, output } = build(dir);
		expect(status).not.toBe(0);
		expect(output).toContain(`${EVENT}: date: is not a real calendar date (got "2025-07-32")`);
	});

	it('fails on a changelog entry with an unknown kind and names the file and the field', () => {
		const dir = copyProject();
		const entry = 'content/changelog/2026-11-27-first-publication.yaml';
		replaceIn(dir, entry, /^kind: new$/m, 'kind: launch');
		const { status, output } = build(dir);
		expect(status).not.toBe(0);
		expect(output).toContain('changelog → 2026-11-27-first-publication data does not match collection schema');
		expect(output).toContain('kind: kind must be one of update, correction, new');
		expect(output).toContain(entry);
	});

	it('fails when two chapters share an order number', () => {
		const dir = copyProject();
		const orders = readdirSync(join(dir, 'content', 'chapters'))
			.filter((f) => f.endsWith('.mdx'))
			.map((f) => ({ f, text: readFileSync(join(dir, 'content', 'chapters', f), 'utf8') }))
			.filter(({ text }) => !/^draft: true$/m.test(text))
			.map(({ f, text }) => ({ f, order: Number(/^order: (\d+)$/m.exec(text)?.[1]) }))
			.sort((a, b) => a.order - b.order);
		const [first, second] = orders;
		if (!first || !second) throw new Error('fixture: need two published chapters');
		replaceIn(dir, `content/chapters/${second.f}`, /^order: \d+$/m, `order: ${first.order}`);
		const { status, output } = build(dir);
		expect(status).not.toBe(0);
		expect(output).toContain(`content/chapters/${second.f.replace('.mdx', '')}.mdx: order: ${first.order} is already used by content/chapters/${first.f}`);
	});
});
