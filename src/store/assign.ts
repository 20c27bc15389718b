import { StoreError } from './errors.js';
import type { Dialect, Sql, SqlValue } from './sql.js';
import { refreshStories } from './stories.js';
import type { StoryAssignment } from './types.js';

/** Rows per multi-row statement: far under both databases' limits on parameters. */
const ROWS = 200;

/** Runs `sql` once per slice of `rows`, each row's values in `(?, ?, …)` after `head`, then `tail`. */
async function insertRows(sql: Sql, head: string, rows: SqlValue[][], tail = ''): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS) {
    const part = rows.slice(i, i + ROWS);
    await sql.run(`${head} VALUES ${part.map((r) => `(${r.map(() => '?').join(', ')})`).join(', ')} ${tail}`, part.flat());
  }
}

/** Rows of `select … WHERE column IN (…)` for all `ids`, a slice at a time. */
async function rowsFor<T>(sql: Sql, select: string, ids: string[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    out.push(...(await sql.all<T>(select.replace('(?)', `(${part.map(() => '?').join(', ')})`), part)));
  }
  return out;
}

/**
 * Puts articles into stories (see `Store.assign`), under the `stories` lock, in a few statements
 * for the whole list: what the articles and stories are now in two reads, new stories and new
 * memberships in multi-row writes, then the stories touched refreshed. Each membership that changes
 * is numbered after the highest so far; resolves to the last number.
 */
export async function assign(root: Sql, dialect: Dialect, assignments: StoryAssignment[]): Promise<number> {
  return root.transaction(async (sql) => {
    let last = Number((await sql.get<{ n: number | null }>('SELECT max(assigned) AS n FROM story_articles'))?.n ?? 0);
    if (!assignments.length) return last;
    const articles = new Map(
      (await rowsFor<{ id: string; title: string | null; story: string | null; score: number | null }>(
        sql, 'SELECT a.id, a.title, sa.story, sa.score FROM articles a LEFT JOIN story_articles sa ON sa.article = a.id WHERE a.id IN (?)',
        [...new Set(assignments.map((a) => a.article))],
      )).map((r) => [r.id, r]),
    );
    const stories = new Map(
      (await rowsFor<{ id: string; title: string | null }>(sql, 'SELECT id, title FROM stories WHERE id IN (?)', [...new Set(assignments.map((a) => a.story))])).map((r) => [r.id, r.title]),
    );
    const now = new Date().toISOString();
    const created = new Map<string, SqlValue[]>();
    const links: SqlValue[][] = [];
    const touched = new Set<string>();
    for (const a of assignments) {
      const found = articles.get(a.article);
      if (!found) throw new StoreError('STORE_UNKNOWN_ARTICLE', a.article);
      const pending = created.get(a.story);
      if (!stories.has(a.story)) {
        stories.set(a.story, a.title ?? found.title);
        created.set(a.story, [a.story, a.title ?? found.title, now]);
      } else if (a.title !== undefined && a.title !== stories.get(a.story)) {
        stories.set(a.story, a.title);
        if (pending) pending[1] = a.title;
        else await sql.run('UPDATE stories SET title = ? WHERE id = ?', [a.title, a.story]);
        touched.add(a.story);
      }
      if (found.story === a.story) {
        if (Number(found.score) !== a.score) await sql.run('UPDATE story_articles SET score = ? WHERE article = ?', [a.score, a.article]);
        continue;
      }
      links.push([a.article, a.story, a.score, ++last]);
      touched.add(a.story);
      if (found.story) touched.add(found.story);
      articles.set(a.article, { ...found, story: a.story, score: a.score });
    }
    await insertRows(sql, 'INSERT INTO stories (id, title, updated_at)', [...created.values()]);
    // One article twice in a list: its last assignment stands.
    const latest = [...new Map(links.map((l) => [l[0], l])).values()];
    await insertRows(sql, 'INSERT INTO story_articles (article, story, score, assigned)', latest,
      'ON CONFLICT (article) DO UPDATE SET story = excluded.story, score = excluded.score, assigned = excluded.assigned');
    await refreshStories(sql, dialect, touched, true);
    return last;
  }, 'stories');
}
