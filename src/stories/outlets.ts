import { readFile } from 'node:fs/promises';
import { parseOutlets, STARTER_OUTLETS } from '../store/index.js';
import type { Store } from '../store/types.js';

/**
 * Gives a store without outlets the starter table (491 outlets with their domains and AllSides
 * lean), so that coverage by lean works from the first ingest; a store with outlets is left as it
 * is (`corroborate outlets import` edits or replaces them). Resolves to the outlets added.
 */
export async function ensureOutlets(store: Store): Promise<number> {
  if ((await store.listOutlets()).length > 0) return 0;
  const { outlets } = parseOutlets(await readFile(STARTER_OUTLETS, 'utf8'));
  return (await store.importOutlets(outlets)).added;
}
