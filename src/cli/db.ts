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

/** "2d", "12h", "1w" or an ISO date → an ISO timestamp; null when it reads as neither. */
export function sinceDate(value: string, now = Date.now()): string | null {
  const rel = /^(\d+)\s*([hdw])$/i.exec(value.trim());
  if (rel) {
    const hours = Number(rel[1]) * ({ h: 1, d: 24, w: 168 } as const)[rel[2].toLowerCase() as 'h' | 'd' | 'w'];
    return new Date(now - hours * 3_600_000).toISOString();
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
