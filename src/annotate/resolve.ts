import type { AnnotatedArticle, Entity, EntityMention, EntityType } from '../model/index.js';
import { loadSet } from '../lexicon/index.js';
import { places } from './places.js';

const LEADER_ROLES = loadSet('annotate/leader-roles');

/** Lower case, no accents, no leading "the": the form names are compared in. */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[’']s$/, '').trim();

interface Cluster {
  key: string;
  names: Map<string, number>;
  type: Map<EntityType, number>;
  roles: Set<string>;
  nationality: Map<string, number>;
  mentions: Array<{ article: number; m: EntityMention }>;
}

/**
 * Gives every entity mention of the story one canonical entity: "Vladimir Putin", "Putin" and
 * "the Russian leader" become one, when the text makes it clear. Quote speakers are then named
 * by their entity. Returns the articles with `entity` keys filled and the story's entities.
 */
export function resolveEntities(input: AnnotatedArticle[]): { articles: AnnotatedArticle[]; entities: Entity[] } {
  const articles = input.map((a) => ({ ...a, entities: a.entities.map((m) => ({ ...m })) }));
  const clusters = new Map<string, Cluster>();
  const get = (key: string) => {
    let c = clusters.get(key);
    if (!c) clusters.set(key, (c = { key, names: new Map(), type: new Map(), roles: new Set(), nationality: new Map(), mentions: [] }));
    return c;
  };
  const add = (c: Cluster, a: number, m: EntityMention) => {
    m.entity = c.key;
    c.mentions.push({ article: a, m });
    if (m.form === 'name') c.names.set(m.text.replace(/^the\s+/i, ''), (c.names.get(m.text) ?? 0) + 1);
    c.type.set(m.type, (c.type.get(m.type) ?? 0) + 1);
    for (const r of m.roles) c.roles.add(r);
    if (m.nationality) c.nationality.set(m.nationality, (c.nationality.get(m.nationality) ?? 0) + 1);
  };
  const all = articles.flatMap((art, a) => art.entities.map((m) => ({ a, m })));
  const names = all.filter(({ m }) => m.form === 'name');
  // 1. Full person names, by surname and compatible first name.
  const surnames = new Map<string, Cluster[]>();
  for (const { a, m } of names) {
    if (m.type !== 'person' || m.text.split(/\s+/).length < 2) continue;
    const words = fold(m.text).split(/\s+/);
    const bySurname = surnames.get(words.at(-1)!) ?? [];
    const found = bySurname.find((c) => samePerson(c.key, words));
    const c = found ?? get(words.join(' '));
    if (!found) surnames.set(words.at(-1)!, [...bySurname, c]);
    add(c, a, m);
  }
  // A single word may also be the first name of a two-word name ("Kamala" for Kamala Harris).
  const firstNames = new Map<string, Cluster[]>();
  for (const c of clusters.values()) {
    const w = c.key.split(' ');
    if (w.length === 2) firstNames.set(w[0], [...(firstNames.get(w[0]) ?? []), c]);
  }
  // 2. Single words and other names: a surname of one known person, a country, or themselves.
  for (const { a, m } of names) {
    if (m.entity) continue;
    const f = fold(m.text);
    const byName = surnames.get(f) ?? (f.includes(' ') ? [] : firstNames.get(f) ?? []);
    if (byName.length && m.type !== 'organization' && m.type !== 'place') {
      m.type = 'person';
      add(nearest(byName, a) ?? byName[0], a, m);
      continue;
    }
    const place = places().get(f);
    if (place && place.as === 'name' && /^\p{Lu}/u.test(m.text)) {
      m.type = 'place';
      const c = get(fold(place.country));
      if (!c.names.has(place.country)) c.names.set(place.country, 0);
      add(c, a, m);
    } else add(get(f), a, m);
  }
  // 3. Descriptions: the person whose roles and nationality fit, nearest before in the same article.
  for (const art of articles.map((x, a) => ({ x, a }))) {
    for (const m of art.x.entities) {
      if (m.form !== 'description') continue;
      if (m.type === 'organization') {
        // "the company" after "Halden Lake Lines": the organisation named last; else the group itself.
        const bare = /^(company|firm|operator|group|ministry|department|agency|council|government|administration)$/.test(fold(m.text));
        const orgs = [...clusters.values()].filter((c) => majority(c.type) === 'organization' && c.names.size > 0);
        const named = bare ? nearestBefore(orgs, art.a, m.start) : null;
        add(named ?? get(fold(m.text)), art.a, m);
        continue;
      }
      const fits = [...clusters.values()].filter((c) => majority(c.type) === 'person' && fitsRole(c, m));
      const pick = nearestBefore(fits, art.a, m.start) ?? (fits.length === 1 ? fits[0] : null);
      add(pick ?? get(fold([m.nationality, ...m.roles].filter(Boolean).join(' '))), art.a, m);
    }
  }
  const entities: Entity[] = [...clusters.values()].map((c) => ({
    key: c.key,
    name: canonicalName(c),
    type: majority(c.type),
    aliases: [...new Set(c.mentions.map(({ m }) => m.text))],
    nationality: c.nationality.size ? majority(c.nationality) : null,
  }));
  const byKey = new Map(entities.map((e) => [e.key, e]));
  return { articles: articles.map((art) => nameSpeakers(art, byKey)), entities };
}

function samePerson(key: string, words: string[]): boolean {
  const k = key.split(' ');
  if (k.at(-1) !== words.at(-1)) return false;
  return k[0] === words[0] || k[0][0] === words[0][0] || k.length !== words.length;
}

function fitsRole(c: Cluster, m: EntityMention): boolean {
  const role = m.roles[0];
  const roles = [...c.roles];
  const roleOk = role === 'leader' ? roles.some((r) => LEADER_ROLES.has(r)) : roles.some((r) => r === role || r.endsWith(` ${role}`));
  if (!roleOk) return false;
  if (!m.nationality) return true;
  return c.nationality.has(m.nationality);
}

function nearest(cs: Cluster[], article: number): Cluster | undefined {
  return cs.find((c) => c.mentions.some((x) => x.article === article));
}

function nearestBefore(cs: Cluster[], article: number, at: number): Cluster | null {
  let best: Cluster | null = null;
  let bestAt = -1;
  for (const c of cs) for (const { article: a, m } of c.mentions) if (a === article && m.start < at && m.start > bestAt) [best, bestAt] = [c, m.start];
  return best;
}

function majority<T>(counts: Map<T, number>): T {
  return [...counts.entries()].sort((x, y) => y[1] - x[1])[0][0];
}

/** The fullest proper name seen (most words, then most frequent), else the description. */
function canonicalName(c: Cluster): string {
  const names = [...c.names.entries()].sort((x, y) => y[0].split(' ').length - x[0].split(' ').length || y[1] - x[1]);
  if (names.length) return names[0][0];
  const m = c.mentions[0].m;
  return m.text.replace(/^\p{Ll}/u, (ch) => ch.toUpperCase());
}

/** Fills each quote's and sentence's canonical speaker from the entity at the speaker's span. */
function nameSpeakers(art: AnnotatedArticle, byKey: Map<string, Entity>): AnnotatedArticle {
  const quotes = art.quotes.map((q) => {
    if (!q.speakerSpan) return q;
    const m = art.entities.find((e) => e.start < q.speakerSpan!.end && e.end > q.speakerSpan!.start);
    return m ? { ...q, speaker: byKey.get(m.entity)?.name ?? q.speaker } : q;
  });
  const sentences = art.sentences.map((s) => {
    const q = quotes.find((x) => x.sentence === s.index && x.speaker && s.voice === 'quoted');
    return q ? { ...s, speaker: q.speaker } : s;
  });
  return { ...art, quotes, sentences };
}
