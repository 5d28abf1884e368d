/**
 * The parts of the island only a named scenario or a comparison needs: their banners and the A/B
 * form of each result. Loaded when a link or the reader asks for one, so a plain calculator page
 * does not download them.
 */
import type { ComponentChildren } from 'preact';

import { readScenario, type Scenario, type ScenarioContext } from '../../../engine';
import type { Calculator, OutputSpec } from '../../../engine';
import type { Accelerator } from '../../../schemas/preset';
import { difference, type InputDifference, scenarioDifferences } from '../model/compare';
import type { NamedScenario } from '../model/store';
import type { OutputDisplay } from '../model/display';
import type { Solved } from '../model/solve';

/** "It differs from the report defaults in: PUE 1.3 (default 1.2), …" as a list. */
function DiffList(props: {
	lead: string;
	none: string;
	diffs: readonly InputDifference[];
	attr: string;
	word: string;
}) {
	if (props.diffs.length === 0) return props.none ? <p>{props.none}</p> : null;
	return (
		<>
			<p>{props.lead}:</p>
			<ul class="calc-difflist">
				{props.diffs.map((d) => (
					<li key={d.param} {...{ [props.attr]: d.param }}>
						{d.label}: {d.to}{' '}
						<span class="calc-unit">
							({props.word} {d.from})
						</span>
					</li>
				))}
			</ul>
		</>
	);
}

interface BannerProps {
	readonly calc: Calculator;
	readonly ctx: ScenarioContext;
	readonly accelerators: readonly Accelerator[] | undefined;
	readonly solved: Solved;
}

/** Which named scenario the reader is viewing, how it differs from the report, and what they changed. */
export function NamedBanner(props: BannerProps & { named: NamedScenario; children: ComponentChildren }) {
	const { calc, ctx, named } = props;
	const base = readScenario(calc, named.params, ctx).scenario;
	const fromDefaults = scenarioDifferences(calc, readScenario(calc, {}, ctx).scenario, base, props.accelerators);
	const edited = scenarioDifferences(calc, base, props.solved.scenario, props.accelerators);
	return (
		<div class="calc-banner" data-scenario={named.id}>
			<p>
				<strong>Named scenario: {named.title}</strong>
			</p>
			<p>{named.note}</p>
			<DiffList
				lead="It differs from the report defaults in"
				none="It uses the report defaults."
				diffs={fromDefaults}
				attr="data-differs"
				word="default"
			/>
			{edited.length > 0 && (
				<DiffList lead="You have changed" none="" diffs={edited} attr="data-edited" word="scenario" />
			)}
			<p class="calc-banner-actions">{props.children}</p>
		</div>
	);
}

/** A page opened from a link that sets inputs: which, each with its default, and (as children) a reset. */
export function LinkBanner(props: BannerProps & { link: Scenario; children: ComponentChildren }) {
	const { calc, ctx } = props;
	const diffs = scenarioDifferences(calc, readScenario(calc, {}, ctx).scenario, props.link, props.accelerators);
	if (diffs.length === 0) return null;
	return (
		<div class="calc-banner" data-link-banner>
			<DiffList lead="The link you opened sets" none="" diffs={diffs} attr="data-link-sets" word="default" />
			<p class="calc-banner-actions">{props.children}</p>
		</div>
	);
}

/** A comparison in progress: where B differs from A. */
export function CompareBanner(
	props: BannerProps & { compare: Solved; namedA: NamedScenario | undefined; children: ComponentChildren },
) {
	const diffs = scenarioDifferences(props.calc, props.compare.scenario, props.solved.scenario, props.accelerators);
	return (
		<div class="calc-banner calc-banner-compare" data-compare>
			<p>
				<strong>Comparing two scenarios.</strong> A is pinned{props.namedA ? ` (from “${props.namedA.title}”)` : ''}; B
				is the one you edit. Each result shows A, B and the difference; charts draw A dotted or lighter.
			</p>
			<DiffList
				lead="B differs from A in"
				none="B is still the same as A: change an input to compare."
				diffs={diffs}
				attr="data-ab"
				word="A"
			/>
			<p class="calc-banner-actions">{props.children}</p>
		</div>
	);
}

/** One result as A, B (the contract's element, passed in) and B − A. */
export function AbValue(props: {
	spec: OutputSpec;
	a: OutputDisplay;
	aValue: number | string | null | undefined;
	bValue: number | string | null | undefined;
	same: boolean;
	children: ComponentChildren;
}) {
	const { a, spec } = props;
	const diff = difference(spec, props.aValue, props.bValue);
	return (
		<>
			<div class="calc-ab">
				<div>
					<span class="calc-ab-tag">A</span>
					<span
						class="calc-value calc-value-a"
						data-output-a={spec.key}
						data-value={a.value}
						data-p10={a.p10}
						data-p90={a.p90}
					>
						{a.main}
						{a.band && <span class="calc-band"> {a.band}</span>}
					</span>
				</div>
				<div>
					<span class="calc-ab-tag">B</span>
					{props.children}
				</div>
			</div>
			<p class="calc-diff" data-diff={spec.key}>
				{diff
					? `B − A: ${diff.abs}${diff.pct ? ` (${diff.pct})` : ''}`
					: props.same
						? 'Same in A and B'
						: 'Differs between A and B'}
			</p>
		</>
	);
}
