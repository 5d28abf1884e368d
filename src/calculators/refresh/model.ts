import { readParams, writeOutputs } from '../../engine';
import type { Calculator, NumberField } from '../../engine';
import { type Megawatts, type Usd, as } from '../../engine';
import { refreshMigrations } from './migrations';
import type { Accelerator } from '../../schemas/preset';

/** The share of the hall's power the sensitivity section allows a refresh to strand. */
export const STRANDED_LIMIT = 0.25;

export interface RefreshInputs {
	/** IT power the hall can deliver, MW. */
	readonly hallMw: number;
	/** Rack positions in the hall. */
	readonly positions: number;
	/** Power and cooling each position was designed for, kW. */
	readonly positionKw: number;
	/** IT power of one new rack, kW. */
	readonly rackKw: number;
	/** Accelerators in one new rack. */
	readonly accelsPerRack: number;
	/** Dense BF16 peak per new accelerator, TFLOP/s. */
	readonly peakTflops: number;
	/** Cost to raise a position's power and cooling, per kW added, USD/kW. */
	readonly retrofitUsdPerKw: number;
}

export const REFRESH_PARAMS = {
	hallMw: 'hall_mw',
	positions: 'positions',
	positionKw: 'position_kw',
	rackKw: 'rack_kw',
	accelsPerRack: 'accels_per_rack',
	peakTflops: 'peak_tflops',
	retrofitUsdPerKw: 'retrofit_usd_per_kw',
} as const satisfies Record<keyof RefreshInputs, string>;

export interface RefreshOutputs {
	readonly positionsPerRack: number;
	readonly racksFit: number;
	readonly usedItMw: Megawatts;
	readonly strandedMw: Megawatts;
	readonly accelerators: number;
	readonly pflops: number;
	readonly racksAfterRetrofit: number;
	readonly retrofitUsd: Usd;
	readonly pflopsAfterRetrofit: number;
	/** Racks the hall's power alone would allow. */
	readonly racksByPower: number;
	/** Positions the new racks take up, their own and the ones ganged to feed them. */
	readonly positionsUsed: number;
	/** Stranded power as a share of the hall's. */
	readonly strandedShare: number;
	/** Peak compute a retrofit adds, PFLOP/s. */
	readonly pflopsGained: number;
}

export const REFRESH_OUTPUTS = {
	positionsPerRack: 'positions_per_rack',
	racksFit: 'racks_fit',
	usedItMw: 'used_it_mw',
	strandedMw: 'stranded_mw',
	accelerators: 'accelerators',
	pflops: 'pflops',
	racksAfterRetrofit: 'racks_after_retrofit',
	retrofitUsd: 'retrofit_usd',
	pflopsAfterRetrofit: 'pflops_after_retrofit',
	racksByPower: 'racks_by_power',
	positionsUsed: 'positions_used',
	strandedShare: 'stranded_share',
	pflopsGained: 'pflops_gained',
} as const satisfies Record<keyof RefreshOutputs, string>;

/**
 * Positions one new rack needs: its power over what one position was designed for, rounded up
 * (a 120 kW rack in a hall of 15 kW positions takes the power and cooling of eight).
 * @see calculator contract `positions_per_rack`
 */
export function positionsPerRack(rackKw: number, positionKw: number): number {
	return Math.ceil(rackKw / positionKw);
}

/**
 * Racks that fit: the fewer of what the positions allow and what the hall's power allows.
 * @see calculator contract `racks_fit`
 */
export function racksFit(positions: number, perRack: number, hallMw: number, rackKw: number): number {
	return Math.min(Math.floor(positions / perRack), racksByPower(hallMw, rackKw));
}

/** Racks the hall's IT power alone would feed: floor(hall_mw × 1000 ÷ rack_kw). */
export function racksByPower(hallMw: number, rackKw: number): number {
	return Math.floor((hallMw * 1000) / rackKw);
}

