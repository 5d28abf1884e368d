import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
	computeInference,
	computeS,
	inferenceCalculator,
	type InferenceInputs,
	memoryStepS,
	networkRttMs,
} from '../../../src/calculators/inference/model';
import { inferenceConclusion } from '../../../src/calculators/inference/conclusion';
import { FC_SEED, closeTo, valuesFor } from '../../helpers/engine';

/** A 70B model in BF16 on four H100 SXM (3.35 TB/s, 989.4 TFLOP/s, 80 GB, 700 W), chat-sized requests. */
const chat: InferenceInputs = {
	params: 70e9,
	bytesPerParam: 2,
	gpusPerReplica: 4,
	batch: 32,
	hbmTbS: 3.35,
	bwEfficiency: 0.7,
	peakTflops: 989.4,
	mfu: 0.5,
	memoryGb: 80,
	promptTokens: 1000,
	outputTokens: 300,
	users: 1_000_000,
	requestsPerUserPerDay: 10,
	peakToAverage: 2,
	distanceKm: 500,
	boardPowerW: 700,
	serverOverhead: 1.82,
	pue: 1.2,
	gpuHourUsd: 2.5,
};

describe(computeInference, () => {
	// Worked by hand. Weights 70e9 × 2 = 140 GB; 4 × 3.35 TB/s × 0.7 = 9.38 TB/s, so a step reads them
	// in 140 ÷ 9,380 s = 14.93 ms. The batch's arithmetic: 2 × 70e9 × 32 = 4.48e12 FLOP over
	// 4 × 989.4e12 × 0.5 = 1.9788e15 FLOP/s = 2.264 ms. Memory-bound.
	const o = computeInference(chat);

	it('takes the slower of reading the weights and the arithmetic as the decode step', () => {
		expect(o.memoryStepS).toBeCloseTo(140 / 9380, 15);
		expect(o.computeStepS).toBeCloseTo(4.48e12 / 1.9788e15, 15);
		expect(o.stepS).toBe(o.memoryStepS);
		expect(o.tokensPerSPerUser).toBeCloseTo(9380 / 140, 9); // 67.0 tokens/s
		expect(o.tokensPerSPerReplica).toBeCloseTo((32 * 9380) / 140, 9); // 2,144 tokens/s
	});

	it('prefills 1,000 tokens in 1.4e14 ÷ 1.9788e15 s and adds a 500 km round trip of 4.9 ms', () => {
		expect(o.prefillS).toBeCloseTo(1.4e14 / 1.9788e15, 15); // 70.75 ms
		expect(o.networkRttMs).toBeCloseTo(4.9, 12);
		expect(o.ttftMs).toBeCloseTo(4.9 + (1.4e14 / 1.9788e15 + 140 / 9380) * 1000, 9); // 90.6 ms
		expect(o.responseS).toBeCloseTo(0.0049 + 1.4e14 / 1.9788e15 + (300 * 140) / 9380, 12); // 4.55 s
	});

	it('sizes the fleet for the peak: 231.5 requests/s × 0.2107 s each = 49 replicas of 4', () => {
		const replicaS = 1.4e14 / 1.9788e15 + (300 * (140 / 9380)) / 32;
		expect(o.replicaSPerRequest).toBeCloseTo(replicaS, 15);
		expect(o.peakRequestsPerS).toBeCloseTo((1e7 / 86_400) * 2, 9);
		expect(o.replicas).toBe(49);
		expect(o.accelerators).toBe(196);
		// 196 × 700 W × 1.82 × 1.2 = 299,644.8 W
		expect(o.facilityMw).toBeCloseTo(0.2996448, 12);
	});

	it('charges a request its replica’s power and price for its share of replica time', () => {
		const replicaS = 1.4e14 / 1.9788e15 + (300 * (140 / 9380)) / 32;
		// 4 × 700 × 1.82 × 1.2 = 6,115.2 W for 0.2107 s: 0.358 Wh
		expect(o.whPerRequest).toBeCloseTo((6115.2 * replicaS) / 3600, 12);
		// 2.5 USD × 4 accelerators for 0.2107 s, over 300 tokens: 1.95 USD per million
		expect(o.usdPerMillionOutputTokens).toBeCloseTo(((10 * replicaS) / 3600 / 300) * 1e6, 9);
	});

	it('finds 140 GB of weights in 320 GB of memory (44%) and the crossover near a batch of 211', () => {
		expect(o.weightsShareOfMemory).toBeCloseTo(140 / 320, 15);
		// 2 bytes × 989.4 × 0.5 ÷ (2 × 3.35 × 0.7) = 989.4 ÷ 4.69
		expect(o.crossoverBatch).toBeCloseTo(989.4 / 4.69, 9);
	});
});

