import type { ChartView } from '../../../charts/theme';
import type { OutputUnit } from '../../../engine';
import { formatOutput } from '../../../format';
import { Disclosure } from './Disclosure';
import { Legend } from './Legend';

/** One chart: its title and PNG button, canvas, legend, text summary and data table. */
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
			<figcaption class="calc-chart-head">
				<span id={`${id}-title`} class="calc-chart-title">
					{view.title}
				</span>
				<button type="button" class="btn calc-png" onClick={onPng}>
					Download PNG
				</button>
			</figcaption>
			<div class={view.short ? 'calc-chart-box calc-chart-short' : 'calc-chart-box'}>
				<canvas data-chart={view.id} role="img" aria-labelledby={`${id}-summary`} />
			</div>
			{/* One series is named by its axis title: a legend would repeat it. Shading is named by none. */}
			{(view.legend.length > 1 || (view.keepLegend === true && view.legend.length > 0)) && <Legend view={view} />}
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
		</figure>
	);
}

function formatCell(cell: number | string | null, unit: OutputUnit): string {
	return formatOutput(cell, unit).text;
}
