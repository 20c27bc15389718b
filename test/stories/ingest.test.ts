import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toArticles } from '../../src/ingest/index.js';
import { ingest, storeBatch, storyMaker } from '../../src/stories/index.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { fixtureArticles, grouping } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): Promise<Store> => openStore(join(dir, `s${++n}.db`));
/** The stories as sets of article sources (file and line): ids may differ where two articles claimed one. */
const all = async (store: Store) => {
  const stories = await store.listStories({ limit: 1000 });
  const source = new Map((await store.getArticles(stories.flatMap((s) => s.articles))).map((a) => [a.id, a.source]));
  return grouping(stories.map((s) => ({ articles: s.articles.map((id) => source.get(id) ?? id) })));
};

describe('ingest in batches', () => {
  it('groups the fixture articles into several stories, the same whatever the batch size', async () => {
    const inputs = await fixtureArticles();
    const one = await fresh();
    const r = await ingest(one, inputs, { batchSize: 3 });
    expect(r.stored).toBe(inputs.length);
    expect(r.assigned).toBe(inputs.length);
    const stories = await all(one);
    expect(stories.length).toBeGreaterThan(4);
    expect(stories.length).toBeLessThan(inputs.length);
    const other = await fresh();
    await ingest(other, inputs, { batchSize: 50 });
    expect(await all(other)).toEqual(stories);
  });

  it('puts into stories a batch an interrupted run stored but did not cluster, before new ones', async () => {
    const inputs = await fixtureArticles();
    const whole = await fresh();
    await ingest(whole, inputs, { batchSize: 4 });
    const store = await fresh();
    const { articles } = toArticles(inputs.slice(0, 4));
    await storeBatch(store, articles);
    expect((await store.nextBatch())?.state).toBe('stored');
    const r = await ingest(store, inputs.slice(4), { batchSize: 4 });
    expect(r.assigned).toBe(inputs.length);
    expect(await store.nextBatch()).toBeNull();
    expect(await all(store)).toEqual(await all(whole));
  });

  it('gives the same stories when processes take turns: checkpoints loaded, others\' assignments replayed', async () => {
    const inputs = await fixtureArticles();
    const whole = await fresh();
    await ingest(whole, inputs, { batchSize: 3 });
    const store = await fresh();
    const a = storyMaker();
    const third = Math.ceil(inputs.length / 3);
    await ingest(store, inputs.slice(0, third), { batchSize: 3, maker: a });
    // Another process (a new maker: it loads the checkpoint) does the middle part…
    await ingest(store, inputs.slice(third, 2 * third), { batchSize: 3, maker: storyMaker() });
    // …and the first catches up by replaying what it did.
    await ingest(store, inputs.slice(2 * third), { batchSize: 3, maker: a });
    expect(await all(store)).toEqual(await all(whole));
    // A process starting on a store with no checkpoint at all rebuilds from the recorded assignments.
    await store.putState('clusterer-checkpoint', null);
    const again = await ingest(store, inputs, { batchSize: 3, maker: storyMaker() });
    expect(again.duplicates).toBe(inputs.length);
    expect(await all(store)).toEqual(await all(whole));
  });
});
