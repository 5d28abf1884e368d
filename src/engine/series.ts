import { airflowM3PerH, type CoolingMethod } from './cooling';
import { GROWTH_PARAMS, growthSeries } from './growth';
import { trainingDays, trainingFlop } from './mfu';
import { computePower, POWER_PARAMS } from './power';
import { computeReliability } from './reliability';
import { readParams } from './table';
import type { ParamValues } from './types';

/** Data each calculator's charts need, computed by the engine so chart builders stay dumb. */

/** `n` points spread evenly on a log scale from `from` to `to`, inclusive. */
export function logSpace(from: number, to: number, n: number): number[] {
	const a = Math.log10(from);
	const b = Math.log10(to);
	return Array.from({ length: n }, (_, i) => 10 ** (a + ((b - a) * i) / (n - 1)));
}

export interface PowerSeries {
	/** Stacked breakdown of facility power, MW. */
	readonly breakdown: readonly { key: string; label: string; mw: number }[];
	/** Facility MW against accelerator count. */
	readonly byCount: readonly { count: number; facilityMw: number }[];
	readonly budgetMw: number;
}

export function powerSeries(values: ParamValues): PowerSeries {
	const inputs = readParams(POWER_PARAMS, values);
	const o = computePower(inputs);
	const top = Math.max(inputs.count * 4, 1000);
	const byCount = logSpace(Math.max(1, Math.min(inputs.count / 10, 1000)), top, 25).map((c) => {
		const count = Math.round(c);
		return { count, facilityMw: computePower({ ...inputs, count }).facilityMw };
	});
	return {
		breakdown: [
			{ key: 'accelerator_mw', label: 'Accelerators', mw: o.acceleratorMw },
			{ key: 'rest_of_server_mw', label: 'Rest of the servers', mw: o.restOfServerMw },
			{ key: 'network_mw', label: 'Network and storage', mw: o.networkMw },
			{ key: 'overhead_mw', label: 'Facility overhead (PUE)', mw: o.overheadMw },
		],
		byCount,
		budgetMw: inputs.budgetMw,
	};
}

export interface CoolingSeries {
	/** All-air airflow per rack against rack density, at the scenario's air ΔT. */
	readonly byDensity: readonly { rackKw: number; airM3PerH: number }[];
	/** Density bands of each cooling class, kW per rack. */
	readonly bands: readonly { method: CoolingMethod; fromKw: number; toKw: number }[];
	readonly current: { rackKw: number; airM3PerH: number };
}

export function coolingSeries(values: ParamValues): CoolingSeries {
	const rackKw = values['rack_kw']!;
	const dT = values['air_delta_t_c']!;
	const airMax = values['air_max_kw']!;
	const rdMax = values['rear_door_max_kw']!;
	const dlcMax = values['dlc_max_kw']!;
	const top = Math.max(rackKw * 1.25, dlcMax * 1.5, 50);
	const byDensity = Array.from({ length: 41 }, (_, i) => {
		const kw = (top * i) / 40;
		return { rackKw: kw, airM3PerH: airflowM3PerH(kw, dT) };
	});
	return {
		byDensity,
		bands: [
			{ method: 'air', fromKw: 0, toKw: airMax },
			{ method: 'rear-door', fromKw: airMax, toKw: rdMax },
			{ method: 'direct-to-chip', fromKw: rdMax, toKw: dlcMax },
			{ method: 'immersion', fromKw: dlcMax, toKw: top },
		],
		current: { rackKw, airM3PerH: airflowM3PerH(rackKw * (1 - values['liquid_fraction']!), dT) },
	};
}

export interface GrowthSeries {
	readonly years: readonly { year: number; flop: number; powerMw: number }[];
	readonly gigawattMw: 1000;
}

export function growthChartSeries(values: ParamValues): GrowthSeries {
	return { years: growthSeries(readParams(GROWTH_PARAMS, values)).map(({ year, flop, powerMw }) => ({ year, flop, powerMw })), gigawattMw: 1000 };
}

export interface MfuSeries {
	/** Training days against MFU, for each infrastructure's goodput and spin-up. */
	readonly byMfu: readonly { mfu: number; daysGeneral: number; daysPurpose: number }[];
}

export function mfuSeries(values: ParamValues): MfuSeries {
	const flop = trainingFlop(values['params']!, values['tokens']!);
	const count = values['count']!;
	const peak = values['peak_tflops']!;
	const byMfu = Array.from({ length: 15 }, (_, i) => {
		const mfu = 0.1 + i * 0.05;
		return {
			mfu,
			daysGeneral: trainingDays(flop, count, peak, mfu, values['goodput_general']!, values['spinup_h_general']!),
			daysPurpose: trainingDays(flop, count, peak, mfu, values['goodput_purpose']!, values['spinup_h_purpose']!),
		};
	});
	return { byMfu };
}

export interface ReliabilitySeries {
	readonly byCount: readonly { count: number; goodput: number; interruptionsPerDay: number }[];
}

export function reliabilitySeries(values: ParamValues): ReliabilitySeries {
	const count = values['count']!;
	const byCount = logSpace(Math.max(8, Math.min(count / 20, 1000)), Math.max(count * 10, 10_000), 25).map((c) => {
		const n = Math.round(c);
		const o = computeReliability({ count: n, mtbfHPerAccel: values['mtbf_h_per_accel']!, checkpointS: values['checkpoint_s']!, restartS: values['restart_s']! });
		return { count: n, goodput: o.goodput, interruptionsPerDay: o.interruptionsPerDay };
	});
	return { byCount };
}