/**
 * Peak compute of some racks: racks × accelerators per rack × peak ÷ 1000.
 * @returns PFLOP/s
 */
export function rackPflops(racks: number, accelsPerRack: number, peakTflops: number): number {
	return (racks * accelsPerRack * peakTflops) / 1000;
}

export function computeRefresh(i: RefreshInputs): RefreshOutputs {
	const perRack = positionsPerRack(i.rackKw, i.positionKw);
	const fit = racksFit(i.positions, perRack, i.hallMw, i.rackKw);
	const byPower = racksByPower(i.hallMw, i.rackKw);
	const used: Megawatts = as((fit * i.rackKw) / 1000);
	const stranded: Megawatts = as(i.hallMw - used);
	const accelerators = fit * i.accelsPerRack;
	const pflops = (accelerators * i.peakTflops) / 1000;
	const after = Math.min(i.positions, byPower);
	const pflopsAfter = rackPflops(after, i.accelsPerRack, i.peakTflops);
	return {
		positionsPerRack: perRack,
		racksFit: fit,
		usedItMw: used,
		strandedMw: stranded,
		accelerators,
		pflops,
		racksAfterRetrofit: after,
		retrofitUsd: as(after * Math.max(0, i.rackKw - i.positionKw) * i.retrofitUsdPerKw),
		pflopsAfterRetrofit: pflopsAfter,
		racksByPower: byPower,
		positionsUsed: fit * perRack,
		strandedShare: stranded / i.hallMw,
		pflopsGained: pflopsAfter - pflops,
	};
}

const fields: readonly NumberField[] = [
	{
		param: 'hall_mw',
		label: 'Hall IT power',
		unit: 'MW',
		help: 'IT power the hall’s electrical plant can deliver to racks.',
		assumption: 'refresh.hall_mw',
		min: 0.01,
		max: 10_000,
		softMax: 1000,
		softMaxNote: 'above any single hall reported',
		slider: { min: 0.5, max: 200, step: 0, log: true },
	},
	{
		param: 'positions',
		label: 'Rack positions',
		unit: 'count',
		help: 'Rack positions on the hall floor.',
		assumption: 'refresh.positions',
		min: 1,
		max: 1_000_000,
		integer: true,
		slider: { min: 10, max: 10_000, step: 1, log: true },
	},
	{
		param: 'position_kw',
		label: 'Position design power',
		unit: 'kW',
		help: 'Power and cooling each position was designed for; a denser rack takes the capacity of several.',
		assumption: 'refresh.position_kw',
		min: 0.5,
		max: 2000,
		softMax: 150,
		softMaxNote: 'denser than any hall built for air; check the cooling',
		slider: { min: 2, max: 150, step: 0.5 },
	},
	{
		param: 'rack_kw',
		label: 'New rack power',
		unit: 'kW',
		help: 'IT power of one rack of the new system. Set by the accelerator preset.',
		assumption: 'refresh.rack_kw',
		min: 0.5,
		max: 2000,
		softMax: 600,
		softMaxNote: 'beyond the 600 kW Kyber racks NVIDIA has announced',
		slider: { min: 5, max: 600, step: 0.1 },
	},
	{
		param: 'accels_per_rack',
		label: 'Accelerators per new rack',
		unit: 'count',
		help: 'Accelerators in one rack of the new system. Set by the accelerator preset.',
		assumption: 'refresh.accels_per_rack',
		min: 1,
		max: 10_000,
		integer: true,
		slider: { min: 1, max: 576, step: 1 },
	},
	{
		param: 'peak_tflops',
		label: 'Peak per new accelerator',
		unit: 'TFLOP/s',
		help: 'Dense BF16 peak of one new accelerator. Set by the accelerator preset.',
		assumption: 'refresh.peak_tflops',
		min: 1,
		max: 100_000,
		slider: { min: 100, max: 20_000, step: 0, log: true },
	},
	{
		param: 'retrofit_usd_per_kw',
		label: 'Retrofit cost per kW added',
		unit: 'USD/kW',
		help: 'What it costs to raise a position’s power and cooling, per kW added.',
		assumption: 'refresh.retrofit_usd_per_kw',
		min: 0,
		max: 100_000,
		softMax: 20_000,
		softMaxNote: 'above the cost of a new liquid-cooled building per kW',
		slider: { min: 0, max: 10_000, step: 50 },
	},
];

