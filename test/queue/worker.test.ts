import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { enqueue, openQueue, runWorker } from '../../src/queue/index.js';
import { ingest } from '../../src/stories/index.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { dropSchemas, PG_SERVER as SERVER, pgUnreachable } from '../pg.js';
import { fixtureArticles, grouping } from '../stories/fixture.js';

const RUN = `corroborate_queue_test_${randomBytes(4).toString('hex')}`;
const dir = mkdtempSync(join(tmpdir(), 'corroborate-queue-'));

const why = await pgUnreachable();
if (why) console.warn(`worker tests skipped: cannot connect to PostgreSQL (${why}).`);

const schemas: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!why) await dropSchemas(schemas);
});

/** Stories as sets of articles known by outlet and opening words, whatever ids and sources they got. */
async function stories(store: Store): Promise<string[]> {
  const list = await store.listStories({ limit: 1000 });
  const source = new Map((await store.getArticles(list.flatMap((s) => s.articles))).map((a) => [a.id, `${a.outlet}: ${a.text.slice(0, 60)}`]));
  return grouping(list.map((s) => ({ articles: s.articles.map((id) => source.get(id) ?? id) })));
}

/** Queues the fixture articles in batches of two, then lets `k` workers empty the queue. */
async function withWorkers(k: number, file: string): Promise<string[]> {
  const schema = `${RUN}_${k}`;
  schemas.push(schema);
  const url = `${SERVER}?schema=${schema}`;
  const store = await openStore(url);
  const boss = await openQueue(url);
  const queued = await enqueue(store, boss, [file], { batchSize: 2 });
  expect(queued.batches).toBeGreaterThan(5);
  await boss.stop({ graceful: false, close: true });
  await Promise.all(
    Array.from({ length: k }, async () => {
      const own = await openStore(url);
      const queue = await openQueue(url);
      try {
        await runWorker(own, queue, { once: true });
      } finally {
        await queue.stop({ graceful: false, close: true });
        await own.close();
      }
    }),
  );
  const result = await stories(store);
  expect(await store.nextBatch()).toBeNull();
  await store.close();
  return result;
}

describe.skipIf(why !== null)('corroborate worker on PostgreSQL', () => {
  it('makes the same stories with one worker, with two, and as one process ingesting in order', async () => {
    const inputs = await fixtureArticles();
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, inputs.map((i) => JSON.stringify({ ...i, source: undefined })).join('\n'));
    const single = await openStore(join(dir, 'single.db'));
    await ingest(single, inputs, { batchSize: 2 });
    const expected = await stories(single);
    await single.close();
    const one = await withWorkers(1, file);
    const two = await withWorkers(2, file);
    expect(one).toEqual(expected);
    expect(two).toEqual(one);
  }, 120_000);
});
