/** Real content files read from disk, and helpers to swap one for a broken copy. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { RawFile } from '../../src/data/build-registry';
import { timelineEventSchema } from '../../src/schemas/timeline';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Every file in content/<dir> with one of the extensions, as RawFiles with project-relative paths. */
export function readDir(dir: string, ext = /\.ya?ml$/): RawFile[] {
	return readdirSync(join(ROOT, 'content', dir))
		.filter((f) => ext.test(f))
		.sort()
		.map((f) => ({ path: `content/${dir}/${f}`, text: readFileSync(join(ROOT, 'content', dir, f), 'utf8') }));
}

export interface RegistryFiles {
	sources: RawFile[];
	assumptions: RawFile[];
	systems: RawFile[];
	scenarios: RawFile[];
	campuses: RawFile[];
}

/** The real registry input, so a fixture only has to break the one thing under test. */
export function realRegistryFiles(): RegistryFiles {
	return { sources: readDir('sources'), assumptions: readDir('assumptions'), systems: readDir('systems'), scenarios: readDir('scenarios'), campuses: readDir('campuses') };
}

/** Replaces text in one file of a list (the file must exist and the text must occur). */
export function edit(files: RawFile[], path: string, from: string | RegExp, to: string): RawFile[] {
	return files.map((f) => {
		if (f.path !== path) return f;
		const text = f.text.replace(from, to);
		if (text === f.text) throw new Error(`fixture: "${String(from)}" not found in ${path}`);
		return { ...f, text };
	});
}

const idsOf = (files: RawFile[]) => new Set(files.map((f) => f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '')));

/** The timeline schema as the build uses it, against the real source and event ids. */
export function realTimelineSchema() {
	const sourceIds = idsOf(readDir('sources'));
	const eventIds = idsOf(readDir('timeline'));
	return timelineEventSchema({ sourceIds: () => sourceIds, eventIds: () => eventIds });
}
