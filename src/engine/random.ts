/**
 * A small seeded generator (mulberry32): the same seed gives the same sequence on every machine,
 * so a shared URL reproduces the same Monte Carlo result. Not for cryptography.
 */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a hash of a string, as a seed (a URL's query string gives its own seed). */
export function seedFromString(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** Standard normal deviate by Box–Muller from a uniform generator. */
export function normal(random: () => number): number {
	let u = random();
	while (u <= Number.EPSILON) u = random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