describe('reference cases', () => {
	// MLPerf Inference v4.1, closed, HPE Cray XD670 with 8 × H100 SXM 80 GB: Llama 2 70B at
	// 24,528.3 tokens/s offline (content/sources/mlcommons-inference-v41-hpe-h100.yaml).
	const MLPERF_TOKENS_PER_S = 24_528.3;
	const onePerReplica = (bytes: number, peak: number) =>
		computeInference({ ...chat, bytesPerParam: bytes, peakTflops: peak, gpusPerReplica: 1, mfu: 1, batch: 100_000 });

	it.each([
		['FP8', 1, 1978.9],
		['BF16', 2, 989.4],
	] as const)('bounds the MLPerf result from above at the full %s peak', (_name, bytes, peak) => {
		// Compute-bound ceiling per H100: peak ÷ (2 × 70e9) = 14,135 tokens/s at FP8, 7,067 at BF16.
		const o = onePerReplica(bytes, peak);
		expect(o.tokensPerSPerReplica).toBeCloseTo((peak * 1e12) / 1.4e11, 6);
		expect(8 * o.tokensPerSPerReplica).toBeGreaterThan(MLPERF_TOKENS_PER_S);
	});

	it('needs batching for the MLPerf result: one sequence at a time reaches about 1% of it', () => {
		// At batch 1 an FP8 replica on one H100 reads 70 GB per token at 3.35 × 0.7 TB/s: 33.5 tokens/s.
		const o = computeInference({ ...chat, bytesPerParam: 1, peakTflops: 1978.9, gpusPerReplica: 1, batch: 1 });
		expect(o.tokensPerSPerReplica).toBeCloseTo(2.345e12 / 70e9, 9);
		expect((8 * o.tokensPerSPerReplica) / MLPERF_TOKENS_PER_S).toBeLessThan(0.02);
	});

	it('fits Llama 2 70B on one 80 GB H100 at FP8 (70 GB) but not at BF16 (140 GB)', () => {
		expect(onePerReplica(1, 1978.9).weightsShareOfMemory).toBeCloseTo(0.875, 12);
		expect(onePerReplica(2, 989.4).weightsShareOfMemory).toBeCloseTo(1.75, 12);
	});

	// Google, "Measuring the environmental impact of delivering AI at Google scale" (August 2025):
	// the median Gemini Apps text prompt used 0.24 Wh, 58% of it on TPUs, 25% host CPU and memory,
	// 10% idle reserve, 8% overhead. Gemini's size and hardware are not disclosed, so only the order
	// of magnitude can be checked: the default chat request lands within a factor of 3 of it.
	it('puts the default chat request within a factor of 3 of Google’s 0.24 Wh median prompt', () => {
		const wh = inferenceCalculator.compute(valuesFor('inference'))['wh_per_request'] as number;
		expect(wh).toBeGreaterThan(0.24 / 3);
		expect(wh).toBeLessThan(0.24 * 3);
	});

	it('reads Google’s split as a host overhead of 83 ÷ 58 = 1.43, inside the server overhead’s range', () => {
		expect((58 + 25) / 58).toBeCloseTo(1.431, 3);
		const field = inferenceCalculator.fields.find((f) => f.param === 'server_overhead')!;
		expect((58 + 25) / 58).toBeGreaterThanOrEqual(field.min);
		expect((58 + 25) / 58).toBeLessThanOrEqual(field.max);
	});

	// Light in single-mode fiber: about 4.9 µs per km one way, "1,000 km adds roughly 10 ms of
	// round-trip delay" (MapYourTech, content/sources/mapyourtech-fiber-latency-per-km.yaml).
	it.each([
		[1000, 9.8],
		[30, 0.294],
		[3000, 29.4],
		[0, 0],
	])('gives a %s km round trip of %s ms', (km, ms) => {
		expect(networkRttMs(km)).toBeCloseTo(ms, 12);
	});
});

