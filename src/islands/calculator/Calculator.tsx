/**
 * The generic calculator island: markup and browser glue only. Every number comes from
 * state.ts (engine) and every chart configuration from src/charts. One component serves all five
 * calculators; the small files in ./entries bind it to one calculator each, so a page ships only
 * the engine and chart code it uses.
 */
import type { Chart as ChartType } from 'chart.js';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';

import { THEME_VARIABLES, type ChartTheme, type ChartView, LIGHT_THEME } from '../../charts/theme';
import type {
	Accelerator,
	Calculator,
	NumberField,
	OutputUnit,
	ParamValues,
} from '../../engine/types';
import { formatInput, formatOutput } from '../../lib/format';
import type { Provenance, SourceInfo } from './exports';
import { fromSliderPosition, sliderAttributes, toSliderPosition } from './slider';
import {
	type CalculatorState,
	type ChartsBuilder,
	createCalculatorState,
	displayOutput,
	fieldText,
	MC_SAMPLES,
} from './state';
import { calculatorHref, queryToInputs } from './url';
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
}

interface BoundProps extends CalculatorIslandProps {
	readonly calc: Calculator;
	readonly charts: ChartsBuilder;
	/** Names of text outputs (cooling method ids). */
	readonly labels?: Readonly<Record<string, string>>;
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

export function CalculatorIsland(props: BoundProps) {
	const { calc, mode, idPrefix: id } = props;
	const H = `h${props.headingLevel ?? 2}` as 'h2';
	const state = useMemo<CalculatorState>(
		() =>
			createCalculatorState(
				calc,
				{
					defaults: props.defaults,
					defaultPreset: props.defaultPreset,
					accelerators: props.accelerators,
				},
				props.charts,
				props.initial ?? {},
			),
		[],
	);
	const [, rerender] = useReducer((n: number) => n + 1, 0);
	useLayoutEffect(() => state.subscribe(() => rerender(0)), []);
	const {
		texts,
		preset,
		notice,
		fieldErrors: errors,
		warnings,
		solved,
		evalError,
		hasErrors,
		charts: views,
		theme,
	} = state.view();

	const root = useRef<HTMLDivElement>(null);
	const dirty = useRef(false);
	const charts = useRef(new Map<string, ChartType>());
	const [ready, setReady] = useState(false);
	const [live, setLive] = useState('');
	const [status, setStatus] = useState('');
	const [embedOpen, setEmbedOpen] = useState(false);

	const edit = (fn: () => void) => {
		dirty.current = true;
		fn();
	};

	// Page and embed routes: the URL is the state. Applied after hydration so the first render matches the HTML.
	useLayoutEffect(() => {
		const fromUrl = () => state.load(queryToInputs(calc, location.search).raw);
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
			if (location.search.replace(/^\?/, '') !== solved.query)
				history.replaceState(
					history.state,
					'',
					solved.query ? `?${solved.query}` : location.pathname,
				);
		}, 150);
		return () => clearTimeout(t);
	}, [solved, hasErrors]);

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

	// Create or update the Chart.js instances; the island does nothing else with them. A layout
	// effect, so the chart is redrawn in the same frame as the numbers.
	useLayoutEffect(() => {
		let cancelled = false;
		loadChart().then(
			(Chart) => {
				if (cancelled || !root.current) return;
				for (const v of views) {
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
	}, [views]);
	useEffect(
		() => () => {
			for (const c of charts.current.values()) c.destroy();
		},
		[],
	);

	// One polite announcement of the headline result, after the reader stops typing.
	const headline = calc.outputs.find((o) => o.key === calc.headline)!;
	const headlineText = displayOutput(headline, solved, props.labels).text;
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

	const href = calculatorHref(calc.id, solved.query);
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
		if (mode === 'page' && location.search) history.pushState(null, '', location.pathname);
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
	const downloadPng = async (view: ChartView) => {
		const canvas = root.current?.querySelector<HTMLCanvasElement>(
			`canvas[data-chart="${view.id}"]`,
		);
		if (!canvas) return;
		const { chartPng, downloadBlob } = await import('./exports');
		const blob = await chartPng(canvas, view, {
			calcTitle: calc.title,
			query: solved.query,
			url: absolute(),
			theme,
		});
		downloadBlob(blob, `${calc.id}-${view.id}.png`);
	};

	const ranged = solved.quantiles !== null;
	const main = calc.outputs.filter((o) => !o.detail);
	const details = calc.outputs.filter((o) => o.detail);
	// A label used twice (airflow in m³/h and CFM) names its unit from the second use on.
	const repeated = (o: (typeof calc.outputs)[number]) =>
		calc.outputs.findIndex((x) => x.label === o.label) !== calc.outputs.indexOf(o);
	const embedSnippet = embedOpen ? snippet(calc, solved.query) : '';

	const output = (o: (typeof calc.outputs)[number]) => {
		const d = displayOutput(o, solved, props.labels);
		return (
			<div class="calc-out" key={o.key}>
				<dt>
					{o.label}
					{repeated(o) && <span class="calc-unit"> ({formatOutput(1, o.unit).unit})</span>}
				</dt>
				<dd>
					<span
						class="calc-value"
						data-output={o.key}
						data-value={d.value}
						data-p10={d.p10}
						data-p90={d.p90}
					>
						{d.main}
						{d.band && <span class="calc-band"> {d.band}</span>}
					</span>
					<Disclosure class="calc-work" summary="Show your work">
						{() => (
							<>
								<p class="calc-formula">
									<code>
										{o.key} = {o.formula}
									</code>
								</p>
								<p class="calc-formula">
									<code>
										= {substituteFormula(o.formula, solved.scenario.values, solved.outputs)}
									</code>
								</p>
								<p class="calc-formula">
									<code>
										= {displayOutput(o, { ...solved, quantiles: null }, props.labels).text}
									</code>
									{ranged && ' (inputs at the middle of their ranges)'}
								</p>
							</>
						)}
					</Disclosure>
				</dd>
			</div>
		);
	};

	return (
		<div
			class="calc"
			ref={root}
			data-calculator={calc.id}
			data-mode={mode}
			data-ready={ready ? 'true' : undefined}
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
			<div class="calc-grid">
				<form
					class="calc-inputs"
					aria-labelledby={`${id}-inputs`}
					onSubmit={(e) => e.preventDefault()}
					noValidate
				>
					<H id={`${id}-inputs`} class="calc-h">
						Inputs
					</H>
					<p class="calc-hint">
						Type a number (<code>1.5e26</code> works) or a range such as <code>1.1~1.4</code>.
					</p>
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
					{calc.fields.map((f) => (
						<Field
							key={f.param}
							id={`${id}-${f.param}`}
							field={f}
							text={texts[f.param] ?? ''}
							value={solved.scenario.values[f.param]!}
							error={errors[f.param]}
							warning={warnings[f.param]}
							defaultValue={props.defaults[f.param]!}
							provenance={props.provenance[f.param]}
							sources={props.sources}
							presetNote={
								calc.preset && f.param in calc.preset.sets
									? props.accelerators?.find((a) => a.id === preset)
									: undefined
							}
							onText={(t) => edit(() => state.setText(f.param, t))}
						/>
					))}
					<div class="calc-actions">
						<button type="button" class="btn" onClick={reset}>
							Reset to defaults
						</button>
						<button type="button" class="btn" onClick={() => copy(absolute(), 'Link copied.')}>
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
				<section class="calc-results" aria-labelledby={`${id}-results`}>
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
					<dl class="calc-outputs">{main.map(output)}</dl>
					{details.length > 0 && (
						<details class="calc-breakdown">
							<summary>Breakdown</summary>
							<dl class="calc-outputs">{details.map(output)}</dl>
						</details>
					)}
					{views.map((v) => (
						<ChartPanel
							key={v.id}
							id={`${id}-chart-${v.id}`}
							view={v}
							ranged={ranged}
							onPng={() => downloadPng(v)}
						/>
					))}
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
	text: string;
	value: number;
	error: string | undefined;
	warning: string | undefined;
	defaultValue: number;
	provenance: Provenance | undefined;
	sources: Readonly<Record<string, SourceInfo>>;
	presetNote: Accelerator | undefined;
	onText: (text: string) => void;
}

function Field({
	id,
	field: f,
	text,
	value,
	error,
	warning,
	defaultValue,
	provenance,
	sources,
	presetNote,
	onText,
}: FieldProps) {
	const describedBy = [`${id}-help`, error && `${id}-error`, warning && !error && `${id}-warn`]
		.filter(Boolean)
		.join(' ');
	const s = f.slider;
	return (
		<div class="calc-field" data-field={f.param}>
			<label id={`${id}-label`} for={id}>
				{f.label} <span class="calc-unit">{f.unit}</span>
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
					onInput={(e) => onText(e.currentTarget.value)}
				/>
				{s && (
					<input
						type="range"
						class="calc-slider"
						aria-labelledby={`${id}-label`}
						aria-valuetext={formatInput(value, f.unit)}
						{...sliderAttributes(s)}
						value={toSliderPosition(s, value)}
						onInput={(e) =>
							onText(fieldText(fromSliderPosition(f, s, Number(e.currentTarget.value))))
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
				defaultText={formatInput(presetNote ? value : defaultValue, f.unit)}
				extra={
					presetNote && (
						<p>Set by the accelerator preset ({presetNote.name}); type a value to override it.</p>
					)
				}
			/>
		</div>
	);
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
function Disclosure({
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

function Swatch({ color, kind }: { color: string; kind: ChartView['legend'][number]['kind'] }) {
	return (
		<svg class="calc-swatch" width="18" height="12" viewBox="0 0 18 12" aria-hidden="true">
			{kind === 'box' && <rect x="1" y="1" width="16" height="10" fill={color} />}
			{kind === 'point' && <circle cx="9" cy="6" r="5" fill={color} />}
			{(kind === 'line' || kind === 'dashed') && (
				<line
					x1="0"
					y1="6"
					x2="18"
					y2="6"
					stroke={color}
					stroke-width="3"
					stroke-dasharray={kind === 'dashed' ? '5 3' : undefined}
				/>
			)}
		</svg>
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
			<ul class="calc-legend">
				{view.legend.map((l) => (
					<li key={l.label}>
						<Swatch color={l.color} kind={l.kind} />
						{l.label}
					</li>
				))}
			</ul>
			<p id={`${id}-summary`} class="calc-chart-summary" data-summary={view.id}>
				{view.summary}
				{ranged && ' Lines use the middle of each range; shading spans P10 to P90.'}
			</p>
			<Disclosure class="calc-table" summary="Data table">
				{() => (
					<div class="table-wrap">
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
