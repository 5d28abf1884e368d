// Writes tests/fixtures/seed-fingerprint.json: hashes of every 8-word run in the source essay, so
// tests can check that no chapter copies a sentence from it without keeping the essay's text here.
// Usage: node scripts/make-seed-fingerprint.mjs ../shared/seed/*.txt
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export const N = 8;
export function words(text) {
	return text
		.toLowerCase()
		.replace(/[’']/g, "'")
		.replace(/[^a-z0-9'%.-]+/g, ' ')
		.split(' ')
		.filter(Boolean);
}
export function shingles(text) {
	const w = words(text);
	const out = new Set();
	for (let i = 0; i + N <= w.length; i++)
		out.add(
			createHash('sha256')
				.update(w.slice(i, i + N).join(' '))
				.digest('hex')
				.slice(0, 16),
		);
	return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const text = process.argv
		.slice(2)
		.map((f) => readFileSync(f, 'utf8'))
		.join('\n');
	const hashes = [...shingles(text)].sort();
	writeFileSync(
		new URL('../tests/fixtures/seed-fingerprint.json', import.meta.url),
		JSON.stringify({ generatedBy: 'scripts/make-seed-fingerprint.mjs', n: N, hashes }, null, '\t') + '\n',
	);
	console.log(`${hashes.length} ${N}-word shingles written`);
}