describe('contract relations (inference)', () => {
	const d = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
	const n = (min: number, max: number) => fc.integer({ min, max });
	const inputs = fc.record({
		params: d(1e8, 1e13),
		bytes_per_param: d(0.125, 4),
		gpus_per_replica: n(1, 4096),
		batch: n(1, 100_000),
		hbm_tb_s: d(0.1, 50),
		bw_efficiency: d(0.01, 1),
		peak_tflops: d(1, 50_000),
		mfu: d(0.01, 1),
		memory_gb: d(1, 10_000),
		prompt_tokens: n(0, 10_000_000),
		output_tokens: n(1, 10_000_000),
		users: d(1, 1e11).map(Math.round),
		requests_per_user_per_day: d(0.001, 1e6),
		peak_to_average: d(1, 100),
		distance_km: d(0, 40_000),
		board_w: d(50, 2500),
		server_overhead: d(1, 3),
		pue: d(1, 3),
		gpu_hour_usd: d(0.01, 100),
	});

	it('hold to floating-point precision for any valid input', () => {
		fc.assert(
			fc.property(inputs, (v) => {
				const o = inferenceCalculator.compute(v);
				const step = Math.max(
					(v.params * v.bytes_per_param) / (v.gpus_per_replica * v.hbm_tb_s * 1e12 * v.bw_efficiency),
					(2 * v.params * v.batch) / (v.gpus_per_replica * v.peak_tflops * 1e12 * v.mfu),
				);
				const prefill = (2 * v.params * v.prompt_tokens) / (v.gpus_per_replica * v.peak_tflops * 1e12 * v.mfu);
				const rtt = 2 * v.distance_km * 0.0049;
				const replicaS = prefill + (v.output_tokens * step) / v.batch;
				const peak = ((v.users * v.requests_per_user_per_day) / 86400) * v.peak_to_average;
				const replicas = Math.ceil(peak * replicaS);
				const accelerators = replicas * v.gpus_per_replica;
				expect(closeTo(o['step_s'], step)).toBe(true);
				expect(closeTo(o['tokens_per_s_per_user'], 1 / step)).toBe(true);
				expect(closeTo(o['tokens_per_s_per_replica'], v.batch / step)).toBe(true);
				expect(closeTo(o['prefill_s'], prefill)).toBe(true);
				expect(closeTo(o['network_rtt_ms'], rtt)).toBe(true);
				expect(closeTo(o['ttft_ms'], rtt + (prefill + step) * 1000)).toBe(true);
				expect(closeTo(o['response_s'], rtt / 1000 + prefill + v.output_tokens * step)).toBe(true);
				expect(closeTo(o['replica_s_per_request'], replicaS)).toBe(true);
				expect(closeTo(o['peak_requests_per_s'], peak)).toBe(true);
				expect(o['replicas']).toBe(replicas);
				expect(o['accelerators']).toBe(accelerators);
				expect(closeTo(o['facility_mw'], (accelerators * v.board_w * v.server_overhead * v.pue) / 1e6)).toBe(true);
				expect(
					closeTo(o['wh_per_request'], (v.gpus_per_replica * v.board_w * v.server_overhead * v.pue * replicaS) / 3600),
				).toBe(true);
				expect(
					closeTo(
						o['usd_per_million_output_tokens'],
						((v.gpu_hour_usd * v.gpus_per_replica * replicaS) / 3600 / v.output_tokens) * 1e6,
					),
				).toBe(true);
				expect(
					closeTo(
						o['weights_share_of_memory'],
						(v.params * v.bytes_per_param) / (v.gpus_per_replica * v.memory_gb * 1e9),
					),
				).toBe(true);
			}),
			{ seed: FC_SEED, numRuns: 1000 },
		);
	});
});

