import { useState } from 'preact/hooks';

import type { Calculator } from '../../../engine';
import { calculatorHref } from '../model/url';

type EmbedTheme = '' | 'light' | 'dark';
const EMBED_THEMES: readonly [EmbedTheme, string][] = [
	['', "The reader's setting"],
	['light', 'Always light'],
	['dark', 'Always dark'],
];

/**
 * The iframe code for the current scenario (with `theme=` when the colours are forced), and a
 * listener that fits the frame's height.
 */
function snippet(calc: Calculator, query: string, theme: EmbedTheme): string {
	const origin = location.origin;
	const q = [query, theme && `theme=${theme}`].filter(Boolean).join('&');
	const src = `${origin}${calculatorHref(calc.id, q, 'embed')}`;
	return (
		`<iframe src="${src}" title="${calc.title} calculator" width="100%" height="1100" style="border:0" loading="lazy"></iframe>\n` +
		`<script>addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="aifg:height")return;` +
		`document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`
	);
}

/**
 * Sharing, beside the answer: copy link, embed (or open the full calculator from an embed or a
 * chapter), and the status line every action reports to.
 */
export function ShareActions(props: {
	id: string;
	calc: Calculator;
	mode: 'page' | 'embed' | 'inline';
	link: string;
	status: string;
	copy: (text: string, done: string) => void;
	/** In an embed, reset sits here rather than under the inputs. */
	onReset?: (() => void) | undefined;
}) {
	const { id, mode } = props;
	const [embedOpen, setEmbedOpen] = useState(false);
	const [theme, setTheme] = useState<EmbedTheme>('');
	const href = calculatorHref(props.calc.id, props.link);
	const absolute = () => new URL(href, location.href).href;
	const embedSnippet = embedOpen ? snippet(props.calc, props.link, theme) : '';
	return (
		<>
			<div class="calc-actions calc-share">
				<button type="button" class="btn" onClick={() => props.copy(absolute(), 'Link copied.')}>
					Copy link
				</button>
				{mode === 'page' ? (
					<button
						type="button"
						class="btn"
						aria-expanded={embedOpen}
						aria-controls={`${id}-embed`}
						onClick={() => setEmbedOpen(!embedOpen)}
					>
						Embed
					</button>
				) : (
					<a
						class="btn"
						href={href}
						target={mode === 'embed' ? '_blank' : undefined}
						rel={mode === 'embed' ? 'noopener' : undefined}
					>
						Open in full calculator
					</a>
				)}
				{props.onReset && (
					<button type="button" class="btn" onClick={props.onReset}>
						Reset
					</button>
				)}
				<span class="calc-status" data-status>
					{props.status}
				</span>
			</div>
			{mode === 'page' && (
				<div id={`${id}-embed`} class="calc-embed" hidden={!embedOpen}>
					<fieldset class="calc-embed-theme">
						<legend>Colours</legend>
						{EMBED_THEMES.map(([value, label]) => (
							<label key={value}>
								<input
									type="radio"
									name={`${id}-embed-theme`}
									value={value}
									checked={theme === value}
									onChange={() => setTheme(value)}
								/>{' '}
								{label}
							</label>
						))}
					</fieldset>
					<label for={`${id}-snippet`}>
						Paste this where the calculator should appear. The script lets the frame fit its content.
					</label>
					<textarea id={`${id}-snippet`} readOnly rows={6} value={embedSnippet} />
					<button type="button" class="btn" onClick={() => props.copy(embedSnippet, 'Embed code copied.')}>
						Copy embed code
					</button>
				</div>
			)}
		</>
	);
}

/** Under the inputs of a page: reset and pin as A. */
export function FormActions(props: { comparing: boolean; onReset: () => void; onPin: () => void }) {
	return (
		<div class="calc-actions">
			<button type="button" class="btn" onClick={props.onReset}>
				Reset to defaults
			</button>
			<button type="button" class="btn" onClick={props.onPin}>
				{props.comparing ? 'Pin B as the new A' : 'Pin as A'}
			</button>
		</div>
	);
}
