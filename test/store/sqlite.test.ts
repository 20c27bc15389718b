import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../src/store/index.js';
import { article, storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-sqlite-'));
let n = 0;
const file = (): string => join(dir, `db${++n}.sqlite`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('SQLite', { fresh: async () => file(), concurrentConnections: false });

const CHILD = new URL('./ingest-child.ts', import.meta.url).pathname;

/** Runs the ingest child on `db` for `count` articles; resolves to the ids it reported committed. */
function ingest(db: string, count: number, killAfter?: number): Promise<{ committed: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, String(count)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: string[] = [];
    let err = '';
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('committed ')) committed.push(line.slice(10));
      if (killAfter !== undefined && committed.length >= killAfter) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => (signal === 'SIGKILL' || code === 0 ? resolve({ committed, killed: signal === 'SIGKILL' }) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

describe('SQLite store: the file', () => {
  it('says plainly that a file which is not a database is not one, instead of crashing', async () => {
    const path = file();
    writeFileSync(path, 'name,domains\nthis is a CSV file, not a database\n'.repeat(200));
    const error = await openStore(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('STORE_NOT_A_DATABASE');
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(/not a corroborate database.*move it away/);
  });

  it('says so too when a database has been damaged', async () => {
    const path = file();
    const store = await openStore(path);
    await store.putArticle(article('a'));
    await store.close();
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
    closeSync(fd);
    await expect(openStore(path)).rejects.toThrow(/not a corroborate database/);
  });

  it('opens an empty file as a new database', async () => {
    const path = file();
    writeFileSync(path, '');
    const store = await openStore(path);
    expect(await store.schemaVersion()).toBeGreaterThanOrEqual(1);
    expect(await store.counts()).toEqual({ articles: 0, stories: 0, outlets: 0 });
    await store.close();
  });

  it('says which path cannot be opened when it is a directory', async () => {
    await expect(openStore(dir)).rejects.toThrow(/cannot open the database .*directory/);
  });

  it('takes its path from CORROBORATE_DB when none is given, and uses the WAL journal', async () => {
    const path = file();
    const old = process.env.CORROBORATE_DB;
    process.env.CORROBORATE_DB = path;
    try {
      const store = await openStore();
      await store.putArticle(article('env'));
      expect(existsSync(`${path}-wal`)).toBe(true);
      await store.close();
    } finally {
      if (old === undefined) delete process.env.CORROBORATE_DB;
      else process.env.CORROBORATE_DB = old;
    }
    const again = await openStore(`sqlite:${path}`);
    expect((await again.getArticle('env'))?.id).toBe('env');
    await again.close();
  });

  it('loses nothing committed when the process is killed, and running the same ingest again completes it', { timeout: 60_000 }, async () => {
    const path = file();
    const first = await ingest(path, 400, 25);
    expect(first.killed).toBe(true);
    const store = await openStore(path);
    for (const id of first.committed) expect((await store.getArticle(id))?.story).not.toBeNull();
    await store.close();
    const second = await ingest(path, 400);
    expect(second.killed).toBe(false);
    const done = await openStore(path);
    expect((await done.counts()).articles).toBe(400);
    expect(await done.unassigned()).toEqual([]);
    const stories = await done.listStories({ limit: 1000 });
    expect(stories.flatMap((s) => s.articles).sort()).toEqual(Array.from({ length: 400 }, (_, i) => `k${i}`).sort());
    expect(await done.getState<{ added: number }>('clusterer')).toEqual({ added: 400 });
    await done.close();
  });

  it('lets two processes ingest the same articles at once, storing and counting each once', { timeout: 60_000 }, async () => {
    const path = file();
    const [a, b] = await Promise.all([ingest(path, 150), ingest(path, 150)]);
    expect(a.committed).toHaveLength(150);
    expect(b.committed).toHaveLength(150);
    const store = await openStore(path);
    expect((await store.counts()).articles).toBe(150);
    expect(await store.unassigned()).toEqual([]);
    expect(await store.getState('clusterer')).toEqual({ added: 150 });
    await store.close();
  });
});
