import { summarise } from './coverage.js';
import type { Member } from './coverage.js';
import { findByDomain, findByName } from './outlets.js';
import type { Dialect, Sql, SqlValue } from './sql.js';
import type { Lean, StoryDetail, StoryFilter, StoryRecord, TimelineEntry } from './types.js';

/** Articles whose leads go into a story's searchable text; titles of all of them go in. */
const LEADS_SEARCHED = 30;
/** Characters of each lead searched. */
const LEAD_CHARS = 400;
const LEANS: readonly Lean[] = ['left', 'center', 'right'];
const STORY_COLUMNS = 's.seq, s.id, s.title, s.first_seen, s.last_seen, s.articles, s.outlets, s.sources, s.left_n, s.center_n, s.right_n, s.unknown_n, s.one_sided, s.version';

interface StoryRow {
  seq: number;
  id: string;
  title: string | null;
  first_seen: string | null;
  last_seen: string | null;
  articles: string;
  outlets: string;
  sources: number;
  left_n: number;
  center_n: number;
  right_n: number;
  unknown_n: number;
  one_sided: 'left' | 'right' | null;
  version: number;
}

interface MemberRow {
  id: string;
  outlet: string;
  title: string | null;
  date: string | null;
  url: string | null;
  copy_of: string | null;
  seen: string;
  lead: string;
  score: number;
  outlet_name: string | null;
  lean: Lean | null;
}

function toRecord(r: StoryRow): StoryRecord {
  return {
    id: r.id, title: r.title, firstSeen: r.first_seen, lastSeen: r.last_seen,
    articles: JSON.parse(r.articles) as string[], outlets: JSON.parse(r.outlets) as string[], sources: Number(r.sources),
    coverage: { left: Number(r.left_n), center: Number(r.center_n), right: Number(r.right_n), unknown: Number(r.unknown_n) },
    oneSided: r.one_sided, version: Number(r.version),
  };
}

async function members(sql: Sql, story: string): Promise<MemberRow[]> {
  return sql.all<MemberRow>(
    `SELECT a.id, a.outlet, a.title, a.date, a.url, a.copy_of, a.seen, substr(a.text, 1, ${LEAD_CHARS}) AS lead, sa.score, o.name AS outlet_name, o.lean
     FROM story_articles sa JOIN articles a ON a.id = sa.article LEFT JOIN outlets o ON o.id = a.outlet_id WHERE sa.story = ? ORDER BY a.seq`,
    [story],
  );
}

/** A story's row number and title with one of its members per row (all null for a story left empty). */
type Refreshed = Pick<MemberRow, 'id' | 'outlet' | 'title' | 'copy_of' | 'seen' | 'lead' | 'outlet_name' | 'lean'>;
type RefreshRow = { story_seq: number; story_title: string | null } & { [K in keyof Refreshed]: Refreshed[K] | null };

/**
 * Recomputes stories from their articles: dates, outlets, coverage, searchable text, and (when
 * `changed`) a new version, which makes cached comparisons stale. A story left with no article goes.
 */
