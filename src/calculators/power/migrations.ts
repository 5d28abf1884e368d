/** Old power-calculator link parameters, oldest first. Never remove one. */
import { type QueryMigration, renameParam } from '../../engine';

export const powerMigrations: readonly QueryMigration[] = [
	renameParam('gpus', 'count', 'accelerators are not all GPUs; the contract calls them `count`'),
	renameParam('tdp_w', 'board_w', 'board power is what the vendors publish; TDP is one name for it'),
];
