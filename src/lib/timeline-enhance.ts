/**
 * The timeline with JavaScript: a word filter over the events, "Open all", opening the event a
 * link points at (/timeline/#<id>), and every shown event opened for printing (closed again after). Without it the page still works: theme chips are static pages and
 * each event opens on its own.
 */
export function initTimeline(): void {
	const root = document.querySelector<HTMLElement>('[data-timeline]');
	if (!root) return;
	const events = [...root.querySelectorAll<HTMLDetailsElement>('details.event')];
	const openTarget = () => {
		const id = decodeURIComponent(location.hash.slice(1));
		const target = id ? document.getElementById(id) : null;
		const details = target?.closest('details');
		if (details) {
			details.open = true;
			details.scrollIntoView();
		}
	};
	openTarget();
	window.addEventListener('hashchange', openTarget);
	let closed: HTMLDetailsElement[] = [];
	window.addEventListener('beforeprint', () => {
		closed = events.filter((e) => !e.open && !e.hidden);
		for (const e of closed) e.open = true;
	});
	window.addEventListener('afterprint', () => {
		for (const e of closed) e.open = false;
		closed = [];
	});

	const tools = root.querySelector<HTMLElement>('[data-timeline-tools]');
	const input = root.querySelector<HTMLInputElement>('[data-timeline-filter]');
	const expand = root.querySelector<HTMLButtonElement>('[data-timeline-expand]');
	const status = root.querySelector<HTMLElement>('[data-timeline-status]');
	if (!tools || !input || !expand || !status) return;
	tools.hidden = false;
	const texts = events.map((e) => (e.textContent ?? '').toLowerCase());
	const sections = [...root.querySelectorAll<HTMLElement>('[data-year]')];
	input.addEventListener('input', () => {
		const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
		let shown = 0;
		events.forEach((e, i) => {
			const match = words.every((w) => texts[i]!.includes(w));
			e.hidden = !match;
			if (match) shown++;
		});
		for (const s of sections) s.hidden = !s.querySelector('details.event:not([hidden])');
		status.textContent = words.length ? `${shown} of ${events.length} events match.` : '';
	});
	expand.addEventListener('click', () => {
		const open = expand.textContent === 'Open all';
		for (const e of events) if (!e.hidden) e.open = open;
		expand.textContent = open ? 'Close all' : 'Open all';
	});
}