describe('inference invariants', () => {
	const base = valuesFor('inference');
	const at = (over: Record<string, number>) => inferenceCalculator.compute({ ...base, ...over });

	it('keeps each user’s speed flat below the crossover batch and lowers it above', () => {
		const crossover = at({})['crossover_batch'] as number;
		const below = Math.floor(crossover / 2);
		expect(at({ batch: 1 })['tokens_per_s_per_user']).toBe(at({ batch: below })['tokens_per_s_per_user']);
		expect(at({ batch: Math.ceil(crossover * 2) })['tokens_per_s_per_user'] as number).toBeLessThan(
			at({ batch: below })['tokens_per_s_per_user'] as number,
		);
	});

	it('makes the two bounds of a step equal at the crossover batch', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.5, max: 2, noNaN: true }),
				fc.double({ min: 0.2, max: 1, noNaN: true }),
				(bytes, bw) => {
					const i = { ...chat, bytesPerParam: bytes, bwEfficiency: bw };
					const x = computeInference(i).crossoverBatch;
					const m = memoryStepS(i.params, bytes, i.gpusPerReplica, i.hbmTbS, bw);
					const c = computeS(i.params, x, i.gpusPerReplica, i.peakTflops, i.mfu);
					expect(closeTo(c, m, 1e-12)).toBe(true);
				},
			),
			{ seed: FC_SEED },
		);
	});

	it('never needs fewer accelerators for more users', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (users, extra) => {
				expect(at({ users: users + extra })['accelerators'] as number).toBeGreaterThanOrEqual(
					at({ users })['accelerators'] as number,
				);
			}),
			{ seed: FC_SEED },
		);
	});

	it('adds distance only to the network terms', () => {
		const near = at({ distance_km: 30 });
		const far = at({ distance_km: 3000 });
		expect((far['ttft_ms'] as number) - (near['ttft_ms'] as number)).toBeCloseTo(29.4 - 0.294, 9);
		for (const key of ['step_s', 'prefill_s', 'accelerators', 'wh_per_request']) expect(far[key], key).toBe(near[key]);
	});

	it('prefills nothing for an empty prompt', () => {
		expect(computeS(70e9, 0, 4, 989.4, 0.5)).toBe(0);
	});
});

describe('weights that do not fit memory', () => {
	const warn = inferenceCalculator.crossWarn!;

	it('warns at accelerators per replica, with the least count that fits', () => {
		// 405e9 × 2 bytes = 810 GB on four 80 GB accelerators (320 GB): at least 11 are needed.
		expect(warn({ ...valuesFor('inference'), params: 405e9 })).toEqual([
			{
				param: 'gpus_per_replica',
				message:
					'The weights (810 GB) do not fit one replica’s 320 GB: use at least 11 accelerators per replica, or fewer bytes per parameter',
			},
		]);
	});

	it.each([
		['the defaults (140 GB in 320 GB)', {}],
		['exactly full (160 GB in 160 GB)', { params: 80e9, gpus_per_replica: 2 }],
	])('says nothing for %s', (_name, over) => {
		expect(warn({ ...valuesFor('inference'), ...over })).toEqual([]);
	});
});

describe('inference conclusion: decode is memory-bound', () => {
	it('holds while reading the weights takes longer than the arithmetic, and quotes both', () => {
		expect(inferenceConclusion.margin({ memory_step_s: 0.015, compute_step_s: 0.002 }, {})).toBeCloseTo(0.013, 15);
		expect(inferenceConclusion.margin({ memory_step_s: 0.015, compute_step_s: 0.03 }, {})).toBeCloseTo(-0.015, 15);
		expect(inferenceConclusion.text.holds({}, { memory_step_s: 0.0149, compute_step_s: 0.00226 })).toBe(
			'Decode is bound by memory bandwidth: reading the weights takes 14.9 ms a step, the arithmetic of the batch 2.26 ms, so a larger batch adds throughput without slowing each user.',
		);
		expect(inferenceConclusion.text.fails({}, { memory_step_s: 0.0149, compute_step_s: 0.03 })).toBe(
			'Decode is bound by compute: the arithmetic of the batch takes 30 ms a step, reading the weights 14.9 ms, so a larger batch now slows each user.',
		);
	});

	it('flips at the crossover batch of the defaults', () => {
		const base = valuesFor('inference');
		const crossover = inferenceCalculator.compute(base)['crossover_batch'] as number;
		const margin = (batch: number) => inferenceConclusion.margin(inferenceCalculator.compute({ ...base, batch }), base);
		expect(margin(Math.floor(crossover))).toBeGreaterThan(0);
		expect(margin(Math.ceil(crossover))).toBeLessThan(0);
	});
});
