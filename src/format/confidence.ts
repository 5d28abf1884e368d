import type { Confidence } from '../schemas/common';

/** Short visible label of a confidence tag, and a sentence for its title and the key. */
export const CONFIDENCE_LABELS: Readonly<Record<Confidence, { label: string; meaning: string }>> = {
	'verified-primary': {
		label: 'verified: primary source',
		meaning: 'Checked against the issuing body’s own text or the original data.',
	},
	'verified-secondary': {
		label: 'secondary source only',
		meaning: 'Checked only in press, law-firm or analyst summaries, not in the original.',
	},
	derived: { label: 'derived', meaning: 'Computed from sourced figures; the note says how.' },
	unverified: {
		label: 'unverified',
		meaning: 'A claim that no source opened for this report confirms. Shown so readers can test it.',
	},
	illustrative: {
		label: 'illustrative',
		meaning: 'A round number chosen for the example; no published figure was found.',
	},
};
