/**
 * The MFU calculator's results as one table: the same job on general-purpose and on purpose-built
 * infrastructure, and the difference (absolute and in per cent). Every MFU scenario already
 * compares the two; pinning a scenario as A then compares two whole scenarios, cell by cell.
 */
import { formatNumber } from '../../../format';
import type { ResultsTable } from '../types';
import { Disclosure } from './Disclosure';

export interface PairSpec {
	readonly caption: string;
	/** Column heads: the two sides and their difference. */
	readonly columns: readonly [string, string, string];
	/** Each row: a label and the output keys of the two sides and of the difference (first minus second). */
	readonly rows: readonly { readonly label: string; readonly keys: readonly [string, string, string] }[];
}

/** The difference as a share of the first side: " (24% less)". */
function share(first: unknown, diff: unknown): string {
	if (typeof first !== 'number' || typeof diff !== 'number' || first === 0) return '';
	return ` (${formatNumber(Math.abs(diff / first) * 100, 2)}% ${diff >= 0 ? 'less' : 'more'})`;
}

export function pairTable(pairs: PairSpec): ResultsTable {
	return {
		keys: pairs.rows.flatMap((r) => r.keys),
		render: ({ value, work, shown, comparing }) => (
			<div class="table-wrap calc-pairs" tabIndex={0} role="region" aria-label={pairs.caption}>
				<table>
					<caption>{pairs.caption}</caption>
					<thead>
						<tr>
							<td />
							{pairs.columns.map((c) => (
								<th scope="col" key={c}>
									{c}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{pairs.rows.map((r) => (
							<tr key={r.label}>
								<th scope="row">{r.label}</th>
								{r.keys.map((k, i) => (
									<td key={k}>
										{value(k)}
										{i === 2 && !comparing && <span class="calc-band">{share(shown(r.keys[0]), shown(k))}</span>}
									</td>
								))}
							</tr>
						))}
					</tbody>
				</table>
				<Disclosure class="calc-work" summary="Show your work">
					{() => pairs.rows.flatMap((r) => r.keys.map(work))}
				</Disclosure>
			</div>
		),
	};
}
