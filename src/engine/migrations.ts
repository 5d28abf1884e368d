/**
 * URL migrations: old links keep working. A migration is a function from a decoded query (name →
 * text) to a new one, so it can rename a parameter or change the unit of its value. Each
 * calculator lists its own, oldest first, in `src/calculators/<id>/migrations.ts`; never remove
 * one: a newsletter link lives for years.
 */

/** A decoded query string: parameter name → raw text, first of repeated names winning. */
export type Query = ReadonlyMap<string, string>;

export interface QueryMigration {
	/** Why the link changed, for readers of the code and the changelog. */
	readonly note: string;
	/** Returns the migrated query and the parameters it rewrote (old name → new name). */
	readonly apply: (query: Query) => {
		readonly query: Query;
		readonly changed: readonly { readonly from: string; readonly to: string }[];
	};
}

/** `from` is read as `to` when the link does not also give `to`. */
export function renameParam(from: string, to: string, note: string): QueryMigration {
	return {
		note,
		apply(query) {
			const old = query.get(from);
			if (old === undefined || query.has(to)) return { query, changed: [] };
			const next = new Map(query);
			next.set(to, old);
			return { query: next, changed: [{ from, to }] };
		},
	};
}

/**
 * `from`, in an old unit, is read as `to` in the new one: each number in its text (a value or a
 * `low~high` range) goes through `convert`. Text that is not a number passes unchanged, so the
 * field reports it as usual.
 */
export function convertParam(
	from: string,
	to: string,
	convert: (value: number) => number,
	note: string,
): QueryMigration {
	return {
		note,
		apply(query) {
			const old = query.get(from);
			if (old === undefined || query.has(to)) return { query, changed: [] };
			const text = old
				.split('~')
				.map((part) => {
					const n = Number(part.trim());
					return part.trim() !== '' && Number.isFinite(n) ? String(Number(convert(n).toPrecision(12))) : part;
				})
				.join('~');
			const next = new Map(query);
			next.set(to, text);
			return { query: next, changed: [{ from, to }] };
		},
	};
}

/** Runs migrations in order. */
export function migrateQuery(
	query: Query,
	migrations: readonly QueryMigration[],
): { query: Query; changed: { from: string; to: string }[] } {
	let current = query;
	const changed: { from: string; to: string }[] = [];
	for (const m of migrations) {
		const r = m.apply(current);
		current = r.query;
		changed.push(...r.changed);
	}
	return { query: current, changed };
}
