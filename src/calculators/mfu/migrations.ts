/** Old MFU-calculator link parameters, oldest first. Never remove one. */
import { type QueryMigration, renameParam } from '../../engine';

export const mfuMigrations: readonly QueryMigration[] = [
	renameParam('gpus', 'count', 'accelerators are not all GPUs; the contract calls them `count`'),
];
