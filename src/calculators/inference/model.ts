/**
 * The inference calculator: serving a model, as a first-order roofline. A decode step reads every
 * weight once for the whole batch, or is bound by the arithmetic of the batch, whichever is slower;
 * prefill is compute-bound. From that: tokens per second, time to first token and response time
 * over a fiber distance, accelerators and facility power for a user load, energy and cost per
 * request, and whether the weights fit the accelerators' memory.
 */
import { readParams, writeOutputs } from '../../engine';
import type { Calculator, FieldProblem } from '../../engine';
import { FIBER_MS_PER_KM, SECONDS_PER_DAY, SECONDS_PER_HOUR, type Seconds, type Usd, as } from '../../engine';
import { inferenceFields } from './fields';
import type { Accelerator } from '../../schemas/preset';

/** Inputs of the inference model, named with their units. */
export interface InferenceInputs {
	/** Parameters active per token N (for a mixture of experts, the active ones). */
	readonly params: number;
	/** Bytes per weight at the serving precision (2 BF16, 1 FP8, 0.5 FP4). */
	readonly bytesPerParam: number;
	/** Accelerators holding one copy of the model. */
	readonly gpusPerReplica: number;
	/** Sequences decoded together by one replica. */
	readonly batch: number;
	/** Memory bandwidth per accelerator, TB/s. */
	readonly hbmTbS: number;
	/** Share of memory bandwidth reached in decode. */
	readonly bwEfficiency: number;
	/** Dense peak at the serving precision per accelerator, TFLOP/s. */
	readonly peakTflops: number;
	/** Share of peak reached in compute-bound work. */
	readonly mfu: number;
	/** Memory per accelerator, GB. */
	readonly memoryGb: number;
	readonly promptTokens: number;
	readonly outputTokens: number;
	/** Active users (or agents). */
	readonly users: number;
	readonly requestsPerUserPerDay: number;
	/** Peak load ÷ average load. */
	readonly peakToAverage: number;
	/** One-way fiber distance from the user to the data center, km. */
	readonly distanceKm: number;
	readonly boardPowerW: number;
	readonly serverOverhead: number;
	readonly pue: number;
	readonly gpuHourUsd: number;
}

/** The one table between engine names and the contract's URL parameters. */
export const INFERENCE_PARAMS = {
	params: 'params',
	bytesPerParam: 'bytes_per_param',
	gpusPerReplica: 'gpus_per_replica',
	batch: 'batch',
	hbmTbS: 'hbm_tb_s',
	bwEfficiency: 'bw_efficiency',
	peakTflops: 'peak_tflops',
	mfu: 'mfu',
	memoryGb: 'memory_gb',
	promptTokens: 'prompt_tokens',
	outputTokens: 'output_tokens',
	users: 'users',
	requestsPerUserPerDay: 'requests_per_user_per_day',
	peakToAverage: 'peak_to_average',
	distanceKm: 'distance_km',
	boardPowerW: 'board_w',
	serverOverhead: 'server_overhead',
	pue: 'pue',
	gpuHourUsd: 'gpu_hour_usd',
} as const satisfies Record<keyof InferenceInputs, string>;

export interface InferenceOutputs {
	readonly stepS: Seconds;
	readonly tokensPerSPerUser: number;
	readonly tokensPerSPerReplica: number;
	readonly prefillS: Seconds;
	readonly networkRttMs: number;
	readonly ttftMs: number;
	readonly responseS: Seconds;
	readonly replicaSPerRequest: Seconds;
	readonly peakRequestsPerS: number;
	readonly replicas: number;
	readonly accelerators: number;
	readonly facilityMw: number;
	readonly whPerRequest: number;
	readonly usdPerMillionOutputTokens: Usd;
	readonly weightsShareOfMemory: number;
	/** Beyond the contract: the two bounds of a decode step, and what follows from them. */
	readonly memoryStepS: Seconds;
	readonly computeStepS: Seconds;
	readonly crossoverBatch: number;
}

export const INFERENCE_OUTPUTS = {
	stepS: 'step_s',
	tokensPerSPerUser: 'tokens_per_s_per_user',
	tokensPerSPerReplica: 'tokens_per_s_per_replica',
	prefillS: 'prefill_s',
	networkRttMs: 'network_rtt_ms',
	ttftMs: 'ttft_ms',
	responseS: 'response_s',
	replicaSPerRequest: 'replica_s_per_request',
	peakRequestsPerS: 'peak_requests_per_s',
	replicas: 'replicas',
	accelerators: 'accelerators',
	facilityMw: 'facility_mw',
	whPerRequest: 'wh_per_request',
	usdPerMillionOutputTokens: 'usd_per_million_output_tokens',
	weightsShareOfMemory: 'weights_share_of_memory',
	memoryStepS: 'memory_step_s',
	computeStepS: 'compute_step_s',
	crossoverBatch: 'crossover_batch',
} as const satisfies Record<keyof InferenceOutputs, string>;

