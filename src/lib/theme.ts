/** Cycles the color theme system → light → dark and remembers the choice in localStorage. */
const ORDER = ['system', 'light', 'dark'] as const;
type Choice = (typeof ORDER)[number];
const KEY = 'theme';

function read(): Choice {
	try {
		const v = localStorage.getItem(KEY);
		return v === 'light' || v === 'dark' ? v : 'system';
	} catch {
		return 'system';
	}
}

function apply(choice: Choice): void {
	if (choice === 'system') delete document.documentElement.dataset['theme'];
	else document.documentElement.dataset['theme'] = choice;
}

export function initThemeToggle(): void {
	let choice = read();
	apply(choice);
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
		const label = button.querySelector('.label');
		const render = () => {
			// The visible words start the accessible name (WCAG 2.5.3), which says the button changes it.
			const text = `Theme: ${choice}`;
			if (label) label.textContent = text;
			button.setAttribute('aria-label', `${text} (change)`);
		};
		render();
		button.hidden = false;
		button.addEventListener('click', () => {
			choice = ORDER[(ORDER.indexOf(choice) + 1) % ORDER.length]!;
			try {
				if (choice === 'system') localStorage.removeItem(KEY);
				else localStorage.setItem(KEY, choice);
			} catch {
				/* storage blocked: the choice lasts for this page only */
			}
			apply(choice);
			render();
		});
	}
}
