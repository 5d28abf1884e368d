import { describe, expect, it } from 'vitest';

import { bandKey, bandSeries } from '../../src/charts/band';
import { CHARTS } from '../helpers/engine';
import { CALCULATOR_ORDER } from '../../src/registry/calculators';
import { M3_PER_H_PER_CFM } from '../../src/engine';
import { allFinite, chartInput, datasetsOf, points, TEST_THEME } from './helpers';

const A_QUERIES = {
	power: { count: '50000', pue: '1.4' },
	cooling: { rack_kw: '20' },
	growth: { growth_per_year: '3', end_year: '2032' },
	mfu: { count: '8192' },
	reliability: { mtbf_h_per_accel: '20000' },
	inference: { distance_km: '3000', batch: '64' },
	'time-to-power': { interconnect_months: '36', onsite_mw: '40' },
	refresh: { position_kw: '20' },
	tco: { rent_usd_per_hour: '3', occupancy: '0.6' },
} as const;

describe('scenario A on the charts', () => {
	it.each(CALCULATOR_ORDER)('%s: every chart shows A, lighter or dotted, named "A" in its legend', (id) => {
		const b = chartInput(id);
		const a = chartInput(id, { ...A_QUERIES[id] });
		const plain = CHARTS[id](b, TEST_THEME);
		const compared = CHARTS[id]({ ...b, compare: { values: a.values, outputs: a.outputs } }, TEST_THEME);
		expect(compared.map((v) => v.id)).toEqual(plain.map((v) => v.id));
		compared.forEach((view, i) => {
			const sets = datasetsOf(view);
			expect(allFinite(sets)).toBe(true);
			// B's own datasets come first and are unchanged in count; A adds some, or lighter bars.
			const aSets = sets.filter((d) => (d as { label?: string }).label?.startsWith('A: '));
			const bars = (view.config as { data: { labels?: string[] } }).data.labels;
			expect(aSets.length > 0 || bars?.includes('Scenario A'), `${id}/${view.id}`).toBe(true);
			expect(view.legend.some((l) => l.label.startsWith('A: ')) || /Scenario A|scenario A/.test(view.summary)).toBe(
				true,
			);
			expect(view.summary).toMatch(/[Ss]cenario A/);
			expect(datasetsOf(plain[i]!).filter((d) => (d as { label?: string }).label?.startsWith('A: '))).toEqual([]);
		});
	});

	it('draws A’s line from A’s own values', () => {
		const b = chartInput('reliability');
		const a = chartInput('reliability', { mtbf_h_per_accel: '20000' });
		const view = CHARTS.reliability({ ...b, compare: { values: a.values, outputs: a.outputs } }, TEST_THEME)[0]!;
		const line = datasetsOf(view).find((d) => (d as { label?: string }).label === 'A: Goodput')!;
		const own = CHARTS.reliability(a, TEST_THEME)[0]!;
		const xs = points(datasetsOf(own)[0]!).map((p) => p.x);
		// Same x values as B's line (B sets the axis); at x values both share, A's goodput is A's.
		const byX = new Map(points(datasetsOf(own)[0]!).map((p) => [p.x, p.y]));
		for (const p of points(line)) if (byX.has(p.x)) expect(p.y).toBeCloseTo(byX.get(p.x)!, 9);
		expect(xs.length).toBeGreaterThan(0);
	});
});

describe('cooling in imperial units', () => {
	it('plots airflow in CFM and says the temperature rise in °F; data stay the engine’s', () => {
		const si = CHARTS.cooling(chartInput('cooling'), TEST_THEME)[0]!;
		const imperial = CHARTS.cooling({ ...chartInput('cooling'), units: 'imperial' }, TEST_THEME)[0]!;
		const [ySi, yImp] = [points(datasetsOf(si)[0]!), points(datasetsOf(imperial)[0]!)];
		ySi.forEach((p, i) => expect(yImp[i]!.y!).toBeCloseTo(p.y! / M3_PER_H_PER_CFM, 9));
		expect(imperial.summary).toMatch(/^With a 20 °F air temperature rise, an all-air rack needs [\d,]+ CFM/);
		expect(imperial.table.columns[1]).toEqual({ label: 'All-air airflow', unit: 'CFM' });
		const axis = (imperial.config as { options: { scales: { y: { title: { text: string } } } } }).options.scales.y.title
			.text;
		expect(axis).toBe('Airflow (CFM per rack)');
	});
});

describe('bands computed elsewhere', () => {
	it('records each band it computes and uses a band it is given', () => {
		const input = chartInput('power', { pue: '1.1~1.4' });
		const sink: Record<string, unknown> = {};
		const views = CHARTS.power({ ...input, bandSink: sink as never }, TEST_THEME);
		expect(Object.keys(sink)).toHaveLength(1);
		const key = Object.keys(sink)[0]!;
		const given = { [key]: [{ x: 1, p10: 1, p90: 2 }] };
		const again = CHARTS.power({ ...input, bands: given }, TEST_THEME);
		const p90 = datasetsOf(again[1]!).find((d) => (d as { label?: string }).label === '~P90')!;
		expect(points(p90)).toEqual([{ x: 1, y: 2 }]);
		expect(datasetsOf(views[1]!).length).toBe(datasetsOf(again[1]!).length);
	});

	it('names a band by its output, its x parameters and its x values', () => {
		expect(bandKey([1, 2, 3], (x) => ({ count: x }), 'facility_mw')).toBe('facility_mw|count|1,2,3');
		expect(bandSeries(chartInput('power'), [1, 2], (x) => ({ count: x }), 'facility_mw')).toBeNull();
	});
});
