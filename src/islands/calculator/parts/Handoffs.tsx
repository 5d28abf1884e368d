import type { Calculator } from '../../../engine';
import { handoffHref } from '../model/handoff';
import type { Solved } from '../model/solve';

/**
 * The calculator's hand-offs: one link per calculator its results feed, carrying the values in
 * the query. The island leaves them out while a field is in error, so a link never carries values
 * the fields do not show.
 */
export function Handoffs({
	calc,
	solved,
	mode,
}: {
	calc: Calculator;
	solved: Solved;
	mode: 'page' | 'embed' | 'inline';
}) {
	if (!calc.handoffs?.length) return null;
	const external = mode === 'embed';
	return (
		<ul class="calc-handoffs">
			{calc.handoffs.map((h) => (
				<li key={h.to}>
					<a
						data-handoff={h.to}
						href={handoffHref(calc, h, solved)}
						target={external ? '_blank' : undefined}
						rel={external ? 'noopener' : undefined}
					>
						{h.label}
					</a>
				</li>
			))}
		</ul>
	);
}
