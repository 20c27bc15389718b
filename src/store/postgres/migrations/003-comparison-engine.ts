import type { Migration } from '../../migrate.js';

/**
 * Which engine computed a cached comparison: a report cached by another version of corroborate is
 * stale, as one of another version of the story is. Reports cached before this step have none.
 */
export const comparisonEngine: Migration = {
  version: 3,
  name: 'comparison-engine',
  up: `ALTER TABLE comparisons ADD COLUMN engine TEXT NOT NULL DEFAULT '';`,
};
