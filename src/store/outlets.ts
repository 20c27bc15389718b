import { domainChain, hostOf, normaliseDomain } from './identity.js';
import type { Sql } from './sql.js';
import type { Lean, Outlet, OutletImport } from './types.js';

/** An outlet row joined to what articles need of it. */
export interface OutletRow {
  id: number;
  name: string;
  lean: Lean | null;
  country: string | null;
  owner: string | null;
}

const COLUMNS = 'o.id, o.name, o.lean, o.country, o.owner';

/** The outlet record of a domain, or of its nearest listed parent domain. */
export async function findByDomain(sql: Sql, domainOrUrl: string): Promise<OutletRow | null> {
  const chain = domainChain(hostOf(domainOrUrl));
  if (!chain.length) return null;
  const rows = await sql.all<OutletRow & { domain: string }>(
    `SELECT ${COLUMNS}, d.domain FROM outlet_domains d JOIN outlets o ON o.id = d.outlet_id WHERE d.domain IN (${chain.map(() => '?').join(', ')})`,
    chain,
  );
  return rows.sort((a, b) => b.domain.length - a.domain.length)[0] ?? null;
}

/** The outlet record named `name` (case-insensitive), or null. */
export async function findByName(sql: Sql, name: string): Promise<OutletRow | null> {
  return (await sql.get<OutletRow>(`SELECT ${COLUMNS} FROM outlets o WHERE o.key = ?`, [name.trim().toLowerCase()])) ?? null;
}

/** How long the outlets read into memory are trusted before being read again (ms): another process may import. */
export const OUTLETS_TTL = 5000;

const LOOKS_LIKE_DOMAIN = /\.[a-z]{2,}$/i;

/**
 * The outlets table in memory, for matching every article put to its outlet without a query each:
 * read again when older than OUTLETS_TTL or after an import.
 */
export class OutletDirectory {
  private loadedAt = -Infinity;
  private byDomain = new Map<string, OutletRow>();
  private byName = new Map<string, OutletRow>();

  /** Forgets what was read, so that the next lookup reads the table again. */
  invalidate(): void {
    this.loadedAt = -Infinity;
  }

  private async load(sql: Sql): Promise<void> {
    const rows = await sql.all<OutletRow & { domain: string | null }>(`SELECT ${COLUMNS}, d.domain FROM outlets o LEFT JOIN outlet_domains d ON d.outlet_id = o.id`);
    this.byDomain = new Map();
    this.byName = new Map();
    for (const { domain, ...row } of rows) {
      const r = { ...row, id: Number(row.id) };
      this.byName.set(r.name.trim().toLowerCase(), r);
      if (domain) this.byDomain.set(domain, r);
    }
    this.loadedAt = Date.now();
  }

  private domain(domainOrUrl: string): OutletRow | null {
    for (const d of domainChain(hostOf(domainOrUrl))) {
      const found = this.byDomain.get(d);
      if (found) return found;
    }
    return null;
  }

  /**
   * The outlet record an article belongs to: by its URL's domain, else by the outlet name it gives,
   * else by that name read as a domain ("cnn.com").
   */
  async resolve(sql: Sql, host: string, outlet: string): Promise<OutletRow | null> {
    if (Date.now() - this.loadedAt > OUTLETS_TTL) await this.load(sql);
    return (host ? this.domain(host) : null) ?? this.byName.get(outlet.trim().toLowerCase()) ?? (LOOKS_LIKE_DOMAIN.test(outlet.trim()) ? this.domain(outlet) : null);
  }
}

/** Outlets with their domains, by name. */
export async function listOutlets(sql: Sql): Promise<Outlet[]> {
  const rows = await sql.all<OutletRow>(`SELECT ${COLUMNS} FROM outlets o ORDER BY o.key`);
  const domains = await sql.all<{ outlet_id: number; domain: string }>('SELECT outlet_id, domain FROM outlet_domains ORDER BY domain');
  const byOutlet = new Map<number, string[]>();
  for (const d of domains) byOutlet.set(Number(d.outlet_id), [...(byOutlet.get(Number(d.outlet_id)) ?? []), d.domain]);
  return rows.map((r) => toOutlet(r, byOutlet.get(Number(r.id)) ?? []));
}

/** An outlet row and its domains as an `Outlet`. */
export function toOutlet(r: OutletRow, domains: string[]): Outlet {
  return { name: r.name, domains, lean: r.lean ?? null, country: r.country ?? null, owner: r.owner ?? null };
}

/**
 * Adds or updates outlets by name (a domain listed again moves to its latest outlet), then points
 * stored articles at their outlets afresh. Resolves to the counts and the stories whose coverage may
 * have changed. Runs inside the caller's transaction.
 */
export async function importOutlets(sql: Sql, outlets: Outlet[], directory: OutletDirectory): Promise<OutletImport & { stories: string[] }> {
  let added = 0;
  let updated = 0;
  const changed = new Set<number>();
  for (const o of outlets) {
    const key = o.name.trim().toLowerCase();
    if (!key) continue;
    const old = await sql.get<{ id: number; name: string; lean: Lean | null }>('SELECT id, name, lean FROM outlets WHERE key = ?', [key]);
    const values = [o.name.trim(), o.lean, o.country, o.owner];
    let id: number;
    if (old) {
      id = Number(old.id);
      if (old.name !== o.name.trim() || old.lean !== o.lean) changed.add(id);
      await sql.run('UPDATE outlets SET name = ?, lean = ?, country = ?, owner = ? WHERE id = ?', [...values, id]);
      await sql.run('DELETE FROM outlet_domains WHERE outlet_id = ?', [id]);
      updated++;
    } else {
      const row = await sql.get<{ id: number }>('INSERT INTO outlets (name, lean, country, owner, key) VALUES (?, ?, ?, ?, ?) RETURNING id', [...values, key]);
      id = Number(row!.id);
      changed.add(id);
      added++;
    }
    for (const d of new Set(o.domains.map(normaliseDomain).filter(Boolean))) {
      await sql.run('INSERT INTO outlet_domains (domain, outlet_id) VALUES (?, ?) ON CONFLICT (domain) DO UPDATE SET outlet_id = excluded.outlet_id', [d, id]);
    }
  }
  return { added, updated, stories: await relink(sql, changed, directory) };
}

/** Points every article at its outlet record again; resolves to the stories of articles that moved or whose outlet `changed`. */
async function relink(sql: Sql, changed: Set<number>, directory: OutletDirectory): Promise<string[]> {
  directory.invalidate();
  const pairs = await sql.all<{ host: string; outlet_key: string; outlet: string; outlet_id: number | null }>(
    'SELECT host, outlet_key, min(outlet) AS outlet, min(outlet_id) AS outlet_id FROM articles GROUP BY host, outlet_key',
  );
  const stories = new Set<string>();
  for (const p of pairs) {
    const found = await directory.resolve(sql, p.host, p.outlet);
    const id = found ? Number(found.id) : null;
    const before = p.outlet_id === null ? null : Number(p.outlet_id);
    if (id !== before || (id !== null && changed.has(id))) {
      const rows = await sql.all<{ story: string }>(
        'SELECT DISTINCT sa.story FROM articles a JOIN story_articles sa ON sa.article = a.id WHERE a.host = ? AND a.outlet_key = ?',
        [p.host, p.outlet_key],
      );
      for (const r of rows) stories.add(r.story);
    }
    await sql.run('UPDATE articles SET outlet_id = ? WHERE host = ? AND outlet_key = ? AND outlet_id IS DISTINCT FROM ?', [id, p.host, p.outlet_key, id]);
  }
  return [...stories];
}
