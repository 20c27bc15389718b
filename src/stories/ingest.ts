import type { ArticleInput, Message } from '../model/index.js';
import { toArticles } from '../ingest/normalize.js';
import { createClusterer, type Clusterer, type ClustererState } from '../cluster/index.js';
import type { Store, StoryAssignment } from '../store/types.js';

/** What one ingest did. */
export interface IngestResult {
  /** Articles read and stored for the first time. */
  stored: number;
  /** Articles already in the store (same canonical URL, or same text from the same outlet). */
  duplicates: number;
  /** Syndicated copies of another outlet's article: stored, not counted as independent coverage. */
  copies: number;
  /** Articles put into stories, including ones an interrupted run had left unassigned. */
  assigned: number;
  /** Stories the new articles started. */
  newStories: number;
  messages: Message[];
}

/** How many articles go into one transaction: each batch is committed whole or not at all. */
export const BATCH = 100;

const STATE = 'clusterer';

/**
 * Stores articles and groups them into stories as they arrive. Idempotent and resumable: an article
 * already stored is not stored twice, and articles an interrupted run stored but did not assign are
 * assigned first. Each batch is one transaction holding the store's ingest lock, and the clusterer's
 * state is reloaded when another process changed it, so several workers can share one database.
 * @example await ingest(await openStore(), [{ outlet: 'Wire', text: '…', date: '2024-05-01' }])
 */
export async function ingest(store: Store, inputs: ArticleInput[], onProgress?: (done: number, total: number) => void): Promise<IngestResult> {
  const { articles, messages } = toArticles(inputs);
  const result: IngestResult = { stored: 0, duplicates: 0, copies: 0, assigned: 0, newStories: 0, messages };
  let cached: { stamp: number; clusterer: Clusterer } | null = null;
  const clustererIn = async (tx: Store): Promise<Clusterer> => {
    const stamp = await tx.stateStamp(STATE);
    if (!cached || cached.stamp !== stamp) {
      const state = await tx.getState<ClustererState>(STATE);
      cached = { stamp, clusterer: createClusterer({}, state ?? undefined) };
    }
    return cached.clusterer;
  };
  const save = async (tx: Store, clusterer: Clusterer) => {
    cached = { stamp: await tx.putState(STATE, clusterer.state()), clusterer };
  };
  // 1. Finish what an interrupted run left unassigned.
  for (let left = await store.unassigned(BATCH); left.length; left = await store.unassigned(BATCH)) {
    const before = result.assigned;
    await store.transaction(async (tx) => {
      const clusterer = await clustererIn(tx);
      const assignments: StoryAssignment[] = [];
      for (const a of await tx.getArticles(left)) assignments.push(assign(clusterer, a, result));
      await tx.assign(assignments);
      await save(tx, clusterer);
    });
    if (result.assigned === before) break;
  }
  // 2. Store and assign the new articles, a batch per transaction.
  for (let i = 0; i < articles.length; i += BATCH) {
    const batch = articles.slice(i, i + BATCH);
    await store.transaction(async (tx) => {
      const clusterer = await clustererIn(tx);
      const assignments: StoryAssignment[] = [];
      for (const article of batch) {
        const put = await tx.putArticle(article);
        if (!put.isNew) {
          result.duplicates++;
          continue;
        }
        result.stored++;
        if (put.copyOf) result.copies++;
        assignments.push(assign(clusterer, { ...article, id: put.id }, result));
      }
      await tx.assign(assignments);
      await save(tx, clusterer);
    });
    onProgress?.(Math.min(i + BATCH, articles.length), articles.length);
  }
  return result;
}

function assign(clusterer: Clusterer, a: { id: string; title: string | null; text: string; date: string | null; outlet: string }, result: IngestResult): StoryAssignment {
  const placed = clusterer.add({ id: a.id, title: a.title, text: a.text, date: a.date, outlet: a.outlet });
  result.assigned++;
  if (placed.isNew) result.newStories++;
  return { article: a.id, story: placed.story, score: placed.score, title: placed.isNew ? (a.title ?? headline(a.text)) : undefined };
}

/** A title for an untitled article: its first line, cut to a headline's length at a word. */
function headline(text: string): string {
  const line = text.trim().split('\n')[0].replace(/\s+/g, ' ');
  if (line.length <= 90) return line;
  return `${line.slice(0, line.lastIndexOf(' ', 90))}…`;
}
