import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A <details> whose body is rendered only while it is open, so collapsed tables and formulas cost
 * nothing on each keystroke. The server renders the body, for readers without JavaScript; the
 * island drops it on hydration and renders it again when the reader opens the disclosure.
 */
export function Disclosure({
	class: cls,
	summary,
	children,
}: {
	class: string;
	summary: ComponentChildren;
	children: () => ComponentChildren;
}) {
	const [open, setOpen] = useState(false);
	const ref = useRef<HTMLDetailsElement>(null);
	useEffect(() => {
		const details = ref.current!;
		const toggle = () => setOpen(details.open);
		details.addEventListener('toggle', toggle);
		return () => details.removeEventListener('toggle', toggle);
	}, []);
	const server = typeof document === 'undefined';
	return (
		<details class={cls} ref={ref}>
			<summary>{summary}</summary>
			{(server || open) && children()}
		</details>
	);
}