/**
 * Time to read every weight of one replica once: params × bytes per param ÷ (accelerators × memory
 * bandwidth × 10¹² × bandwidth efficiency). The floor of a decode step, whatever the batch.
 * @returns seconds
 * @see calculator contract `step_s` (its first term); Databricks, "LLM Inference Performance Engineering" (MBU)
 */
export function memoryStepS(
	params: number,
	bytesPerParam: number,
	gpusPerReplica: number,
	hbmTbS: number,
	bwEfficiency: number,
): Seconds {
	return as((params * bytesPerParam) / (gpusPerReplica * hbmTbS * 1e12 * bwEfficiency));
}

/**
 * Time for the arithmetic of `tokens` tokens, 2 FLOP per active parameter each:
 * 2 × params × tokens ÷ (accelerators × peak × 10¹² × MFU). One decode step of a batch computes
 * `batch` tokens; prefill computes the whole prompt at once, so it is compute-bound.
 * @returns seconds
 * @see calculator contract `step_s` (its second term) and `prefill_s`; Pope et al. 2022 (prefill reaches 76% MFU)
 */
export function computeS(
	params: number,
	tokens: number,
	gpusPerReplica: number,
	peakTflops: number,
	mfu: number,
): Seconds {
	return as((2 * params * tokens) / (gpusPerReplica * peakTflops * 1e12 * mfu));
}

/**
 * Round trip of light over the fiber: 2 × distance × 0.0049 ms per km.
 * @returns milliseconds
 * @see calculator contract `network_rtt_ms`; `FIBER_MS_PER_KM`
 */
export function networkRttMs(distanceKm: number): number {
	return 2 * distanceKm * FIBER_MS_PER_KM;
}

/** Evaluates the whole inference model. Inputs are assumed validated. */
export function computeInference(i: InferenceInputs): InferenceOutputs {
	const memory = memoryStepS(i.params, i.bytesPerParam, i.gpusPerReplica, i.hbmTbS, i.bwEfficiency);
	const compute = computeS(i.params, i.batch, i.gpusPerReplica, i.peakTflops, i.mfu);
	const stepS: Seconds = as(Math.max(memory, compute));
	const prefill = computeS(i.params, i.promptTokens, i.gpusPerReplica, i.peakTflops, i.mfu);
	const rttMs = networkRttMs(i.distanceKm);
	const replicaSPerRequest: Seconds = as(prefill + (i.outputTokens * stepS) / i.batch);
	const peakRequestsPerS = ((i.users * i.requestsPerUserPerDay) / SECONDS_PER_DAY) * i.peakToAverage;
	const replicas = Math.ceil(peakRequestsPerS * replicaSPerRequest);
	const accelerators = replicas * i.gpusPerReplica;
	const whPerRequest =
		(i.gpusPerReplica * i.boardPowerW * i.serverOverhead * i.pue * replicaSPerRequest) / SECONDS_PER_HOUR;
	const weightsBytes = i.params * i.bytesPerParam;
	return {
		stepS,
		tokensPerSPerUser: 1 / stepS,
		tokensPerSPerReplica: i.batch / stepS,
		prefillS: prefill,
		networkRttMs: rttMs,
		ttftMs: rttMs + (prefill + stepS) * 1000,
		responseS: as(rttMs / 1000 + prefill + i.outputTokens * stepS),
		replicaSPerRequest,
		peakRequestsPerS,
		replicas,
		accelerators,
		facilityMw: (accelerators * i.boardPowerW * i.serverOverhead * i.pue) / 1e6,
		whPerRequest,
		usdPerMillionOutputTokens: as(
			((i.gpuHourUsd * i.gpusPerReplica * replicaSPerRequest) / SECONDS_PER_HOUR / i.outputTokens) * 1e6,
		),
		weightsShareOfMemory: weightsBytes / (i.gpusPerReplica * i.memoryGb * 1e9),
		memoryStepS: memory,
		computeStepS: compute,
		crossoverBatch: (i.bytesPerParam * i.peakTflops * i.mfu) / (2 * i.hbmTbS * i.bwEfficiency),
	};
}

const gb = (n: number) => `${Number(n.toPrecision(3)).toLocaleString('en-US')} GB`;

/** Above 1 the weights do not fit: said at the field that fixes it most directly. */
function weightsWarning(values: Readonly<Record<string, number>>): readonly FieldProblem[] {
	const i = readParams(INFERENCE_PARAMS, values);
	const weights = (i.params * i.bytesPerParam) / 1e9;
	const memory = i.gpusPerReplica * i.memoryGb;
	if (weights <= memory) return [];
	const needed = Math.ceil(weights / i.memoryGb);
	return [
		{
			param: INFERENCE_PARAMS.gpusPerReplica,
			message: `The weights (${gb(weights)}) do not fit one replica’s ${gb(memory)}: use at least ${needed.toLocaleString('en-US')} accelerators per replica, or fewer bytes per parameter`,
		},
	];
}

