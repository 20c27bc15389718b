/**
 * A small ingest for the kill test: puts `count` made-up articles into the store at argv[2], each
 * with its story assignment and a counter state in one transaction, and prints `committed <id>`
 * after each commit. Run again, it skips what is there and does the rest.
 */
import { openStore } from '../../src/store/index.js';

const [db, count] = [process.argv[2], Number(process.argv[3])];
const store = await openStore(db);
for (let i = 0; i < count; i++) {
  const id = `k${i}`;
  await store.transaction(async (tx) => {
    const put = await tx.putArticle({
      id, outlet: `Outlet ${i % 7}`, title: `Report ${i}`, url: `https://outlet${i % 7}.example/${i}`, date: '2024-05-01', authors: [], language: 'en',
      source: `${id}.txt`, text: `Report number ${i} on matter ${i % 13}, with words of its own: ${'x'.repeat(i % 50)}.`, copyOf: null, messages: [],
    });
    const stored = await tx.getArticle(put.id);
    if (put.isNew || stored?.story === null) {
      await tx.assign([{ article: put.id, story: `story-${i % 13}`, score: 1 }]);
      const state = (await tx.getState<{ added: number }>('clusterer')) ?? { added: 0 };
      await tx.putState('clusterer', { added: state.added + 1 });
    }
  });
  process.stdout.write(`committed ${id}\n`);
}
await store.close();
