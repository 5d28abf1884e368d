import type { Calculator } from '../../../engine';
import { handoffLink } from '../model/handoff';
import type { Solved } from '../model/solve';

/**
 * The calculator's hand-offs as links, for the scenario shown (B when comparing). The island
 * leaves them out while a field is in error, so a link never carries values the fields do not show.
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
	return (
		<ul class="calc-handoffs">
			{calc.handoffs.map((h) => {
				const link = handoffLink(calc, solved, h);
				return (
					<li key={h.to}>
						<a
							data-handoff={link.to}
							href={link.href}
							target={mode === 'embed' ? '_blank' : undefined}
							rel={mode === 'embed' ? 'noopener' : undefined}
						>
							{link.label}
						</a>
					</li>
				);
			})}
		</ul>
	);
}