export async function refreshStories(sql: Sql, dialect: Dialect, ids: Iterable<string>, changed: boolean): Promise<void> {
  const all = [...new Set(ids)];
  const byStory = new Map<string, RefreshRow[]>();
  // The members of all the stories in a few reads, 200 stories at a time.
  for (let i = 0; i < all.length; i += 200) {
    const part = all.slice(i, i + 200);
    const rows = await sql.all<RefreshRow & { story_id: string }>(
      `SELECT s.id AS story_id, s.seq AS story_seq, s.title AS story_title, a.id, a.outlet, a.title, a.copy_of, a.seen, substr(a.text, 1, ${LEAD_CHARS}) AS lead, o.name AS outlet_name, o.lean
       FROM stories s LEFT JOIN story_articles sa ON sa.story = s.id LEFT JOIN articles a ON a.id = sa.article LEFT JOIN outlets o ON o.id = a.outlet_id
       WHERE s.id IN (${part.map(() => '?').join(', ')}) ORDER BY s.id, a.seq`,
      part,
    );
    for (const r of rows) {
      const list = byStory.get(r.story_id);
      if (list) list.push(r);
      else byStory.set(r.story_id, [r]);
    }
  }
  for (const id of all) {
    const rows = byStory.get(id) ?? [];
    if (!rows.length) continue;
    const seq = Number(rows[0].story_seq);
    const list = rows.filter((r): r is RefreshRow & Refreshed => r.id !== null);
    if (!list.length) {
      if (!dialect.storySearchSet) await dialect.setStorySearch(sql, seq, null);
      await sql.run('DELETE FROM stories WHERE id = ?', [id]);
      continue;
    }
    const s = summarise(list.map((r): Member => ({ outlet: r.outlet, outletName: r.outlet_name, lean: r.lean, copyOf: r.copy_of, seen: r.seen })));
    const body = [rows[0].story_title ?? '', ...list.map((r) => r.title ?? ''), ...list.slice(0, LEADS_SEARCHED).map((r) => r.lead)].join('\n');
    const search = dialect.storySearchSet;
    await sql.run(
      `UPDATE stories SET first_seen = ?, last_seen = ?, articles = ?, outlets = ?, sources = ?, left_n = ?, center_n = ?, right_n = ?, unknown_n = ?,
       one_sided = ?, version = version + ?, updated_at = ?${search ? `, ${search}` : ''} WHERE id = ?`,
      [s.firstSeen, s.lastSeen, JSON.stringify(list.map((r) => r.id)), JSON.stringify(s.outlets), s.sources, s.coverage.left, s.coverage.center,
        s.coverage.right, s.coverage.unknown, s.oneSided, changed ? 1 : 0, new Date().toISOString(), ...(search ? [body] : []), id],
    );
    if (!search) await dialect.setStorySearch(sql, seq, body);
  }
}

/** A story with its timeline (oldest first; undated articles by arrival), or null. */
export async function getStory(sql: Sql, id: string): Promise<StoryDetail | null> {
  const row = await sql.get<StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = ?`, [id]);
  if (!row) return null;
  const rows = (await members(sql, id)).sort((a, b) => (a.seen < b.seen ? -1 : a.seen > b.seen ? 1 : 0));
  const timeline = rows.map((r): TimelineEntry => ({
    article: r.id, outlet: r.outlet, title: r.title, date: r.date, url: r.url, lean: r.lean, copyOf: r.copy_of, score: Number(r.score),
  }));
  return { ...toRecord(row), timeline };
}

/** Stories newest first under `filter` (see `StoryFilter`). */
export async function listStories(sql: Sql, dialect: Dialect, filter: StoryFilter, words: string[]): Promise<StoryRecord[]> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.since) where.push('s.last_seen >= ?'), params.push(filter.since);
  if (filter.oneSided) where.push('s.one_sided IS NOT NULL');
  if (filter.minSources && filter.minSources > 1) where.push('s.sources >= ?'), params.push(filter.minSources);
  if (filter.lean && LEANS.includes(filter.lean)) where.push(`s.${filter.lean}_n > 0`);
  if (filter.outlet) {
    const outlet = (await findByName(sql, filter.outlet)) ?? (await findByDomain(sql, filter.outlet));
    where.push('EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article WHERE sa.story = s.id AND (a.outlet_key = ? OR a.outlet_id = ?))');
    params.push(filter.outlet.trim().toLowerCase(), outlet ? Number(outlet.id) : -1);
  }
  if (filter.query !== undefined) {
    if (!words.length) return [];
    const match = dialect.storyMatch(words);
    where.push(match.where), params.push(...match.params);
  }
  const rows = await sql.all<StoryRow>(
    `SELECT ${STORY_COLUMNS} FROM stories s ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY s.last_seen DESC, s.seq DESC LIMIT ? OFFSET ?`,
    [...params, filter.limit ?? 50, filter.offset ?? 0],
  );
  return rows.map(toRecord);
}
