import type { ComponentChildren } from 'preact';

import { CONFIDENCE_LABELS } from '../../../format/confidence';
import type { Confidence } from '../../../schemas/common';
import type { Provenance, SourceInfo } from '../lazy/exports';

/** A confidence tag's words, the same on every page. */
export const confidenceLabel = (c: string): string => CONFIDENCE_LABELS[c as Confidence]?.label ?? c;

/** Where a field's default comes from: its value, confidence, source and note. */
export function SourceDetails(props: {
	provenance: Provenance | undefined;
	sources: Readonly<Record<string, SourceInfo>>;
	defaultText: string;
	extra?: ComponentChildren;
}) {
	const p = props.provenance;
	const found = (p?.sources ?? (p?.source ? [p.source] : [])).flatMap((id) => props.sources[id] ?? []);
	return (
		<details class="calc-source">
			<summary>
				Default {props.defaultText}
				{p && <span class={`tag tag-${p.confidence}`}>{confidenceLabel(p.confidence)}</span>}
			</summary>
			<div class="calc-source-body">
				{props.extra}
				{found.length > 0 ? (
					<p>
						{found.length > 1 ? 'Sources: ' : 'Source: '}
						{found.flatMap((src, i) => [
							i > 0 ? '; ' : '',
							<a key={src.url} href={src.url}>
								{src.title}
							</a>,
							` (${src.publisher})`,
						])}
						{p?.locator ? `, ${p.locator}` : ''}.
					</p>
				) : (
					<p>No published source: an illustrative value.</p>
				)}
				{p?.note && <p>{p.note}</p>}
			</div>
		</details>
	);
}
