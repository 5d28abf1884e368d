import type { MutableRef } from 'preact/hooks';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

import type { Calculator } from '../../../engine';
import type { CalculatorState } from '../model/store';
import { readPageLink } from '../model/url';

/**
 * Page and embed routes: the URL is the state. The link is read after hydration, so the first
 * render matches the server's HTML; Back and Forward reopen what they point at; edits are written
 * back with replaceState (debounced: each write costs the browser a few milliseconds) while every
 * field is valid, so the address bar always shares what the page shows. Returns whether the link
 * has been read.
 */
export function useUrlState(
	calc: Calculator,
	state: CalculatorState,
	mode: 'page' | 'embed' | 'inline',
	link: string,
	hasErrors: boolean,
	dirty: MutableRef<boolean>,
): boolean {
	const [ready, setReady] = useState(false);
	useLayoutEffect(() => {
		const fromUrl = () => state.open(readPageLink(calc, location.search));
		if (mode !== 'inline' && location.search.length > 1) fromUrl();
		setReady(true);
		if (mode !== 'page') return;
		const onPop = () => {
			dirty.current = false;
			fromUrl();
		};
		addEventListener('popstate', onPop);
		return () => removeEventListener('popstate', onPop);
	}, []);

	useEffect(() => {
		if (mode !== 'page' || !dirty.current || hasErrors) return;
		const t = setTimeout(() => {
			if (location.search.replace(/^\?/, '') !== link)
				history.replaceState(history.state, '', link ? `?${link}` : location.pathname);
		}, 150);
		return () => clearTimeout(t);
	}, [link, hasErrors]);
	return ready;
}
