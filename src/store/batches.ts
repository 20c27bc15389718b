import type { Sql } from './sql.js';
import type { Batch, BatchState, RecordedAssignment } from './types.js';

/**
 * Reserves `count` batch numbers after the highest so far, as queued batches: their order is the
 * order in which their articles are put into stories, whoever stores them.
 */
export async function queueBatches(root: Sql, count: number): Promise<number[]> {
  return root.transaction(async (sql) => {
    const top = Number((await sql.get<{ n: number | null }>('SELECT max(n) AS n FROM batches'))?.n ?? 0);
    const now = new Date().toISOString();
    const numbers = Array.from({ length: count }, (_, i) => top + 1 + i);
    for (const n of numbers) await sql.run("INSERT INTO batches (n, state, created_at, updated_at) VALUES (?, 'queued', ?, ?)", [n, now, now]);
    return numbers;
  }, 'batches');
}

/** Records a batch's state (and, when given, how many articles it stored), creating the batch if need be. */
export async function setBatch(sql: Sql, n: number, state: BatchState, articles?: number): Promise<void> {
  const now = new Date().toISOString();
  await sql.run(
    `INSERT INTO batches (n, state, articles, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (n) DO UPDATE SET state = excluded.state, articles = CASE WHEN ? THEN excluded.articles ELSE batches.articles END, updated_at = excluded.updated_at`,
    [n, state, articles ?? 0, now, now, articles === undefined ? 0 : 1],
  );
}

/** The first batch still to be put into stories (queued or stored), or null when all are done. */
export async function nextBatch(sql: Sql): Promise<Batch | null> {
  const row = await sql.get<{ n: number; state: BatchState; articles: number }>(
    "SELECT n, state, articles FROM batches WHERE state IN ('queued', 'stored') ORDER BY n LIMIT 1",
  );
  return row ? { n: Number(row.n), state: row.state, articles: Number(row.articles) } : null;
}

/** A batch's articles that are in no story yet, in the order they were stored. */
export async function batchArticles(sql: Sql, n: number): Promise<string[]> {
  const rows = await sql.all<{ id: string }>(
    'SELECT a.id FROM articles a WHERE a.batch = ? AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article = a.id) ORDER BY a.seq',
    [n],
  );
  return rows.map((r) => r.id);
}

/** Assignments made after number `after`, in the order made (at most `limit`). */
export async function assignmentsSince(sql: Sql, after: number, limit: number): Promise<RecordedAssignment[]> {
  const rows = await sql.all<{ assigned: number; article: string; story: string; score: number }>(
    'SELECT assigned, article, story, score FROM story_articles WHERE assigned > ? ORDER BY assigned LIMIT ?',
    [after, limit],
  );
  return rows.map((r) => ({ seq: Number(r.assigned), article: r.article, story: r.story, score: Number(r.score) }));
}
