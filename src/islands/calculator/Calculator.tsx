/**
 * The generic calculator island: markup and browser glue only. Every number comes from
 * state.ts (engine) and every chart configuration from src/charts. One component serves all five
 * calculators; the small files in ./entries bind it to one calculator each, so a page ships only
 * the engine and chart code it uses.
 */
import type { Chart as ChartType } from 'chart.js';
import { Component, type ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';

import { THEME_VARIABLES, type ChartTheme, type ChartView, LIGHT_THEME } from '../../charts/theme';
import type { Range } from '../../engine/parse';
import type {
	Accelerator,
	Calculator,
	NumberField,
	OutputSpec,
	OutputUnit,
	ParamValues,
} from '../../engine/types';
import { formatOutput } from '../../lib/format';
import type { Provenance, SourceInfo } from './exports';
import { type McRunner, runJob } from './mc';
import type { Sensitivity } from './sensitivity';
import type * as Extras from './extras';
import { fromSliderPosition, sliderAttributes, toSliderPosition } from './slider';
import {
	type CalculatorState,
	type ChartsBuilder,
	createCalculatorState,
	displayOutput,
	fieldText,
	MC_SAMPLES,
	type NamedScenario,
	type Solved,
} from './state';
import { fromSiText, isDetail, type FieldUnits, type UnitsConfig, type UnitSystem } from './units';
import { calculatorHref, readPageLink } from './url';
import { valueText } from './fieldText';
import { Legend } from './Legend';
import { substituteFormula } from './work';

/** Serialisable props, built at build time by Calculator.astro from the registry. */
export interface CalculatorIslandProps {
	readonly defaults: ParamValues;
	readonly defaultPreset?: string | undefined;
	readonly accelerators?: readonly Accelerator[] | undefined;
	/** Where each default comes from, by param (and the preset param). */
	readonly provenance: Readonly<Record<string, Provenance>>;
	readonly sources: Readonly<Record<string, SourceInfo>>;
	/** Raw params to start from (a chapter's inputs). Page and embed routes read the URL after hydration. */
	readonly initial?: Readonly<Record<string, string>> | undefined;
	/** page: reads and writes the URL. embed: reads the URL (iframe route). inline: a chapter; never touches the URL. */
	readonly mode: 'page' | 'embed' | 'inline';
	/** Prefix of element ids, unique on the page. */
	readonly idPrefix: string;
	/** Level of the Inputs and Results headings (2 on a calculator page, deeper inside a chapter). */
	readonly headingLevel?: 2 | 3 | 4 | undefined;
	/** Registry low and high of each field that has them: "use plausible ranges" and the tornado. */
	readonly plausible?: Readonly<Record<string, Range>> | undefined;
	/** Named scenarios of this calculator (`?s=<id>`). */
	readonly scenarios?: readonly NamedScenario[] | undefined;
}

/**
 * Results an entry lays out itself, outside the grid of result cards (the MFU calculator's
 * general-purpose | purpose-built table). The island gives it each output's element(s) and work.
 */
export interface ResultsTable {
	/** Output keys it shows; they are left out of the cards. */
	readonly keys: readonly string[];
	readonly render: (api: {
		/** The output's element(s): B's `data-output`, and A's `data-output-a` when comparing. */
		value: (key: string) => ComponentChildren;
		/** "Show your work" lines of an output. */
		work: (key: string) => ComponentChildren;
		/** The value shown (P50 with ranges). */
		shown: (key: string) => number | string | null | undefined;
		comparing: boolean;
	}) => ComponentChildren;
}

/** The unit-system switch an entry with an imperial view supplies. */
export type UnitsControl = (props: { id: string; units: UnitSystem; onChange: (u: UnitSystem) => void }) => ComponentChildren;

interface BoundProps extends CalculatorIslandProps {
	readonly calc: Calculator;
	readonly charts: ChartsBuilder;
	/** Names of text outputs (cooling method ids). */
	readonly labels?: Readonly<Record<string, string>>;
	/** Starts this calculator's Monte Carlo worker (the browser only). */
	readonly worker?: () => Worker;
	/** An imperial view of the display (the cooling calculator), and its switch. */
	readonly units?: UnitsConfig;
	readonly unitsControl?: UnitsControl;
	readonly table?: ResultsTable;
}

const CONFIDENCE: Record<string, string> = {
	'verified-primary': 'verified, primary source',
	'verified-secondary': 'verified, secondary source',
	derived: 'derived',
	unverified: 'unverified',
	illustrative: 'illustrative',
};

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

const loadChart = () => import('./chartjs').then((m) => m.Chart);
const loadSensitivity = () => import('./sensitivity');
const loadExtras = () => import('./extras');

/** The value shown for an output: its P50 with ranges, else its point value. */
const shownValue = (s: Solved, key: string) => s.quantiles?.[key]?.p50 ?? s.outputs[key];

export function CalculatorIsland(props: BoundProps) {
	const { calc, mode, idPrefix: id } = props;
	const H = `h${props.headingLevel ?? 2}` as 'h2';
	const ctx = {
		defaults: props.defaults,
		defaultPreset: props.defaultPreset,
		accelerators: props.accelerators,
	};
	const state = useMemo<CalculatorState>(() => {
		// The Monte Carlo of a ranged scenario runs in a worker, so typing never waits for it.
		// The runner itself loads with the first job.
		let run: Promise<McRunner> | undefined;
		const create = props.worker;
		const runner: McRunner | undefined =
			create && typeof Worker !== 'undefined'
				? (slot, job, done) => {
						run ??= import('./workers').then((m) =>
							m.workerRunner(create, (j) => runJob(calc, props.charts, j)),
						);
						// If the runner cannot load (offline), the job runs here.
						run.then(
							(r) => r(slot, job, done),
							() => done(runJob(calc, props.charts, job)),
						);
					}
				: undefined;
		return createCalculatorState(calc, ctx, props.charts, props.initial ?? {}, {
			scenarios: props.scenarios,
			units: props.units,
			runner,
		});
	}, []);
	const [, rerender] = useReducer((n: number) => n + 1, 0);
	useLayoutEffect(() => state.subscribe(() => rerender(0)), []);
	const view = state.view();
	const {
		texts,
		shown,
		preset,
		notice,
		fieldErrors: errors,
		warnings,
		solved,
		compare,
		evalError,
		hasErrors,
		busy,
		charts: views,
		theme,
		units,
		link,
		named,
	} = view;

	const root = useRef<HTMLDivElement>(null);
	const dirty = useRef(false);
	const charts = useRef(new Map<string, ChartType>());
	const [ready, setReady] = useState(false);
	const [live, setLive] = useState('');
	const [status, setStatus] = useState('');
	const [embedOpen, setEmbedOpen] = useState(false);
	const [sens, setSens] = useState<typeof import('./sensitivity') | null>(null);
	const [sensOpen, setSensOpen] = useState(false);
	// Banners and A/B results load when a named scenario or a comparison first needs them.
	const [extras, setExtras] = useState<typeof Extras | null>(null);
	const needExtras = !!(named || compare);
	useEffect(() => {
		if (needExtras && !extras) loadExtras().then(setExtras, () => undefined);
	}, [needExtras]);
	const ab = compare && extras ? compare : null;

	const edit = (fn: () => void) => {
		dirty.current = true;
		fn();
	};

	// Page and embed routes: the URL is the state. Applied after hydration so the first render matches the HTML.
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

	// Edits are written back with replaceState, so the address bar always shares the scenario;
	// debounced, since the browser makes each write cost a few milliseconds.
	useEffect(() => {
		if (mode !== 'page' || !dirty.current || hasErrors) return;
		const t = setTimeout(() => {
			if (location.search.replace(/^\?/, '') !== link)
				history.replaceState(history.state, '', link ? `?${link}` : location.pathname);
		}, 150);
		return () => clearTimeout(t);
	}, [link, hasErrors]);

	// Chart colours follow the light/dark theme.
	useLayoutEffect(() => {
		const update = () => state.setTheme(readTheme());
		update();
		const observer = new MutationObserver(update);
		observer.observe(document.documentElement, {
			attributes: true,
			attributeFilter: ['data-theme', 'class'],
		});
		const media = matchMedia('(prefers-color-scheme: dark)');
		media.addEventListener('change', update);
		return () => {
			observer.disconnect();
			media.removeEventListener('change', update);
		};
	}, []);

	/** An input's value for people, in the unit the reader sees. */
	const conv = (param: string): FieldUnits | undefined =>
		units === 'imperial' ? props.units?.fields[param] : undefined;
	const inputText = (param: string, v: number) => {
		const c = conv(param);
		return c ? valueText(Number(c.fromSi(v).toPrecision(12)), c.unit) : valueText(v, calc.fields.find((f) => f.param === param)?.unit ?? '');
	};

	// The sensitivity section: computed only while open, for the scenario shown.
	const sensitivity = useMemo<Sensitivity | null>(
		() =>
			sens && sensOpen
				? sens.sensitivity(calc, solved.scenario.values, solved.outputs, props.plausible ?? {}, theme, inputText)
				: null,
		[sens, sensOpen, solved, theme, units],
	);
	const allViews = useMemo(() => (sensitivity ? [...views, sensitivity.chart] : views), [views, sensitivity]);

	// Create or update the Chart.js instances; the island does nothing else with them. A layout
	// effect, so the chart is redrawn in the same frame as the numbers.
	useLayoutEffect(() => {
		let cancelled = false;
		loadChart().then(
			(Chart) => {
				if (cancelled || !root.current) return;
				for (const v of allViews) {
					const canvas = root.current.querySelector<HTMLCanvasElement>(
						`canvas[data-chart="${v.id}"]`,
					);
					let chart = charts.current.get(v.id);
					if (chart && chart.canvas !== canvas) {
						chart.destroy();
						chart = undefined;
						charts.current.delete(v.id);
					}
					if (!canvas) continue;
					const config = v.config as ChartType['config'];
					if (!chart) charts.current.set(v.id, new Chart(canvas, config as never));
					else {
						chart.data = config.data;
						chart.options = config.options ?? {};
						chart.update('none');
					}
				}
				root.current.dataset['charts'] = 'ready';
				performance.mark('aifg:calc-updated');
			},
			() => undefined,
		);
		return () => {
			cancelled = true;
		};
	}, [allViews]);
	useEffect(
		() => () => {
			for (const c of charts.current.values()) c.destroy();
		},
		[],
	);

	const format = (o: OutputSpec) => (units === 'imperial' ? props.units?.outputs[o.key] : undefined);
	const display = (o: OutputSpec, s: Solved) => displayOutput(o, s, props.labels, format(o));

	// One polite announcement of the headline result, after the reader stops typing.
	const headline = calc.outputs.find((o) => o.key === calc.headline)!;
	const headlineText =
		display(headline, solved).text + (ab ? ` (A: ${display(headline, ab).text})` : '');
	useEffect(() => {
		if (!dirty.current) return;
		const t = setTimeout(
			() =>
				setLive(
					`${headline.label}: ${headlineText}.${hasErrors ? ' Some inputs need fixing; these are the last valid results.' : ''}`,
				),
			700,
		);
		return () => clearTimeout(t);
	}, [headlineText, hasErrors]);

	// The /embed/ route tells its parent page how tall it is, so the iframe can fit it.
	useEffect(() => {
		if (mode !== 'embed' || window.parent === window) return;
		const post = () =>
			window.parent.postMessage(
				{ type: 'aifg:height', height: Math.ceil(document.documentElement.scrollHeight) },
				'*',
			);
		const observer = new ResizeObserver(post);
		observer.observe(document.body);
		post();
		return () => observer.disconnect();
	}, []);

	const href = calculatorHref(calc.id, link);
	const absolute = () => new URL(href, location.href).href;
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
		state.load({});
		if (mode === 'page' && location.search && !compare) history.pushState(null, '', location.pathname);
		say('Inputs reset to the defaults.');
	};
	// Exports load on first use: most readers never download.
	const downloadCsv = async () => {
		const { calculatorCsv, downloadBlob } = await import('./exports');
		const csv = calculatorCsv({
			calc,
			solved,
			charts: views,
			provenance: props.provenance,
			sources: props.sources,
			url: absolute(),
		});
		downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${calc.id}-calculator.csv`);
	};
	const downloadPng = async (v: ChartView) => {
		const canvas = root.current?.querySelector<HTMLCanvasElement>(`canvas[data-chart="${v.id}"]`);
		if (!canvas) return;
		const { chartPng, downloadBlob } = await import('./exports');
		const blob = await chartPng(canvas, v, {
			calcTitle: calc.title,
			query: link,
			url: absolute(),
			theme,
		});
		downloadBlob(blob, `${calc.id}-${v.id}.png`);
	};

	const namedA = compare ? props.scenarios?.find((n) => n.id === view.pinned?.base) : undefined;

	const ranged = solved.quantiles !== null || (ab?.quantiles ?? null) !== null;
	const paired = new Set(props.table?.keys ?? []);
	const detail = (o: OutputSpec) => isDetail(o.key, !!o.detail, props.units, units);
	const main = calc.outputs.filter((o) => !detail(o) && !paired.has(o.key));
	const details = calc.outputs.filter((o) => detail(o));
	const spec = (key: string) => calc.outputs.find((o) => o.key === key)!;
	// A label used twice (airflow in m³/h and CFM) names its unit.
	const repeated = (o: OutputSpec) => calc.outputs.filter((x) => x.label === o.label).length > 1;
	const unitOf = (o: OutputSpec) => format(o)?.(1).unit ?? formatOutput(1, o.unit).unit;
	const embedSnippet = embedOpen ? snippet(calc, link) : '';

	/** An output's value(s): B's element carries the contract's data-output; A's carries data-output-a. */
	const value = (o: OutputSpec) => {
		const d = display(o, solved);
		const b = (
			<span class="calc-value" data-output={o.key} data-value={d.value} data-p10={d.p10} data-p90={d.p90}>
				{d.main}
				{d.band && <span class="calc-band"> {d.band}</span>}
			</span>
		);
		if (!ab || !extras) return b;
		const a = display(o, ab);
		return (
			<extras.AbValue spec={o} a={a} aValue={shownValue(ab, o.key)} bValue={shownValue(solved, o.key)} same={a.value === d.value}>
				{b}
			</extras.AbValue>
		);
	};

	const work = (o: OutputSpec) => (
		<>
			<p class="calc-formula">
				<code>
					{o.key} = {o.formula}
				</code>
			</p>
			<p class="calc-formula">
				<code>= {substituteFormula(o.formula, solved.scenario.values, solved.outputs)}</code>
			</p>
			<p class="calc-formula">
				<code>= {display(o, { ...solved, quantiles: null }).text}</code>
				{solved.quantiles && ' (inputs at the middle of their ranges)'}
			</p>
		</>
	);

	const output = (o: OutputSpec) => (
		<div class="calc-out" key={o.key}>
			<dt>
				{o.label}
				{repeated(o) && <span class="calc-unit"> ({unitOf(o)})</span>}
			</dt>
			<dd>
				{value(o)}
				<Disclosure class="calc-work" summary="Show your work">
					{() => work(o)}
				</Disclosure>
			</dd>
		</div>
	);

	const plausibleCount = Object.keys(props.plausible ?? {}).length;

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
			{notice.length > 0 && (
				<div class="calc-notice" role="status">
					<p>
						<strong>Some link parameters were ignored</strong>; their defaults are used instead:
					</p>
					<ul>
						{notice.map((p) => (
							<li key={p.param} data-ignored={p.param}>
								<code>{p.param}</code>: {p.message}
							</li>
						))}
					</ul>
				</div>
			)}
			{named && extras && (
				<extras.NamedBanner calc={calc} ctx={ctx} accelerators={props.accelerators} solved={solved} named={named}>
					<button type="button" class="btn" onClick={reset}>
						Reset to the report defaults
					</button>
					{mode !== 'embed' && <a href={`/scenarios/${named.id}/`}>About this scenario</a>}
				</extras.NamedBanner>
			)}
			{ab && extras && (
				<extras.CompareBanner calc={calc} ctx={ctx} accelerators={props.accelerators} solved={solved} compare={ab} namedA={namedA}>
					<button type="button" class="btn" onClick={() => edit(() => state.unpin())}>
						Stop comparing
					</button>
				</extras.CompareBanner>
			)}
			<div class="calc-grid">
				<form
					class="calc-inputs"
					aria-labelledby={`${id}-inputs`}
					onSubmit={(e) => e.preventDefault()}
					noValidate
				>
					<H id={`${id}-inputs`} class="calc-h">
						Inputs{ab ? ' (scenario B)' : ''}
					</H>
					<p class="calc-hint">
						Type a number (<code>1.5e26</code> works) or a range such as <code>1.1~1.4</code>.
					</p>
					{plausibleCount > 0 && (
						<p class="calc-hint">
							<button
								type="button"
								class="btn"
								onClick={() => {
									edit(() => state.applyRanges(props.plausible!));
									say('Each input with a sourced range now holds it; results show P50 with P10 to P90.');
								}}
							>
								Use plausible ranges for all inputs
							</button>{' '}
							Sets each of the {plausibleCount} inputs with a sourced range to its low~high.
						</p>
					)}
					{props.unitsControl?.({
						id,
						units,
						onChange: (u) => {
							edit(() => state.setUnits(u));
							say(u === 'si' ? 'Showing SI units.' : 'Showing imperial units.');
						},
					})}
					{calc.preset && props.accelerators && (
						<PresetField
							id={`${id}-${calc.preset.param}`}
							label={calc.preset.label}
							value={preset ?? ''}
							accelerators={props.accelerators}
							provenance={props.provenance[calc.preset.param]}
							sources={props.sources}
							onChange={(v) => edit(() => state.setPreset(v))}
						/>
					)}
					{calc.fields.map((f) => {
						const c = conv(f.param);
						return (
							<Field
								key={f.param}
								id={`${id}-${f.param}`}
								field={f}
								unit={c?.unit ?? f.unit}
								text={c ? (shown[f.param] ?? fromSiText(c, texts[f.param] ?? '')) : (texts[f.param] ?? '')}
								value={solved.scenario.values[f.param]!}
								valueText={inputText(f.param, solved.scenario.values[f.param]!)}
								error={errors[f.param] && (c ? `${errors[f.param]} (${c.note})` : errors[f.param])}
								warning={warnings[f.param] && (c ? `${warnings[f.param]} (${c.note})` : warnings[f.param])}
								defaultText={inputText(f.param, props.defaults[f.param]!)}
								provenance={props.provenance[f.param]}
								sources={props.sources}
								presetNote={
									calc.preset && f.param in calc.preset.sets
										? props.accelerators?.find((a) => a.id === preset)
										: undefined
								}
								onText={(t) => edit(() => (c ? state.setShownText(f.param, t) : state.setText(f.param, t)))}
								onSiText={(t) => edit(() => state.setText(f.param, t))}
							/>
						);
					})}
					<div class="calc-actions">
						<button type="button" class="btn" onClick={reset}>
							Reset to defaults
						</button>
						<button type="button" class="btn" onClick={() => copy(absolute(), 'Link copied.')}>
							Copy link
						</button>
						<button
							type="button"
							class="btn"
							onClick={() => {
								edit(() => state.pin());
								say('Pinned as scenario A. Change any input to compare B with it.');
							}}
						>
							{ab ? 'Pin B as the new A' : 'Pin as A'}
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
						<span class="calc-status" data-status>
							{status}
						</span>
					</div>
					{mode === 'page' && (
						<div id={`${id}-embed`} class="calc-embed" hidden={!embedOpen}>
							<label for={`${id}-snippet`}>
								Paste this where the calculator should appear. The script lets the frame fit its
								content.
							</label>
							<textarea id={`${id}-snippet`} readOnly rows={6} value={embedSnippet} />
							<button
								type="button"
								class="btn"
								onClick={() => copy(embedSnippet, 'Embed code copied.')}
							>
								Copy embed code
							</button>
						</div>
					)}
				</form>
				<section class="calc-results" aria-labelledby={`${id}-results`} aria-busy={busy ? 'true' : undefined}>
					<H id={`${id}-results`} class="calc-h">
						Results
					</H>
					{evalError && (
						<p class="calc-error" role="alert">
							{evalError} The results below are the last valid ones.
						</p>
					)}
					{ranged && (
						<p class="calc-hint" data-ranged>
							Some inputs are ranges. Each result is the median (P50) of{' '}
							{MC_SAMPLES.toLocaleString('en-US')} samples, with P10 to P90 in brackets.
						</p>
					)}
					<dl class={ab ? 'calc-outputs calc-outputs-ab' : 'calc-outputs'}>{main.map(output)}</dl>
					{props.table?.render({
						value: (k) => value(spec(k)),
						work: (k) => work(spec(k)),
						shown: (k) => shownValue(solved, k),
						comparing: !!ab,
					})}
					{details.length > 0 && (
						<details class="calc-breakdown">
							<summary>{props.units ? 'Breakdown and other units' : 'Breakdown'}</summary>
							<dl class={ab ? 'calc-outputs calc-outputs-ab' : 'calc-outputs'}>{details.map(output)}</dl>
						</details>
					)}
					{views.map((v) => (
						<ChartPanel
							key={v.id}
							id={`${id}-chart-${v.id}`}
							view={v}
							ranged={solved.quantiles !== null}
							onPng={() => downloadPng(v)}
						/>
					))}
					<details
						class="calc-sensitivity"
						onToggle={(e) => {
							const open = e.currentTarget.open;
							setSensOpen(open);
							if (open && !sens) loadSensitivity().then(setSens, () => undefined);
						}}
					>
						<summary
							onPointerEnter={() => void loadSensitivity()}
							onFocus={() => void loadSensitivity()}
						>
							Sensitivity: what moves {lowerFirst(headline.label)}, and where the conclusion flips
						</summary>
						{sensitivity && sens ? (
							<sens.SensitivityBody id={id} s={sensitivity} headline={headline} onPng={() => downloadPng(sensitivity.chart)} />
						) : (
							<p class="calc-hint">The sensitivity analysis is computed in your browser; it needs JavaScript.</p>
						)}
					</details>
					<p>
						<button type="button" class="btn" onClick={downloadCsv}>
							Download CSV (inputs, sources, results, chart data)
						</button>
					</p>
				</section>
			</div>
			<div class="visually-hidden" aria-live="polite" aria-atomic="true">
				{live}
			</div>
		</div>
	);
}

const lowerFirst = (label: string) =>
	/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

/** The iframe code for the current scenario, with a listener that fits the frame's height. */
function snippet(calc: Calculator, query: string): string {
	const origin = location.origin;
	const src = `${origin}${calculatorHref(calc.id, query, 'embed')}`;
	return (
		`<iframe src="${src}" title="${calc.title} calculator" width="100%" height="1200" style="border:0" loading="lazy"></iframe>\n` +
		`<script>addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="aifg:height")return;` +
		`document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`
	);
}

function SourceDetails(props: {
	provenance: Provenance | undefined;
	sources: Readonly<Record<string, SourceInfo>>;
	defaultText: string;
	extra?: ComponentChildren;
}) {
	const p = props.provenance;
	const src = p?.source ? props.sources[p.source] : undefined;
	return (
		<details class="calc-source">
			<summary>
				Default {props.defaultText}
				{p && (
					<span class={`tag tag-${p.confidence}`}>{CONFIDENCE[p.confidence] ?? p.confidence}</span>
				)}
			</summary>
			<div class="calc-source-body">
				{props.extra}
				{src ? (
					<p>
						Source: <a href={src.url}>{src.title}</a> ({src.publisher})
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

interface FieldProps {
	id: string;
	field: NumberField;
	/** Unit shown (°F under imperial). */
	unit: string;
	text: string;
	value: number;
	/** The value for people, in the unit shown (the slider's aria-valuetext). */
	valueText: string;
	error: string | undefined;
	warning: string | undefined;
	defaultText: string;
	provenance: Provenance | undefined;
	sources: Readonly<Record<string, SourceInfo>>;
	presetNote: Accelerator | undefined;
	/** The reader typed: text in the unit shown. */
	onText: (text: string) => void;
	/** The slider moved: SI text. */
	onSiText: (text: string) => void;
}

/**
 * One input. Re-renders only when one of its values changes (its handlers are recreated on every
 * render but do the same thing), so typing in one field does not redraw the others.
 */
class Field extends Component<FieldProps> {
	override shouldComponentUpdate(next: FieldProps) {
		const now = this.props as unknown as Record<string, unknown>;
		return Object.entries(next).some(([k, v]) => typeof v !== 'function' && v !== now[k]);
	}
	override render() {
		const { id, field: f, unit, text, value, valueText, error, warning, defaultText, provenance, sources, presetNote } = this.props;
		const describedBy = [`${id}-help`, error && `${id}-error`, warning && !error && `${id}-warn`]
			.filter(Boolean)
			.join(' ');
		const s = f.slider;
		return (
			<div class="calc-field" data-field={f.param}>
				<label id={`${id}-label`} for={id}>
					{f.label} <span class="calc-unit">{unit}</span>
				</label>
				<div class="calc-field-row">
					<input
						id={id}
						name={f.param}
						type="text"
						inputMode="decimal"
						autoComplete="off"
						spellcheck={false}
						value={text}
						aria-invalid={error ? 'true' : undefined}
						aria-describedby={describedBy}
						onInput={(e) => this.props.onText(e.currentTarget.value)}
					/>
					{s && (
						<input
							type="range"
							class="calc-slider"
							aria-labelledby={`${id}-label`}
							aria-valuetext={valueText}
							{...sliderAttributes(s)}
							value={toSliderPosition(s, value)}
							onInput={(e) =>
								this.props.onSiText(fieldText(fromSliderPosition(f, s, Number(e.currentTarget.value))))
							}
						/>
					)}
				</div>
				<p id={`${id}-help`} class="calc-help">
					{f.help}
				</p>
				{error && (
					<p id={`${id}-error`} class="calc-error" data-error={f.param}>
						{error}
					</p>
				)}
				{warning && !error && (
					<p id={`${id}-warn`} class="calc-warn" data-warning={f.param}>
						{warning}
					</p>
				)}
				<SourceDetails
					provenance={provenance}
					sources={sources}
					defaultText={presetNote ? valueText : defaultText}
					extra={
						presetNote && (
							<p>Set by the accelerator preset ({presetNote.name}); type a value to override it.</p>
						)
					}
				/>
			</div>
		);
	}
}

function PresetField(props: {
	id: string;
	label: string;
	value: string;
	accelerators: readonly Accelerator[];
	provenance: Provenance | undefined;
	sources: Readonly<Record<string, SourceInfo>>;
	onChange: (v: string) => void;
}) {
	const acc = props.accelerators.find((a) => a.id === props.value);
	return (
		<div class="calc-field" data-field="accelerator">
			<label for={props.id}>{props.label}</label>
			<select
				id={props.id}
				name="accelerator"
				value={props.value}
				aria-describedby={`${props.id}-help`}
				onChange={(e) => props.onChange(e.currentTarget.value)}
			>
				{props.accelerators.map((a) => (
					<option key={a.id} value={a.id}>
						{a.name}
					</option>
				))}
			</select>
			<p id={`${props.id}-help`} class="calc-help">
				A preset fills in the fields it controls; a value you type overrides it.
			</p>
			{acc && (
				<details class="calc-source">
					<summary>
						{acc.name} specifications{' '}
						<span class={`tag tag-${acc.confidence}`}>
							{CONFIDENCE[acc.confidence] ?? acc.confidence}
						</span>
					</summary>
					<div class="calc-source-body">
						<p>
							Board power {acc.boardPowerW.toLocaleString('en-US')} W; dense BF16{' '}
							{acc.bf16DenseTflops.toLocaleString('en-US')} TFLOP/s; {acc.memoryGb} GB.
						</p>
						<ul>
							{acc.sources.map((sid) => {
								const s = props.sources[sid];
								return s ? (
									<li key={sid}>
										<a href={s.url}>{s.title}</a> ({s.publisher})
									</li>
								) : null;
							})}
						</ul>
						{acc.note && <p>{acc.note}</p>}
					</div>
				</details>
			)}
		</div>
	);
}

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
	summary: string;
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

function ChartPanel({
	id,
	view,
	ranged,
	onPng,
}: {
	id: string;
	view: ChartView;
	ranged: boolean;
	onPng: () => void;
}) {
	return (
		<figure class="calc-chart" aria-labelledby={`${id}-title`} data-chart-panel={view.id}>
			<figcaption id={`${id}-title`} class="calc-chart-title">
				{view.title}
			</figcaption>
			<div class={view.short ? 'calc-chart-box calc-chart-short' : 'calc-chart-box'}>
				<canvas data-chart={view.id} role="img" aria-labelledby={`${id}-summary`} />
			</div>
			<Legend view={view} />
			<p id={`${id}-summary`} class="calc-chart-summary" data-summary={view.id}>
				{view.summary}
				{ranged && ' Lines use the middle of each range; shading spans P10 to P90.'}
			</p>
			<Disclosure class="calc-table" summary="Data table">
				{() => (
					<div class="table-wrap" tabIndex={0} role="region" aria-label={`${view.title}: data`}>
						<table>
							<caption class="visually-hidden">{view.title}</caption>
							<thead>
								<tr>
									{view.table.columns.map((c) => (
										<th scope="col" key={c.label} class={c.unit === 'method' ? undefined : 'num'}>
											{c.label}
										</th>
									))}
								</tr>
							</thead>
							<tbody>
								{view.table.rows.map((r, i) => (
									<tr key={i}>
										{r.map((cell, j) => {
											const unit = view.table.columns[j]!.unit;
											return (
												<td key={j} class={unit === 'method' ? undefined : 'num'}>
													{unit === 'method' ? String(cell ?? '') : formatCell(cell, unit)}
												</td>
											);
										})}
									</tr>
								))}
							</tbody>
						</table>
					</div>
				)}
			</Disclosure>
			<button type="button" class="btn calc-png" onClick={onPng}>
				Download PNG
			</button>
		</figure>
	);
}

function formatCell(cell: number | string | null, unit: OutputUnit): string {
	return formatOutput(cell, unit).text;
}
