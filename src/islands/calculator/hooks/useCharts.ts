import type { Chart } from 'chart.js';
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

import type { ChartView } from '../../../charts/theme';

/**
 * Creates or updates one Chart.js instance per view, on the `<canvas data-chart="<id>">` inside
 * `root`; the island does nothing else with them. A layout effect, so a chart is redrawn in the
 * same frame as the numbers. Chart.js arrives with `load`, after the first results are on screen.
 */
export function useCharts(
	root: RefObject<HTMLElement>,
	views: readonly ChartView[],
	load: () => Promise<typeof Chart>,
): void {
	const charts = useRef(new Map<string, Chart>());
	// Chart.js once it has arrived: later redraws are synchronous (a print redraw must be).
	const ctor = useRef<typeof Chart | null>(null);
	useLayoutEffect(() => {
		let cancelled = false;
		const draw = (ChartJs: typeof Chart) => {
			ctor.current = ChartJs;
			if (cancelled || !root.current) return;
			for (const v of views) {
				const canvas = root.current.querySelector<HTMLCanvasElement>(`canvas[data-chart="${v.id}"]`);
				let chart = charts.current.get(v.id);
				if (chart && chart.canvas !== canvas) {
					chart.destroy();
					chart = undefined;
					charts.current.delete(v.id);
				}
				if (!canvas) continue;
				const config = v.config as Chart['config'];
				if (!chart) charts.current.set(v.id, new ChartJs(canvas, config as never));
				else {
					chart.data = config.data;
					chart.options = config.options ?? {};
					chart.update('none');
				}
			}
			root.current.dataset['charts'] = 'ready';
			performance.mark('aifg:calc-updated');
		};
		if (ctor.current) draw(ctor.current);
		else load().then(draw, () => undefined);
		return () => {
			cancelled = true;
		};
	}, [views]);
	useEffect(
		() => () => {
			for (const c of charts.current.values()) c.destroy();
		},
		[],
	);
}
