import type { ArticleHitRow, Dialect, Owner, Sql, SqlValue } from '../sql.js';

/** A tsquery of plain words (letters and digits only, so none is read as an operator): all of them, or any. */
function tsquery(words: string[], any: boolean): string {
  return words.join(any ? ' | ' : ' & ');
}

const HEADLINE = 'StartSel=[, StopSel=], MaxWords=24, MinWords=10, ShortWord=2';

/** PostgreSQL's side: tsvector columns with GIN indexes, English stemming, bulk lookups by array. */
export const postgresDialect: Dialect = {
  kind: 'postgres',
  storySearchSet: "search = to_tsvector('english', ?)",

  async setStorySearch(sql: Sql, seq: number, body: string | null): Promise<void> {
    await sql.run("UPDATE stories SET search = to_tsvector('english', ?) WHERE seq = ?", [body, seq]);
  },

  searchArticles(sql: Sql, words: string[], any: boolean, limit: number): Promise<ArticleHitRow[]> {
    return sql.all<ArticleHitRow>(
      `SELECT h.id, h.title, h.outlet, h.date, sa.story, h.rank, ts_headline('english', left(a.text, 20000), to_tsquery('english', ?), '${HEADLINE}') AS snippet
       FROM (SELECT a.seq, a.id, a.title, a.outlet, a.date, ts_rank_cd(a.search, q) AS rank FROM articles a, to_tsquery('english', ?) q
             WHERE a.search @@ q ORDER BY rank DESC, a.seq LIMIT ?) h
       JOIN articles a ON a.seq = h.seq LEFT JOIN story_articles sa ON sa.article = h.id ORDER BY h.rank DESC, h.seq`,
      [tsquery(words, any), tsquery(words, any), limit],
    );
  },

  searchStories(sql: Sql, words: string[], any: boolean, limit: number): Promise<{ seq: number; rank: number }[]> {
    return sql.all<{ seq: number; rank: number }>(
      "SELECT s.seq, ts_rank_cd(s.search, q) AS rank FROM stories s, to_tsquery('english', ?) q WHERE s.search @@ q ORDER BY rank DESC, s.seq DESC LIMIT ?",
      [tsquery(words, any), limit],
    );
  },

  storyMatch(words: string[]): { where: string; params: SqlValue[] } {
    return { where: "s.search @@ to_tsquery('english', ?)", params: [tsquery(words, false)] };
  },

  async paragraphOwners(sql: Sql, hashes: string[]): Promise<Map<string, Owner[]>> {
    const rows = await sql.all<{ hash: string; article_seq: number; outlet_key: string }>('SELECT p.hash, p.article_seq, a.outlet_key FROM paragraphs p JOIN articles a ON a.seq = p.article_seq WHERE p.hash = ANY (?::text[])', [hashes]);
    const owners = new Map<string, Owner[]>();
    for (const r of rows) owners.set(r.hash, [...(owners.get(r.hash) ?? []), { seq: Number(r.article_seq), outlet: r.outlet_key }]);
    return owners;
  },

  async addParagraphs(sql: Sql, seq: number, hashes: string[]): Promise<void> {
    await sql.run('INSERT INTO paragraphs (hash, article_seq) SELECT unnest(?::text[]), ? ON CONFLICT DO NOTHING', [hashes, seq]);
  },
};