export const inferenceCalculator: Calculator = {
	id: 'inference',
	title: 'Inference',
	summary:
		'Serving a model: tokens per second, time to first token over a fiber distance, the accelerators and power a user load needs, energy and cost per request, and whether the weights fit.',
	fields: inferenceFields,
	preset: {
		param: 'accelerator',
		label: 'Accelerator',
		assumption: 'inference.accelerator',
		sets: {
			board_w: (a: Accelerator) => a.boardPowerW,
			server_overhead: (a: Accelerator) => a.serverOverhead,
			peak_tflops: (a: Accelerator) => a.bf16DenseTflops,
			memory_gb: (a: Accelerator) => a.memoryGb,
		},
	},
	outputs: [
		{
			key: 'ttft_ms',
			label: 'Time to first token',
			unit: 'ms',
			formula: 'network_rtt_ms + (prefill_s + step_s) × 1000',
		},
		{
			key: 'tokens_per_s_per_user',
			label: 'Tokens per second, each user',
			unit: 'tokens/s',
			formula: '1 ÷ step_s',
		},
		{
			key: 'response_s',
			label: 'Response time',
			unit: 's',
			formula: 'network_rtt_ms ÷ 1000 + prefill_s + output_tokens × step_s',
		},
		{
			key: 'network_rtt_ms',
			label: 'Network round trip',
			unit: 'ms',
			formula: `2 × distance_km × ${FIBER_MS_PER_KM}`,
		},
		{
			key: 'tokens_per_s_per_replica',
			label: 'Tokens per second, each replica',
			unit: 'tokens/s',
			formula: 'batch ÷ step_s',
		},
		{ key: 'accelerators', label: 'Accelerators for the load', unit: 'count', formula: 'replicas × gpus_per_replica' },
		{
			key: 'facility_mw',
			label: 'Facility power',
			unit: 'MW',
			formula: 'accelerators × board_w × server_overhead × pue ÷ 1,000,000',
		},
		{
			key: 'wh_per_request',
			label: 'Energy per request',
			unit: 'Wh',
			formula: `gpus_per_replica × board_w × server_overhead × pue × replica_s_per_request ÷ ${SECONDS_PER_HOUR}`,
		},
		{
			key: 'usd_per_million_output_tokens',
			label: 'Cost per million output tokens',
			unit: 'USD',
			formula: `gpu_hour_usd × gpus_per_replica × replica_s_per_request ÷ ${SECONDS_PER_HOUR} ÷ output_tokens × 1,000,000`,
		},
		{
			key: 'weights_share_of_memory',
			label: 'Weights’ share of memory',
			unit: 'fraction',
			formula: 'params × bytes_per_param ÷ (gpus_per_replica × memory_gb × 10⁹)',
		},
		{
			key: 'step_s',
			label: 'Decode step',
			unit: 's',
			formula: 'max(memory_step_s, compute_step_s)',
			detail: true,
		},
		{
			key: 'memory_step_s',
			label: 'Decode step, reading the weights',
			unit: 's',
			formula: 'params × bytes_per_param ÷ (gpus_per_replica × hbm_tb_s × 10¹² × bw_efficiency)',
			detail: true,
		},
		{
			key: 'compute_step_s',
			label: 'Decode step, arithmetic of the batch',
			unit: 's',
			formula: '2 × params × batch ÷ (gpus_per_replica × peak_tflops × 10¹² × mfu)',
			detail: true,
		},
		{
			key: 'crossover_batch',
			label: 'Batch at which compute becomes the limit',
			unit: 'count',
			formula: 'bytes_per_param × peak_tflops × mfu ÷ (2 × hbm_tb_s × bw_efficiency)',
			detail: true,
		},
		{
			key: 'prefill_s',
			label: 'Prefill of the prompt',
			unit: 's',
			formula: '2 × params × prompt_tokens ÷ (gpus_per_replica × peak_tflops × 10¹² × mfu)',
			detail: true,
		},
		{
			key: 'replica_s_per_request',
			label: 'Replica time per request',
			unit: 's',
			formula: 'prefill_s + output_tokens × step_s ÷ batch',
			detail: true,
		},
		{
			key: 'peak_requests_per_s',
			label: 'Requests per second at peak',
			unit: 'per s',
			formula: `users × requests_per_user_per_day ÷ ${SECONDS_PER_DAY} × peak_to_average`,
			detail: true,
		},
		{
			key: 'replicas',
			label: 'Replicas for the peak',
			unit: 'count',
			formula: 'ceil(peak_requests_per_s × replica_s_per_request)',
			detail: true,
		},
	],
	headline: 'ttft_ms',
	crossWarn: weightsWarning,
	handoffs: [
		{
			to: 'power',
			label: 'Size the power of these accelerators in the power calculator',
			carry: { accelerator: 'accelerator', count: 'accelerators' },
		},
	],
	compute(values) {
		return writeOutputs(INFERENCE_OUTPUTS, computeInference(readParams(INFERENCE_PARAMS, values)));
	},
};
