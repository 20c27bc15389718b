import type { Command } from 'commander';
import type { Store } from '../store/types.js';
import { EXIT, type Terminal } from './io.js';

/** Adds `--db <url>` to a command: a SQLite file (default ./corroborate.db) or postgres://… */
export function withDb(command: Command): Command {
  return command.option('--db <url>', 'the store: a SQLite file or postgres://… (default: $CORROBORATE_DB, else ./corroborate.db)');
}

/**
 * Opens the store for a command, runs `work`, closes it. A store that cannot be opened (a damaged
 * file, an unreachable server) is one clear line and exit 1, never a stack trace.
 */
export async function useStore(url: string | undefined, term: Terminal, work: (store: Store) => Promise<number>): Promise<number> {
  const { openStore, StoreError } = await import('../store/index.js');
  let store: Store;
  try {
    store = await openStore(url);
  } catch (error) {
    if (error instanceof StoreError) {
      term.stderr.write(`corroborate: ${error.message}\n`);
      return EXIT.nothing;
    }
    throw error;
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export { sinceDate } from '../model/since.js';
