import { describe, expect, it } from 'vitest';

import { fillPlugin, tooltipPlugin } from '../../src/islands/calculator/chartjs';

/** A 2D context that records the calls the plugins make. */
function recordingContext() {
	const calls: { op: string; args: unknown[]; fillStyle?: unknown }[] = [];
	const ctx: Record<string, unknown> = { fillStyle: '', font: '', textBaseline: '' };
	for (const op of [
		'save',
		'restore',
		'beginPath',
		'rect',
		'clip',
		'fillRect',
		'moveTo',
		'lineTo',
		'closePath',
		'fill',
		'fillText',
	])
		ctx[op] = (...args: unknown[]) => calls.push({ op, args, fillStyle: ctx['fillStyle'] });
	ctx['measureText'] = (text: string) => ({ width: text.length * 6 });
	return { ctx, calls };
}

type Pt = { x: number; y: number; skip?: boolean };

/** The parts of a Chart.js chart the plugins read: a 100 × 50 plot area, x pixels = 10 × value. */
function fakeChart(datasets: { label: string; points: Pt[]; values: { x: number; y: number }[] }[]) {
	const { ctx, calls } = recordingContext();
	const chart = {
		ctx,
		chartArea: { left: 0, top: 0, right: 100, bottom: 50, width: 100, height: 50 },
		scales: { x: { getPixelForValue: (v: number) => v * 10, getLabelForValue: (v: number) => `x=${v}` } },
		options: {},
		data: { datasets: datasets.map((d) => ({ label: d.label })) },
		isDatasetVisible: () => true,
		getDatasetMeta: (i: number) => ({
			data: datasets[i]!.points,
			controller: { getParsed: (j: number) => datasets[i]!.values[j]! },
		}),
	};
	return { chart: chart as never, calls };
}

const call = (plugin: object, hook: string, ...args: unknown[]) =>
	(plugin as Record<string, (...a: unknown[]) => void>)[hook]!(...args);

describe('fillPlugin (the band shading)', () => {
	it('shades each x band across the whole plot height, between the band’s pixel edges', () => {
		const { chart, calls } = fakeChart([]);
		call(fillPlugin, 'beforeDatasetsDraw', chart, {}, { xBands: [{ from: 6, to: 2, color: 'red' }] });
		const rect = calls.find((c) => c.op === 'fillRect')!;
		expect(rect.args).toEqual([20, 0, 40, 50]);
		expect(rect.fillStyle).toBe('red');
		expect(calls.map((c) => c.op).slice(0, 4)).toEqual(['save', 'beginPath', 'rect', 'clip']);
		expect(calls.at(-1)!.op).toBe('restore');
	});

	it('fills between two datasets along the upper points, then the lower ones backwards, skipping gaps', () => {
		const upper = [
			{ x: 0, y: 10 },
			{ x: 10, y: 5, skip: true },
			{ x: 20, y: 8 },
		];
		const lower = [
			{ x: 0, y: 30 },
			{ x: 20, y: 25 },
		];
		const { chart, calls } = fakeChart([
			{ label: 'P90', points: upper, values: [] },
			{ label: 'P10', points: lower, values: [] },
		]);
		call(fillPlugin, 'beforeDatasetsDraw', chart, {}, { between: [{ upper: 0, lower: 1, color: 'blue' }] });
		const path = calls.filter((c) => c.op === 'moveTo' || c.op === 'lineTo').map((c) => c.args);
		expect(path).toEqual([
			[0, 10],
			[20, 8],
			[20, 25],
			[0, 30],
		]);
		expect(calls.find((c) => c.op === 'fill')!.fillStyle).toBe('blue');
	});

	it('draws nothing for a band of fewer than three points', () => {
		const { chart, calls } = fakeChart([
			{ label: 'a', points: [{ x: 0, y: 1 }], values: [] },
			{ label: 'b', points: [{ x: 0, y: 2 }], values: [] },
		]);
		call(fillPlugin, 'beforeDatasetsDraw', chart, {}, { between: [{ upper: 0, lower: 1, color: 'blue' }] });
		expect(calls.some((c) => c.op === 'fill')).toBe(false);
	});
});

describe('tooltipPlugin (the small tooltip)', () => {
	const two = () =>
		fakeChart([
			{
				label: 'Facility power',
				points: [
					{ x: 10, y: 40 },
					{ x: 50, y: 20 },
				],
				values: [
					{ x: 1, y: 100 },
					{ x: 5, y: 300 },
				],
			},
			{ label: 'IT power', points: [{ x: 90, y: 45 }], values: [{ x: 9, y: 70 }] },
		]);
	const move = (chart: never, x: number, y: number, options: object = {}) => {
		const args = { event: { type: 'mousemove', x, y }, inChartArea: true, changed: false };
		call(tooltipPlugin, 'afterEvent', chart, args, options);
		return args;
	};

	it('shows the point nearest the pointer, titled by its x label, through the label callback', () => {
		const { chart, calls } = two();
		const args = move(chart, 48, 22, {
			callbacks: {
				label: (i: { dataset: { label: string }; parsed: { y: number } }) => `${i.dataset.label}: ${i.parsed.y} MW`,
			},
		});
		expect(args.changed).toBe(true);
		call(tooltipPlugin, 'afterDraw', chart, {}, {});
		expect(calls.filter((c) => c.op === 'fillText').map((c) => c.args[0])).toEqual(['x=5', 'Facility power: 300 MW']);
	});

	it('skips the datasets its filter rejects', () => {
		const { chart, calls } = two();
		move(chart, 48, 22, { filter: (i: { dataset: { label: string } }) => i.dataset.label === 'IT power' });
		call(tooltipPlugin, 'afterDraw', chart, {}, {});
		expect(calls.filter((c) => c.op === 'fillText').map((c) => c.args[0])).toEqual(['x=9', 'IT power: 70']);
	});

	it('keeps the tooltip inside the plot area', () => {
		const { chart, calls } = two();
		move(chart, 90, 45);
		call(tooltipPlugin, 'afterDraw', chart, {}, {});
		const [x, y, width, height] = calls.find((c) => c.op === 'fillRect')!.args as number[];
		expect(x! + width!).toBeLessThanOrEqual(100);
		expect(y).toBeGreaterThanOrEqual(0);
		expect(y! + height!).toBeLessThanOrEqual(50);
	});

	it('hides on mouseout and asks for a redraw only when the tooltip changes', () => {
		const { chart, calls } = two();
		move(chart, 48, 22);
		expect(move(chart, 48, 22).changed).toBe(false);
		const out = { event: { type: 'mouseout', x: null, y: null }, inChartArea: false, changed: false };
		call(tooltipPlugin, 'afterEvent', chart, out, {});
		expect(out.changed).toBe(true);
		call(tooltipPlugin, 'afterDraw', chart, {}, {});
		expect(calls.some((c) => c.op === 'fillText')).toBe(false);
	});
});
