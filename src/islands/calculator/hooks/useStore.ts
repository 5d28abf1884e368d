import { useEffect, useLayoutEffect, useMemo, useReducer, useState } from 'preact/hooks';

import { type McRunner, runJob } from '../model/mc';
import { type CalculatorState, createCalculatorState } from '../model/store';
import type { BoundProps } from '../types';

/** The store, with the Monte Carlo of a ranged scenario in a worker that loads with its first job. */
export function useStore(props: BoundProps): CalculatorState {
	const { calc } = props;
	const state = useMemo<CalculatorState>(() => {
		let run: Promise<McRunner> | undefined;
		const create = props.worker;
		const runner: McRunner | undefined =
			create && typeof Worker !== 'undefined'
				? (slot, job, done) => {
						run ??= import('../model/workers').then((m) =>
							m.workerRunner(create, (j) => runJob(calc, props.charts, j)),
						);
						// If the runner cannot load (offline), the job runs here.
						run.then(
							(r) => r(slot, job, done),
							() => done(runJob(calc, props.charts, job)),
						);
					}
				: undefined;
		const ctx = { defaults: props.defaults, defaultPreset: props.defaultPreset, accelerators: props.accelerators };
		return createCalculatorState(calc, ctx, props.charts, props.initial ?? {}, {
			scenarios: props.scenarios,
			units: props.units,
			runner,
		});
	}, []);
	const [, rerender] = useReducer((n: number) => n + 1, 0);
	useLayoutEffect(() => state.subscribe(() => rerender(0)), []);
	return state;
}

/** A module loaded on first need; null until it arrives. */
export function useLazy<T>(need: boolean, load: () => Promise<T>): T | null {
	const [mod, setMod] = useState<T | null>(null);
	useEffect(() => {
		if (need && !mod) load().then(setMod, () => undefined);
	}, [need]);
	return mod;
}