export const refreshCalculator: Calculator = {
	id: 'refresh',
	migrations: refreshMigrations,
	title: 'Refresh and stranded capacity',
	summary:
		'How many racks of a new system a hall designed for a lower density can hold, the power it strands, and what a retrofit would buy.',
	fields,
	preset: {
		param: 'accelerator',
		label: 'New system',
		assumption: 'refresh.accelerator',
		// A preset is a system: its rack as deployed (power and accelerators) and its peak, each from
		// content/systems/<id>.yaml. A figure a system leaves out keeps the field's default.
		sets: {
			[REFRESH_PARAMS.rackKw]: (a: Accelerator) => a.rackKw,
			[REFRESH_PARAMS.accelsPerRack]: (a: Accelerator) => a.accelsPerRack,
			[REFRESH_PARAMS.peakTflops]: (a: Accelerator) => a.bf16DenseTflops,
		},
	},
	outputs: [
		{
			key: 'positions_per_rack',
			label: 'Positions per new rack',
			unit: 'count',
			formula: 'ceil(rack_kw ÷ position_kw)',
		},
		{
			key: 'racks_fit',
			label: 'New racks that fit',
			unit: 'count',
			formula: 'min(floor(positions ÷ positions_per_rack), floor(hall_mw × 1000 ÷ rack_kw))',
		},
		{ key: 'used_it_mw', label: 'IT power used', unit: 'MW', formula: 'racks_fit × rack_kw ÷ 1000' },
		{ key: 'stranded_mw', label: 'Power stranded', unit: 'MW', formula: 'hall_mw − used_it_mw' },
		{ key: 'accelerators', label: 'Accelerators', unit: 'count', formula: 'racks_fit × accels_per_rack' },
		{ key: 'pflops', label: 'Peak compute', unit: 'PFLOP/s', formula: 'accelerators × peak_tflops ÷ 1000' },
		{
			key: 'racks_after_retrofit',
			label: 'Racks after a retrofit',
			unit: 'count',
			formula: 'min(positions, floor(hall_mw × 1000 ÷ rack_kw))',
		},
		{
			key: 'retrofit_usd',
			label: 'Retrofit cost',
			unit: 'USD',
			formula: 'racks_after_retrofit × max(0, rack_kw − position_kw) × retrofit_usd_per_kw',
		},
		{
			key: 'pflops_after_retrofit',
			label: 'Peak compute after a retrofit',
			unit: 'PFLOP/s',
			formula: 'racks_after_retrofit × accels_per_rack × peak_tflops ÷ 1000',
		},
		{
			key: 'racks_by_power',
			label: 'Racks the hall’s power alone allows',
			unit: 'count',
			formula: 'floor(hall_mw × 1000 ÷ rack_kw)',
			detail: true,
		},
		{
			key: 'positions_used',
			label: 'Positions the new racks take up',
			unit: 'count',
			formula: 'racks_fit × positions_per_rack',
			detail: true,
		},
		{
			key: 'stranded_share',
			label: 'Share of the hall’s power stranded',
			unit: 'fraction',
			formula: 'stranded_mw ÷ hall_mw',
			detail: true,
		},
		{
			key: 'pflops_gained',
			label: 'Peak compute a retrofit adds',
			unit: 'PFLOP/s',
			formula: 'pflops_after_retrofit − pflops',
			detail: true,
		},
	],
	headline: 'stranded_mw',
	compute(values) {
		return writeOutputs(REFRESH_OUTPUTS, computeRefresh(readParams(REFRESH_PARAMS, values)));
	},
};
