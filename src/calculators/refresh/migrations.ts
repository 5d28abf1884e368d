/** Old refresh-calculator link parameters, oldest first. Never remove one. (None yet: first shipped 2026-12.) */
import type { QueryMigration } from '../../engine';

export const refreshMigrations: readonly QueryMigration[] = [];
