import type { ArticleHitRow, Dialect, Owner, Sql, SqlValue } from '../sql.js';

/** An FTS5 query: each word quoted (so none is read as an operator), all required or any one. */
function match(words: string[], any: boolean): string {
  return words.map((w) => `"${w.replace(/"/g, '')}"`).join(any ? ' OR ' : ' ');
}

/** SQLite's side: FTS5 tables kept beside `articles` (by triggers) and `stories` (here). */
export const sqliteDialect: Dialect = {
  kind: 'sqlite',
  storySearchSet: null,

  async setStorySearch(sql: Sql, seq: number, body: string | null): Promise<void> {
    await sql.run('DELETE FROM stories_fts WHERE rowid = ?', [seq]);
    if (body !== null) await sql.run('INSERT INTO stories_fts (rowid, body) VALUES (?, ?)', [seq, body]);
  },

  searchArticles(sql: Sql, words: string[], any: boolean, limit: number): Promise<ArticleHitRow[]> {
    return sql.all<ArticleHitRow>(
      `SELECT a.id, a.title, a.outlet, a.date, sa.story, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, -bm25(articles_fts, 4.0, 1.0) AS rank
       FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid LEFT JOIN story_articles sa ON sa.article = a.id
       WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 4.0, 1.0), a.seq LIMIT ?`,
      [match(words, any), limit],
    );
  },

  searchStories(sql: Sql, words: string[], any: boolean, limit: number): Promise<{ seq: number; rank: number }[]> {
    return sql.all<{ seq: number; rank: number }>(
      'SELECT rowid AS seq, -bm25(stories_fts) AS rank FROM stories_fts WHERE stories_fts MATCH ? ORDER BY bm25(stories_fts), rowid DESC LIMIT ?',
      [match(words, any), limit],
    );
  },

  storyMatch(words: string[]): { where: string; params: SqlValue[] } {
    return { where: 's.seq IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?)', params: [match(words, false)] };
  },

  async paragraphOwners(sql: Sql, hashes: string[]): Promise<Map<string, Owner[]>> {
    const owners = new Map<string, Owner[]>();
    for (let i = 0; i < hashes.length; i += 500) {
      const part = hashes.slice(i, i + 500);
      const rows = await sql.all<{ hash: string; article_seq: number; outlet_key: string }>(`SELECT p.hash, p.article_seq, a.outlet_key FROM paragraphs p JOIN articles a ON a.seq = p.article_seq WHERE p.hash IN (${part.map(() => '?').join(', ')})`, part);
      for (const r of rows) owners.set(r.hash, [...(owners.get(r.hash) ?? []), { seq: r.article_seq, outlet: r.outlet_key }]);
    }
    return owners;
  },

  async addParagraphs(sql: Sql, seq: number, hashes: string[]): Promise<void> {
    for (const h of hashes) await sql.run('INSERT INTO paragraphs (hash, article_seq) VALUES (?, ?) ON CONFLICT DO NOTHING', [h, seq]);
  },
};
