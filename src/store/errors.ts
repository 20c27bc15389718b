/**
 * Why a store could not be opened or used. These are the only exceptions a store throws for
 * something other than a programming mistake: each says what was wrong and what to do.
 */
export const storeErrors = {
  STORE_NOT_A_DATABASE: '{file} is not a corroborate database (not SQLite, or damaged: {detail}); move it away or pass another --db',
  STORE_CANNOT_OPEN: 'cannot open the database {file}: {detail}',
  STORE_UNREACHABLE: 'cannot connect to PostgreSQL at {file}: {detail}; is it running and does the database exist?',
  STORE_TOO_NEW: '{file} has schema version {detail}, newer than this corroborate knows; upgrade corroborate',
  STORE_MIGRATION_FAILED: 'migrating {file} failed: {detail}; the database is left at its previous version',
  STORE_BAD_URL: 'cannot read the database address {file}: {detail}',
  STORE_UNKNOWN_ARTICLE: 'cannot put article {file} into a story: it is not stored; put the article first',
} as const;

/** A code from `storeErrors`. */
export type StoreErrorCode = keyof typeof storeErrors;

/** A store problem with a code from `storeErrors` and a message naming the database. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, file: string, detail: string | number = '') {
    super(storeErrors[code].replace('{file}', file).replace('{detail}', String(detail)));
    this.name = 'StoreError';
    this.code = code;
  }
}

/** A connection string with its password hidden, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@');
}
