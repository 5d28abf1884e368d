/** The inference calculator, as the build-time registry sees it. */
import type { CalculatorEntry } from '../../islands/calculator/entry';
import { writePageLink } from '../../islands/calculator/model/url';
import { inferenceCharts } from './charts';
import { inferenceConclusion } from './conclusion';
import { inferenceCalculator } from './model';

export const inferenceEntry: CalculatorEntry = {
	calc: inferenceCalculator,
	charts: inferenceCharts,
	conclusion: inferenceConclusion,
	// The page opens on why serving moves toward users: an edge site (A) against a central region (B).
	opening: writePageLink({ pinned: 's=inference-edge-site', current: 's=inference-central-region' }),
};
