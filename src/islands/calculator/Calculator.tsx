/**
 * The generic calculator island: a composition of the model (./model: store, solve, display,
 * URL, compare, units, Monte Carlo), hooks for each browser effect (./hooks) and parts for each
 * piece of UI (./parts). Sections the first view does not need load on demand (./lazy). It never
 * imports a calculator: each `src/calculators/<id>/Island.tsx` binds one to it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

import { type ChartTheme, type ChartView, LIGHT_THEME } from '../../charts/theme';
import type { OutputSpec } from '../../engine';
import { formatOutput } from '../../format';
import { useChartTheme } from './hooks/useChartTheme';
import { useCharts } from './hooks/useCharts';
import { useEmbedHeight } from './hooks/useEmbedHeight';
import { useLazy, useStore } from './hooks/useStore';
import { useUrlState } from './hooks/useUrlState';
import type { DownloadInput } from './lazy/exports';
import type * as Extras from './lazy/extras';
import type * as SensitivityModule from './lazy/sensitivity';
import type { Sensitivity } from './lazy/sensitivity';
import { answerOf, type StatedConclusion } from './conclusion';
import { displayOutput } from './model/display';
import { MC_SAMPLES } from './model/mc';
import type { Solved } from './model/solve';
import { isDetail, type FieldUnits } from './model/units';
import { calculatorHref } from './model/url';
import { valueText } from './model/fieldText';
import { FormActions, ShareActions } from './parts/Actions';
import { ChartPanel } from './parts/ChartPanel';
import { Handoffs } from './parts/Handoffs';
import { Inputs } from './parts/Inputs';
import { IgnoredNotice } from './parts/Notice';
import { type OutputContext, OutputItem, OutputValue, shownValue, Work } from './parts/Outputs';
import type { Scenario } from '../../engine';
import type { BoundProps } from './types';

export type { CalculatorIslandProps } from './types';

const loadExtras = () => import('./lazy/extras');
const loadExports = () => import('./lazy/exports');

const lowerFirst = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

export function CalculatorIsland(props: BoundProps) {
	const { calc, mode, idPrefix: id } = props;
	const H = `h${props.headingLevel ?? 2}` as 'h2';
	const ctx = { defaults: props.defaults, defaultPreset: props.defaultPreset, accelerators: props.accelerators };
	const state = useStore(props);
	const view = state.view();
	const { notice, solved, compare, evalError, hasErrors, busy, charts: views, theme, units, link, named } = view;

	const root = useRef<HTMLDivElement>(null);
	const dirty = useRef(false);
	const [live, setLive] = useState('');
	const [status, setStatus] = useState('');
	const [sens, setSens] = useState<{ mod: typeof SensitivityModule; conclusion: StatedConclusion } | null>(null);
	const loadSensitivity = () =>
		Promise.all([import('./lazy/sensitivity'), props.loadConclusion()]).then(([mod, conclusion]) => ({
			mod,
			conclusion,
		}));
	const [sensOpen, setSensOpen] = useState(false);
	// The answer sentence: the build-time one until the conclusion (a small module) arrives.
	const [conclusion, setConclusion] = useState<StatedConclusion | null>(null);
	useEffect(() => {
		props.loadConclusion().then(setConclusion, () => undefined);
	}, []);
	// The scenario a deep link opened with, while it differs from the defaults (not a named one).
	const [fromLink, setFromLink] = useState<Scenario | null>(null);
	// Banners and A/B results load when a named scenario, a comparison or such a link first needs them.
	const needExtras = !!(named || compare || fromLink);
	const extras = useLazy<typeof Extras>(needExtras, loadExtras);
	const ab = compare && extras ? compare : null;

	const edit = (fn: () => void) => {
		dirty.current = true;
		fn();
	};
	const ready = useUrlState(calc, state, mode, link, hasErrors, dirty);
	const firstLink = useRef<string | null>(link);
	useEffect(() => {
		if (!ready) return;
		if (mode !== 'inline' && !named && !compare && link !== '' && link !== firstLink.current)
			setFromLink(solved.scenario);
		firstLink.current = null;
	}, [ready]);
	useChartTheme((t) => state.setTheme(t));
	useEmbedHeight(mode === 'embed');

	/** An input's value for people, in the unit the reader sees. */
	const conv = (param: string): FieldUnits | undefined =>
		units === 'imperial' ? props.units?.fields[param] : undefined;
	const inputText = (param: string, v: number) => {
		const c = conv(param);
		return c
			? valueText(Number(c.fromSi(v).toPrecision(12)), c.unit)
			: valueText(v, calc.fields.find((f) => f.param === param)?.unit ?? '');
	};

	// The sensitivity section: computed only while open, for the scenario shown.
	const sensitivityIn = (t: ChartTheme): Sensitivity | null =>
		sens &&
		sens.mod.sensitivity(
			calc,
			sens.conclusion,
			solved.scenario.values,
			solved.outputs,
			props.plausible ?? {},
			t,
			inputText,
		);
	const sensitivity = useMemo(() => (sensOpen ? sensitivityIn(theme) : null), [sens, sensOpen, solved, theme, units]);
	const allViews = useMemo(() => (sensitivity ? [...views, sensitivity.chart] : views), [views, sensitivity]);
	useCharts(root, allViews, props.loadChart);

	const format = (o: OutputSpec) => (units === 'imperial' ? props.units?.outputs[o.key] : undefined);
	const display = (o: OutputSpec, s: Solved) => displayOutput(o, s, props.labels, format(o));
	const out: OutputContext = { solved, ab, extras, display, stale: hasErrors };

	// One polite announcement of the headline result, after the reader stops typing.
	const headline = calc.outputs.find((o) => o.key === calc.headline)!;
	const headlineText = display(headline, solved).text + (ab ? ` (A: ${display(headline, ab).text})` : '');
	useEffect(() => {
		if (!dirty.current) return;
		const last = hasErrors ? ' Some inputs need fixing; these are the last valid results.' : '';
		const t = setTimeout(() => setLive(`${headline.label}: ${headlineText}.${last}`), 700);
		return () => clearTimeout(t);
	}, [headlineText, hasErrors]);

	const absolute = () => new URL(calculatorHref(calc.id, link), location.href).href;
	const say = (text: string) => {
		setStatus(text);
		setLive(text);
	};
	const copy = async (text: string, done: string) => {
		try {
			await navigator.clipboard.writeText(text);
			say(done);
		} catch {
			say('Copying is blocked here; select the text and copy it.');
		}
	};
	const reset = () => {
		dirty.current = true;
		setFromLink(null);
		state.load({});
		if (mode === 'page' && location.search && !compare) history.pushState(null, '', location.pathname);
		say('Inputs reset to the defaults.');
	};
	// Exports load on first use: most readers never download. They are always light: each chart is
	// drawn again from the same numbers in the light theme.
	const download = (): DownloadInput => ({
		calc,
		ctx,
		accelerators: props.accelerators,
		solved,
		compare: ab,
		charts: views,
		provenance: props.provenance,
		presetProvenance: props.presetProvenance,
		sources: props.sources,
		url: absolute(),
		answer,
	});
	const lightView = (v: ChartView): ChartView =>
		(v.id === sensitivity?.chart.id
			? sensitivityIn(LIGHT_THEME)?.chart
			: state.chartsIn(LIGHT_THEME).find((x) => x.id === v.id)) ?? v;
	const downloadCsv = () => loadExports().then((m) => m.downloadCsv(download()));
	const downloadPng = (v: ChartView) =>
		Promise.all([loadExports(), props.loadChart()]).then(([m, ChartJs]) =>
			m.downloadPng(download(), lightView(v), ChartJs),
		);

	const answer =
		conclusion && !evalError
			? answerOf(conclusion, solved.scenario.values, solved.outputs)
			: firstLink.current !== null || link === ''
				? (props.answer ?? '')
				: '';

	const namedA = compare ? props.scenarios?.find((n) => n.id === view.pinned?.base) : undefined;
	const ranged = solved.quantiles !== null || (ab?.quantiles ?? null) !== null;
	const paired = new Set(props.table?.keys ?? []);
	const detail = (o: OutputSpec) => isDetail(o.key, !!o.detail, props.units, units);
	// The answer shows the headline and up to three more results (one in an embed); the others join
	// "All results".
	const cards = calc.outputs.filter((o) => !detail(o) && !paired.has(o.key));
	const headlineFirst = [
		...cards.filter((o) => o.key === calc.headline),
		...cards.filter((o) => o.key !== calc.headline),
	];
	const main = headlineFirst.slice(0, mode === 'embed' ? 2 : 4);
	const details = calc.outputs.filter((o) => (detail(o) || cards.includes(o)) && !main.includes(o));
	const spec = (key: string) => calc.outputs.find((o) => o.key === key)!;
	// A label used twice (airflow in m³/h and CFM) names its unit.
	const unitOf = (o: OutputSpec) =>
		calc.outputs.filter((x) => x.label === o.label).length > 1
			? (format(o)?.(1).unit ?? formatOutput(1, o.unit).unit)
			: undefined;
	const chart = (v: ChartView) => (
		<ChartPanel
			key={v.id}
			id={`${id}-chart-${v.id}`}
			view={v}
			ranged={solved.quantiles !== null}
			onPng={() => downloadPng(v)}
		/>
	);
	const outputList = (list: readonly OutputSpec[]) => (
		<dl class={ab ? 'calc-outputs calc-outputs-ab' : 'calc-outputs'}>
			{list.map((o) => (
				<OutputItem key={o.key} o={o} c={out} unit={unitOf(o)} />
			))}
		</dl>
	);

	const rest = (
		<>
			{details.length > 0 && (
				<details class="calc-breakdown">
					<summary>{props.units ? 'All results and other units' : 'All results'}</summary>
					{outputList(details)}
				</details>
			)}
			{!hasErrors && <Handoffs calc={calc} solved={solved} mode={mode} />}
			{views.slice(1).map(chart)}
			<details
				class="calc-sensitivity"
				onToggle={(e) => {
					const open = e.currentTarget.open;
					setSensOpen(open);
					if (open && !sens) loadSensitivity().then(setSens, () => undefined);
				}}
			>
				<summary onPointerEnter={() => void loadSensitivity()} onFocus={() => void loadSensitivity()}>
					Sensitivity: what moves {lowerFirst(headline.label)}, and where the conclusion flips
				</summary>
				{sensitivity && sens ? (
					<sens.mod.SensitivityBody
						id={id}
						s={sensitivity}
						headline={headline}
						onPng={() => downloadPng(sensitivity.chart)}
					/>
				) : (
					<p class="calc-hint">The sensitivity analysis is computed in your browser; it needs JavaScript.</p>
				)}
			</details>
			<p>
				<button type="button" class="btn" onClick={downloadCsv}>
					Download CSV (inputs, sources, results, chart data)
				</button>
			</p>
		</>
	);

	return (
		<div
			class="calc"
			ref={root}
			data-calculator={calc.id}
			data-mode={mode}
			data-units={units}
			data-ready={ready && !busy && (!needExtras || extras) ? 'true' : undefined}
			data-busy={busy ? 'true' : undefined}
			data-comparing={ab ? 'true' : undefined}
		>
			<IgnoredNotice notice={notice} />
			{named && extras && (
				<extras.NamedBanner calc={calc} ctx={ctx} accelerators={props.accelerators} solved={solved} named={named}>
					<button type="button" class="btn" onClick={reset}>
						Reset to the report defaults
					</button>
					{mode !== 'embed' && <a href={`/scenarios/${named.id}/`}>About this scenario</a>}
				</extras.NamedBanner>
			)}
			{ab && extras && (
				<extras.CompareBanner
					calc={calc}
					ctx={ctx}
					accelerators={props.accelerators}
					solved={solved}
					compare={ab}
					namedA={namedA}
				>
					<button type="button" class="btn" onClick={() => edit(() => state.unpin())}>
						Stop comparing
					</button>
				</extras.CompareBanner>
			)}
			{fromLink && extras && !named && !ab && (
				<extras.LinkBanner calc={calc} ctx={ctx} accelerators={props.accelerators} solved={solved} link={fromLink}>
					<button type="button" class="btn" onClick={reset}>
						Reset to the defaults
					</button>
				</extras.LinkBanner>
			)}
			<div class="calc-grid">
				<section class="calc-results" aria-labelledby={`${id}-results`} aria-busy={busy ? 'true' : undefined}>
					<H id={`${id}-results`} class="calc-h">
						Results
					</H>
					{evalError && (
						<p class="calc-error" role="alert">
							{evalError} The results below are the last valid ones.
						</p>
					)}
					{hasErrors && !evalError && (
						<p class="calc-stale" role="status" data-stale-note>
							Some inputs need fixing: the results below are for the last valid values, not for what the fields show.
						</p>
					)}
					{answer && (
						<p class="calc-answer" data-answer data-stale={hasErrors ? 'true' : undefined}>
							{answer}
							{ranged && ' (inputs at the middle of their ranges)'}
						</p>
					)}
					{ranged && (
						<p class="calc-hint" data-ranged>
							Some inputs are ranges. Each result is the median (P50) of {MC_SAMPLES.toLocaleString('en-US')} samples,
							with P10 to P90 in brackets.
						</p>
					)}
					{outputList(main)}
					{props.table?.render({
						value: (k) => <OutputValue o={spec(k)} c={out} />,
						work: (k) => <Work o={spec(k)} c={out} />,
						shown: (k) => shownValue(solved, k),
						comparing: !!ab,
					})}
					<ShareActions
						id={id}
						calc={calc}
						mode={mode}
						link={link}
						status={status}
						copy={copy}
						onReset={mode === 'embed' ? reset : undefined}
					/>
					{views.slice(0, 1).map(chart)}
				</section>
				<form class="calc-inputs" aria-labelledby={`${id}-inputs`} onSubmit={(e) => e.preventDefault()} noValidate>
					<H id={`${id}-inputs`} class="calc-h">
						Inputs{ab ? ' (scenario B)' : ''}
					</H>
					<Inputs props={props} view={view} state={state} edit={edit} say={say} conv={conv} inputText={inputText} />
					{mode !== 'embed' && (
						<FormActions
							comparing={!!ab}
							onReset={reset}
							onPin={() => {
								edit(() => state.pin());
								say('Pinned as scenario A. Change any input to compare B with it.');
							}}
						/>
					)}
				</form>
				<section class="calc-rest" aria-label="More results">
					{mode === 'embed' ? (
						// An embed stays compact: everything after the answer and its inputs is one disclosure.
						<details class="calc-breakdown" data-embed-more>
							<summary>More results, charts and downloads</summary>
							{rest}
						</details>
					) : (
						rest
					)}
				</section>
			</div>
			<div class="visually-hidden" aria-live="polite" aria-atomic="true">
				{live}
			</div>
		</div>
	);
}
