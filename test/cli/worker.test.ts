/** `corroborate ingest --queue` and `corroborate worker` as a user runs them: the built CLI. */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchemas, PG_SERVER as SERVER, pgUnreachable } from '../pg.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'dist/cli/main.js');
const SCHEMA = `corroborate_cli_worker_${randomBytes(4).toString('hex')}`;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CORROBORATE_DB: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const ferry = ['continental', 'varesk-daily', 'halden-radio'].map((f) => join(root, 'test/fixtures/stories/number-conflict', `${f}.txt`));

const up = (await pgUnreachable()) === null;
if (!up) console.warn('CLI worker tests on PostgreSQL skipped: the server is unreachable.');

afterAll(async () => {
  if (up) await dropSchemas([SCHEMA]);
});

describe('corroborate worker', () => {
  it('says plainly that workers need PostgreSQL', () => {
    const worker = run('worker', '--db', 'local.db');
    expect(worker.code).toBe(2);
    expect(worker.stderr).toMatch(/workers share their work through PostgreSQL/);
    const queue = run('ingest', '--queue', '--db', 'local.db', ...ferry);
    expect(queue.code).toBe(2);
    expect(queue.stderr).toMatch(/--queue needs a PostgreSQL store/);
  });

  it.skipIf(!up)('works through what `ingest --queue` queued, then stops with --once', () => {
    const db = `${SERVER}?schema=${SCHEMA}`;
    const queued = run('ingest', '--queue', '--db', db, ...ferry);
    expect(queued.code).toBe(0);
    expect(queued.stdout).toMatch(/queued 1 batch\(es\): 3 article\(s\)/);
    const worker = run('worker', '--once', '--db', db);
    expect(worker.code).toBe(0);
    expect(worker.stdout).toMatch(/1 job\(s\), 3 article\(s\) stored, 0 already stored, 3 put into stories, 0 failed/);
    expect(worker.stderr).toMatch(/batch 1: 3 stored/);
    const stories = JSON.parse(run('stories', '--json', '--db', db).stdout) as Array<{ articles: string[] }>;
    expect(stories).toHaveLength(1);
    expect(stories[0].articles.sort()).toEqual(['continental', 'halden-radio', 'varesk-daily']);
  }, 120_000);
});
