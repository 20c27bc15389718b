import type { Article, ArticleInput, Message } from '../model/index.js';
import { toArticles } from '../ingest/normalize.js';
import type { ClusterInput } from '../cluster/index.js';
import type { Store } from '../store/types.js';
import { storyMaker, type StoryMaker } from './make.js';

/** What one ingest did. */
export interface IngestResult {
  /** Articles read and stored for the first time. */
  stored: number;
  /** Articles already in the store (same canonical URL, or same text from the same outlet). */
  duplicates: number;
  /** Syndicated copies of another outlet's article: stored, not counted as independent coverage. */
  copies: number;
  /** Articles put into stories, including ones of batches another process or an interrupted run stored. */
  assigned: number;
  /** Stories the new articles started. */
  newStories: number;
  messages: Message[];
}

/** How many articles go into one batch: stored in one transaction, put into stories in one. */
export const BATCH = 100;

/** How `ingest` goes about it. */
export interface IngestOptions {
  /** Called after each batch with the articles done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** The process's story maker, kept across calls so that its clusterer is not loaded again each time. */
  maker?: StoryMaker;
  /** Articles per batch (default BATCH). */
  batchSize?: number;
}

/** What storing one batch did. */
export interface StoredBatch {
  stored: number;
  duplicates: number;
  copies: number;
  /** The new articles, ready for the clusterer. */
  fresh: Map<string, ClusterInput>;
}

/**
 * Stores a batch of articles as batch `n` (numbered now, in the same transaction, when `n` is
 * undefined), and marks it stored: it is then ready to be put into stories, in the order of its
 * number. A numbered batch holds only its own lock, so that workers store batches side by side.
 */
export async function storeBatch(store: Store, articles: Article[], n?: number): Promise<StoredBatch> {
  return store.transaction(async (tx) => {
    const batch = n ?? (await tx.queueBatches(1))[0];
    const done: StoredBatch = { stored: 0, duplicates: 0, copies: 0, fresh: new Map() };
    for (const article of articles) {
      const put = await tx.putArticle(article, batch);
      if (!put.isNew) {
        done.duplicates++;
        continue;
      }
      done.stored++;
      if (put.copyOf) done.copies++;
      done.fresh.set(put.id, { id: put.id, title: article.title, text: article.text, date: article.date, outlet: article.outlet });
    }
    await tx.setBatch(batch, 'stored', done.stored);
    return done;
  }, n === undefined ? 'articles' : `batch:${n}`);
}

/**
 * Puts every stored batch into stories, in order, up to the first one still queued, holding the
 * ingest lock: with several processes, whichever holds it does the work for all.
 */
export async function makeStories(store: Store, maker: StoryMaker, cache?: Map<string, ClusterInput>, final = false) {
  return store.transaction(async (tx) => {
    const made = await maker.run(tx, cache);
    await maker.checkpoint(tx, final);
    return made;
  }, 'ingest');
}

/**
 * Stores articles and groups them into stories as they arrive. Idempotent and resumable: an article
 * already stored is not stored twice; a batch is stored in one transaction and put into stories in
 * another, and a batch stored but not yet in stories (by an interrupted run, or another process) is
 * put into stories first, in the order batches were numbered.
 * @example await ingest(await openStore(), [{ outlet: 'Wire', text: '…', date: '2024-05-01' }])
 */
export async function ingest(store: Store, inputs: ArticleInput[], options: IngestOptions = {}): Promise<IngestResult> {
  const { onProgress, maker = storyMaker(), batchSize = BATCH } = options;
  const { articles, messages } = toArticles(inputs);
  const result: IngestResult = { stored: 0, duplicates: 0, copies: 0, assigned: 0, newStories: 0, messages };
  const count = (made: { assigned: number; newStories: number }) => {
    result.assigned += made.assigned;
    result.newStories += made.newStories;
  };
  count(await makeStories(store, maker));
  for (let i = 0; i < articles.length; i += batchSize) {
    const done = await storeBatch(store, articles.slice(i, i + batchSize));
    result.stored += done.stored;
    result.duplicates += done.duplicates;
    result.copies += done.copies;
    count(await makeStories(store, maker, done.fresh, i + batchSize >= articles.length));
    onProgress?.(Math.min(i + batchSize, articles.length), articles.length);
  }
  if (!articles.length) await makeStories(store, maker, undefined, true);
  return result;
}
