import type { Migration } from '../../migrate.js';
import { initial } from './001-initial.js';
import { batches } from './002-batches.js';
import { comparisonEngine } from './003-comparison-engine.js';

/** SQLite schema steps, oldest first. Add a file per version; never edit one that has shipped. */
export const migrations: Migration[] = [initial, batches, comparisonEngine];
