/** Old time-to-power link parameters, oldest first. Never remove one. (None yet: first shipped 2026-12.) */
import type { QueryMigration } from '../../engine';

export const timeToPowerMigrations: readonly QueryMigration[] = [];
