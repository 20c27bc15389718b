import { COPY_SHARE } from '../clean/copies.js';
import type { Article } from '../model/index.js';
import { canonicalUrl, contentHash, hostOf, paragraphPrints } from './identity.js';
import type { OutletDirectory } from './outlets.js';
import type { Dialect, Owner, Sql, SqlValue } from './sql.js';
import type { Lean, PutResult, StoredArticle } from './types.js';

/** A paragraph found in this many articles is boilerplate or a stock phrase: it proves no copy and is recorded no more. */
export const COMMON_PARAGRAPH = 50;

/** An `articles` row with its story and outlet, as `SELECT_ARTICLE` reads it. */
interface ArticleRow {
  seq: number;
  id: string;
  outlet: string;
  title: string | null;
  url: string | null;
  date: string | null;
  authors: string;
  language: string | null;
  source: string;
  text: string;
  hash: string;
  copy_of: string | null;
  messages: string;
  added_at: string;
  story: string | null;
  outlet_name: string | null;
  lean: Lean | null;
}

const SELECT_ARTICLE = `SELECT a.seq, a.id, a.outlet, a.title, a.url, a.date, a.authors, a.language, a.source, a.text, a.hash,
  a.copy_of, a.messages, a.added_at, sa.story, o.name AS outlet_name, o.lean
  FROM articles a LEFT JOIN story_articles sa ON sa.article = a.id LEFT JOIN outlets o ON o.id = a.outlet_id`;

/** An article as stored, from its row. */
function toArticle(r: ArticleRow): StoredArticle {
  return {
    id: r.id, outlet: r.outlet, title: r.title, url: r.url, date: r.date, authors: JSON.parse(r.authors) as string[],
    language: r.language, source: r.source, text: r.text, copyOf: r.copy_of, messages: JSON.parse(r.messages) as StoredArticle['messages'],
    hash: r.hash, addedAt: r.added_at, story: r.story, outletName: r.outlet_name, lean: r.lean,
  };
}

