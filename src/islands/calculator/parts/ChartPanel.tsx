import type { ChartView } from '../../../charts/theme';
import type { OutputUnit } from '../../../engine';
import { formatOutput } from '../../../format';
import { Disclosure } from './Disclosure';
import { Legend } from './Legend';

/** One chart: its title, canvas, legend, text summary, data table and PNG button. */
export function ChartPanel({
	id,
	view,
	ranged,
	onPng,
}: {
	id: string;
	view: ChartView;
	ranged: boolean;
	onPng: () => void;
}) {
	return (
		<figure class="calc-chart" aria-labelledby={`${id}-title`} data-chart-panel={view.id}>
			<figcaption id={`${id}-title`} class="calc-chart-title">
				{view.title}
			</figcaption>
			<div class={view.short ? 'calc-chart-box calc-chart-short' : 'calc-chart-box'}>
				<canvas data-chart={view.id} role="img" aria-labelledby={`${id}-summary`} />
			</div>
			<Legend view={view} />
			<p id={`${id}-summary`} class="calc-chart-summary" data-summary={view.id}>
				{view.summary}
				{ranged && ' Lines use the middle of each range; shading spans P10 to P90.'}
			</p>
			<Disclosure class="calc-table" summary="Data table">
				{() => (
					<div class="table-wrap" tabIndex={0} role="region" aria-label={`${view.title}: data`}>
						<table>
							<caption class="visually-hidden">{view.title}</caption>
							<thead>
								<tr>
									{view.table.columns.map((c) => (
										<th scope="col" key={c.label} class={c.unit === 'method' ? undefined : 'num'}>
											{c.label}
										</th>
									))}
								</tr>
							</thead>
							<tbody>
								{view.table.rows.map((r, i) => (
									<tr key={i}>
										{r.map((cell, j) => {
											const unit = view.table.columns[j]!.unit;
											return (
												<td key={j} class={unit === 'method' ? undefined : 'num'}>
													{unit === 'method' ? String(cell ?? '') : formatCell(cell, unit)}
												</td>
											);
										})}
									</tr>
								))}
							</tbody>
						</table>
					</div>
				)}
			</Disclosure>
			<button type="button" class="btn calc-png" onClick={onPng}>
				Download PNG
			</button>
		</figure>
	);
}

function formatCell(cell: number | string | null, unit: OutputUnit): string {
	return formatOutput(cell, unit).text;
}
