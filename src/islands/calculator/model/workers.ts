/**
 * Browser glue: runs Monte Carlo jobs (./mc.ts) in Web Workers (./workers/<id>.ts). Loaded with the
 * first ranged scenario, so a page without ranges never downloads it.
 */
import type { McJob, McResult, McRunner } from './mc';

/**
 * Sends jobs to workers, one job at a time. Each slot (A, B) keeps only its latest job: a reader
 * who types fast gets the result for what they typed last, not a queue of stale ones. With two
 * cores or more, two workers split a job: one runs the simulation, the other the chart bands. If a
 * worker cannot start or fails, jobs run on the main thread with `fallback`.
 */
export function workerRunner(create: () => Worker, fallback: (job: McJob) => McResult): McRunner {
	type Task = { job: McJob; done: (r: McResult) => void };
	let workers: Worker[] | null | undefined;
	let running: Task | null = null;
	let parts: McResult[] = [];
	const waiting = new Map<'a' | 'b', Task>();
	const finish = (r: McResult) => {
		const task = running;
		running = null;
		parts = [];
		if (task) task.done(r);
		next();
	};
	const onPart = (r: McResult) => {
		if (!running || r.key !== running.job.key) return;
		parts.push(r);
		if (parts.length === workers!.length)
			finish({
				key: r.key,
				quantiles: Object.assign({}, ...parts.map((p) => p.quantiles)),
				bands: Object.assign({}, ...parts.map((p) => p.bands)),
			});
	};
	const broken = () => {
		for (const w of workers ?? []) w.terminate();
		workers = null;
		const task = running;
		if (task) setTimeout(() => finish(fallback(task.job)));
	};
	const start = () => {
		try {
			const n = (navigator.hardwareConcurrency ?? 1) > 1 ? 2 : 1;
			workers = Array.from({ length: n }, () => {
				const w = create();
				w.onmessage = (e: MessageEvent<McResult>) => onPart(e.data);
				w.onerror = (e) => {
					e.preventDefault();
					broken();
				};
				return w;
			});
		} catch {
			workers = null;
		}
	};
	const next = () => {
		if (running) return;
		const slot = waiting.has('a') ? 'a' : 'b';
		const task = waiting.get(slot);
		if (!task) return;
		waiting.delete(slot);
		running = task;
		if (workers === undefined) start();
		if (!workers) return void setTimeout(() => finish(fallback(task.job)));
		if (workers.length === 1) workers[0]!.postMessage(task.job);
		else {
			workers[0]!.postMessage({ ...task.job, part: 'quantiles' });
			workers[1]!.postMessage({ ...task.job, part: 'bands' });
		}
	};
	return (slot, job, done) => {
		waiting.set(slot, { job, done });
		next();
	};
}
