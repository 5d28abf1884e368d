/** Old reliability-calculator link parameters, oldest first. Never remove one. */
import { type QueryMigration, renameParam } from '../../engine';

export const reliabilityMigrations: readonly QueryMigration[] = [
	renameParam('gpus', 'count', 'accelerators are not all GPUs; the contract calls them `count`'),
	renameParam('mtbf_h', 'mtbf_h_per_accel', 'the unit is per accelerator, not per cluster'),
];
