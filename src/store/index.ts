/**
 * Where corroborate keeps what it reads: one `Store` interface, on SQLite (the default, one file) or
 * PostgreSQL (for a team's server and many workers). Both pass test/store/contract.ts.
 */
import type { Store } from './types.js';

export type * from './types.js';
export { StoreError, storeErrors } from './errors.js';
export type { StoreErrorCode } from './errors.js';
export { ONE_SIDED, oneSided, summarise } from './coverage.js';
export type { OneSidedRule } from './coverage.js';
export { canonicalUrl, contentHash, hostOf } from './identity.js';
export { formatOutlets, parseOutlets } from './outlets-csv.js';
export type { OutletProblem } from './outlets-csv.js';

/** The database used when none is named: a SQLite file in the working directory. */
export const DEFAULT_DB = './corroborate.db';

/** The starter outlets table shipped with corroborate (AllSides leans; see data/outlets.README.md). */
export const STARTER_OUTLETS = new URL('../../data/outlets.csv', import.meta.url);

/** A PostgreSQL connection string, rather than a file name. */
export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

/**
 * Opens the store at `url`: a `postgres://…` connection string selects PostgreSQL, anything else is
 * a SQLite file (`sqlite:` prefix optional; `:memory:` for a throwaway one). Without `url`, the
 * CORROBORATE_DB environment variable, else `./corroborate.db`. Migrations run on open.
 * @example const store = await openStore(); await store.putArticle(article); await store.close()
 */
export async function openStore(url?: string): Promise<Store> {
  const target = url || process.env.CORROBORATE_DB || DEFAULT_DB;
  if (isPostgresUrl(target)) return (await import('./postgres/index.js')).openPostgresStore(target);
  return (await import('./sqlite/index.js')).openSqliteStore(target.replace(/^sqlite:(\/\/)?/i, ''));
}
