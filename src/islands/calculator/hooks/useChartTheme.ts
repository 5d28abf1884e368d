import { useLayoutEffect } from 'preact/hooks';

import { type ChartTheme, LIGHT_THEME, THEME_VARIABLES } from '../../../charts/theme';

/** The chart colours the page's CSS custom properties set now (light or dark). */
function readTheme(): ChartTheme {
	const css = getComputedStyle(document.documentElement);
	const get = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
	return {
		fg: get(THEME_VARIABLES.fg, LIGHT_THEME.fg),
		muted: get(THEME_VARIABLES.muted, LIGHT_THEME.muted),
		grid: get(THEME_VARIABLES.grid, LIGHT_THEME.grid),
		bg: get(THEME_VARIABLES.bg, LIGHT_THEME.bg),
		reference: get(THEME_VARIABLES.reference, LIGHT_THEME.reference),
		font: get(THEME_VARIABLES.font, LIGHT_THEME.font),
		series: THEME_VARIABLES.series.map((v, i) => get(v, LIGHT_THEME.series[i]!)),
	};
}

/**
 * Calls `set` with the chart theme now and whenever the reader's light/dark setting changes. Paper
 * is always light: before printing the charts are redrawn in the light theme (the page's print CSS
 * turns light at the same moment), and back afterwards. The redraw is synchronous enough: the
 * store, Preact and the chart update all run in the microtasks of the `beforeprint` event.
 */
export function useChartTheme(set: (theme: ChartTheme) => void): void {
	useLayoutEffect(() => {
		let printing = false;
		const update = () => set(printing ? LIGHT_THEME : readTheme());
		const toPaper = () => {
			printing = true;
			update();
		};
		const toScreen = () => {
			printing = false;
			update();
		};
		update();
		const observer = new MutationObserver(update);
		observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
		const media = matchMedia('(prefers-color-scheme: dark)');
		media.addEventListener('change', update);
		addEventListener('beforeprint', toPaper);
		addEventListener('afterprint', toScreen);
		return () => {
			observer.disconnect();
			media.removeEventListener('change', update);
			removeEventListener('beforeprint', toPaper);
			removeEventListener('afterprint', toScreen);
		};
	}, []);
}
