/** A chart's legend as HTML (accessible and themed), with a small drawn swatch per series. */
import type { ChartView } from '../../../charts/theme';

function Swatch({ color, kind }: { color: string; kind: ChartView['legend'][number]['kind'] }) {
	return (
		<svg class="calc-swatch" width="18" height="12" viewBox="0 0 18 12" aria-hidden="true">
			{kind === 'box' && <rect x="1" y="1" width="16" height="10" fill={color} />}
			{kind === 'point' && <circle cx="9" cy="6" r="5" fill={color} />}
			{(kind === 'line' || kind === 'dashed' || kind === 'dotted') && (
				<line
					x1="0"
					y1="6"
					x2="18"
					y2="6"
					stroke={color}
					stroke-width="3"
					stroke-dasharray={kind === 'dashed' ? '5 3' : kind === 'dotted' ? '2 3' : undefined}
				/>
			)}
		</svg>
	);
}

export function Legend({ view }: { view: ChartView }) {
	return (
		<ul class="calc-legend">
			{view.legend.map((l) => (
				<li key={l.label}>
					<Swatch color={l.color} kind={l.kind} />
					{l.label}
				</li>
			))}
		</ul>
	);
}
