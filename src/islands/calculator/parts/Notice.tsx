import type { FieldProblem } from '../../../engine';

/** Link parameters that were refused, each with why; their defaults are used instead. */
export function IgnoredNotice({ notice }: { notice: readonly FieldProblem[] }) {
	if (notice.length === 0) return null;
	return (
		<div class="calc-notice" role="status">
			<p>
				<strong>Some link parameters were ignored</strong>; their defaults are used instead:
			</p>
			<ul>
				{notice.map((p) => (
					<li key={p.param} data-ignored={p.param}>
						<code>{p.param}</code>: {p.message}
					</li>
				))}
			</ul>
		</div>
	);
}
