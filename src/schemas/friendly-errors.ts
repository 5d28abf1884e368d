import type { z } from 'zod';

/**
 * Formats zod issues as one line per field path, e.g. `date: expected a date like 2025-07-23`.
 * Paths are written the way an editor would find them in YAML (`sources[1].url`).
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
	return issues.map((issue) => `${formatPath(issue.path)}: ${friendlier(issue.message)}`);
}

/** zod's generic "expected string, received undefined" means the editor left a field out. */
function friendlier(message: string): string {
	return /received undefined$/.test(message) ? 'is required' : message;
}

function formatPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(file)';
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
		.join('');
}

/** An error raised for an editor's mistake; its message names the file and every bad field. */
export class ContentError extends Error {
	override name = 'ContentError';
}

/**
 * Parses `input` with `schema`, or throws a {@link ContentError} whose message starts with
 * `preamble` (usually the file path) and lists one problem per line.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, preamble: string): z.output<S> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	throw new ContentError(
		`${preamble}\n${formatIssues(result.error.issues)
			.map((l) => `  - ${l}`)
			.join('\n')}`,
	);
}
