import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../src/store/index.js';
import { dropSchemas, PG_SERVER as SERVER, pgUnreachable } from '../pg.js';
import { storeContract } from './contract.js';

/** One schema per test run, dropped at the end; each test gets its own inside-run suffix. */
const RUN = `corroborate_test_${randomBytes(4).toString('hex')}`;

const why = await pgUnreachable();
if (why) console.warn(`PostgreSQL store tests skipped: cannot connect to ${SERVER.replace(/\/\/[^@]*@/, '//')} (${why}). Start PostgreSQL to run them.`);

const schemas: string[] = [];
afterAll(async () => {
  if (!why) await dropSchemas(schemas);
});

describe.skipIf(why !== null)(why ? `PostgreSQL store (skipped: ${why})` : 'PostgreSQL store', () => {
  storeContract('PostgreSQL', {
    fresh: async () => {
      const schema = `${RUN}_${schemas.length}`;
      schemas.push(schema);
      return `${SERVER}?schema=${schema}`;
    },
    concurrentConnections: true,
  });
});

describe('PostgreSQL store: the connection', () => {
  it('says plainly where it could not connect, instead of crashing', async () => {
    const error = await openStore('postgres://nobody:secret@127.0.0.1:1/none').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_UNREACHABLE');
    expect((error as Error).message).toMatch(/cannot connect to PostgreSQL at 127\.0\.0\.1:1\/none: .+is it running/);
    expect((error as Error).message).not.toContain('secret');
  });

  it('refuses a schema name that is not a plain name', async () => {
    await expect(openStore('postgres://127.0.0.1:1/test?schema=a;drop')).rejects.toThrow(/schema "a;drop" is not a plain name/);
  });
});
