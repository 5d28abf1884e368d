import { useEffect } from 'preact/hooks';

/** The message an embed posts to its parent page: `{ type: 'aifg:height', height }` (the contract). */
const HEIGHT_MESSAGE = 'aifg:height';

/**
 * The /embed/ route tells its parent page how tall it is whenever that changes, smaller as well as
 * larger, so the iframe can fit it. It measures the calculator itself, not the document, whose
 * height never shrinks below the iframe's.
 */
export function useEmbedHeight(enabled: boolean): void {
	useEffect(() => {
		if (!enabled || window.parent === window) return;
		let last = -1;
		const post = () => {
			const style = getComputedStyle(document.body);
			const height = Math.ceil(
				document.body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
			);
			if (height === last) return;
			last = height;
			window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
		};
		const observer = new ResizeObserver(post);
		observer.observe(document.body);
		for (const child of document.body.children) observer.observe(child);
		post();
		return () => observer.disconnect();
	}, []);
}