/** Stored articles by id, in the order asked. */
export async function getArticles(sql: Sql, ids: string[]): Promise<StoredArticle[]> {
  const found = new Map<string, StoredArticle>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const rows = await sql.all<ArticleRow>(`${SELECT_ARTICLE} WHERE a.id IN (${part.map(() => '?').join(', ')})`, part);
    for (const r of rows) found.set(r.id, toArticle(r));
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** An article already stored under the same canonical URL or with the same text. */
interface Known {
  id: string;
  copy_of: string | null;
  outlet_key: string;
  canonical_url: string | null;
  hash: string;
}

/** Stored articles with this URL or this text, oldest first (a few: enough to tell). */
function known(sql: Sql, url: string | null, hash: string): Promise<Known[]> {
  return sql.all<Known>('SELECT id, copy_of, outlet_key, canonical_url, hash FROM articles WHERE hash = ? OR canonical_url = ? ORDER BY seq LIMIT 50', [hash, url]);
}

/** The stored article that is this one again: same canonical URL, or same text from the same outlet. */
function same(rows: Known[], url: string | null, outletKey: string, hash: string): Known | undefined {
  return rows.find((k) => url !== null && k.canonical_url === url) ?? rows.find((k) => k.hash === hash && k.outlet_key === outletKey);
}

/**
 * The original of a syndicated copy: the first article with the same text, else the article of
 * another outlet sharing the most paragraphs (`owners`: paragraph → articles holding it) when they
 * make COPY_SHARE of this text's paragraphs (at least two; an outlet's own articles share its
 * boilerplate). A copy of a copy points at the first original.
 */
async function findOriginal(sql: Sql, rows: Known[], text: { hash: string; outlet: string; prints: string[] }, owners: Map<string, Owner[]>): Promise<string | null> {
  const twin = rows.find((k) => k.hash === text.hash);
  if (twin) return twin.copy_of ?? twin.id;
  if (text.prints.length < 2) return null;
  const shared = new Map<number, number>();
  for (const list of owners.values()) {
    if (list.length >= COMMON_PARAGRAPH) continue;
    for (const o of list) if (o.outlet !== text.outlet) shared.set(o.seq, (shared.get(o.seq) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const [seq, n] of shared) if (!best || n > best[1] || (n === best[1] && seq < best[0])) best = [seq, n];
  if (!best || best[1] < 2 || best[1] < COPY_SHARE * text.prints.length) return null;
  const original = await sql.get<{ id: string; copy_of: string | null }>('SELECT id, copy_of FROM articles WHERE seq = ?', [best[0]]);
  return original ? (original.copy_of ?? original.id) : null;
}

/** The id with a piece of its hash, numbered if need be, for an article whose own id another holds. */
async function freeId(sql: Sql, id: string, hash: string): Promise<string> {
  const taken = async (candidate: string): Promise<boolean> => !!(await sql.get('SELECT 1 AS x FROM articles WHERE id = ?', [candidate]));
  const base = `${id}-${hash.slice(0, 8)}`;
  let candidate = base;
  for (let n = 2; await taken(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

const INSERT = `INSERT INTO articles (id, outlet, outlet_key, host, outlet_id, title, url, canonical_url, date, authors, language, source, text, hash, copy_of, messages, added_at, seen, batch)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING seq`;

/**
 * Stores an article once (see `Store.putArticle`). Runs under the `articles` lock, so that two
 * processes putting copies of one text see each other's; an article of a numbered batch runs under
 * that batch's lock instead, so that workers store their batches side by side (two workers storing
 * one text at the same moment still store it once, by the unique indexes; two outlets' copies of a
 * wire story stored at the same moment may both count as originals).
 */
export async function putArticle(root: Sql, dialect: Dialect, outlets: OutletDirectory, article: Article, batch?: number): Promise<PutResult> {
  const url = canonicalUrl(article.url);
  const hash = contentHash(article.text);
  const outletKey = article.outlet.trim().toLowerCase();
  const host = hostOf(article.url);
  return root.transaction(async (sql) => {
    const rows = await known(sql, url, hash);
    const found = same(rows, url, outletKey, hash);
    if (found) return { id: found.id, isNew: false, copyOf: found.copy_of };
    const prints = paragraphPrints(article.text);
    const owners = prints.length ? await dialect.paragraphOwners(sql, prints) : new Map<string, Owner[]>();
    const copyOf = (await findOriginal(sql, rows, { hash, outlet: outletKey, prints }, owners)) ?? article.copyOf ?? null;
    const outlet = await outlets.resolve(sql, host, article.outlet);
    const addedAt = new Date().toISOString();
    const values = (id: string): SqlValue[] => [id, article.outlet, outletKey, host, outlet ? outlet.id : null, article.title, article.url, url, article.date,
      JSON.stringify(article.authors), article.language, article.source, article.text, hash, copyOf, JSON.stringify(article.messages), addedAt, article.date ?? addedAt, batch ?? null];
    let id = article.id;
    let row = await sql.get<{ seq: number }>(INSERT, values(id));
    if (!row) {
      // Another process stored it meanwhile (or it hid behind many copies), or the id belongs to another article.
      const now = await sql.get<Pick<Known, 'id' | 'copy_of'>>('SELECT id, copy_of FROM articles WHERE canonical_url = ? OR (outlet_key = ? AND hash = ?) ORDER BY seq LIMIT 1', [url, outletKey, hash]);
      if (now) return { id: now.id, isNew: false, copyOf: now.copy_of };
      id = await freeId(sql, id, hash);
      row = await sql.get<{ seq: number }>(INSERT, values(id));
      if (!row) throw new Error(`article ${id} could not be stored`);
    }
    // A paragraph already in COMMON_PARAGRAPH articles is boilerplate: not recorded again, so that lookups stay short.
    const kept = prints.filter((p) => (owners.get(p)?.length ?? 0) < COMMON_PARAGRAPH);
    if (kept.length) await dialect.addParagraphs(sql, Number(row.seq), kept);
    return { id, isNew: true, copyOf };
  }, batch === undefined ? 'articles' : `batch:${batch}`);
}
