import type { EntityMention, EntityType } from '../model/index.js';
import { GENERATION, GIVEN_NAMES, JOINERS } from './name-words.js';

/** A comma before a generation that ends a name: ", Jr.", ", III". */
const COMMA_GENERATION = new RegExp(`,\\s*(?=${GENERATION.source.slice(1)})`);

/**
 * Lower case, no accents, one apostrophe ("Attorney’s Office" = "Attorney's Office"), no leading
 * "the", no comma before a generation ("Paul Howard, Jr." = "Paul Howard Jr."): the form names are compared in.
 */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/^the\s+/, '').replace(/'s$/, '').replace(COMMA_GENERATION, ' ').trim();

/** The words right before offset `at` end in `word` ("the", "this"…): `precededBy(text, m.start, THE)`. */
export const precededBy = (text: string, at: number, word: RegExp): boolean => word.test(text.slice(Math.max(0, at - 6), at));
/** "the " before a mention. */
export const THE = /\bthe\s+$/i;

/** One entity being built while a story's mentions are resolved. */
export interface Cluster {
  key: string;
  names: Map<string, number>;
  type: Map<EntityType, number>;
  /** The types of its name mentions only: "the Trump administration" does not make Donald Trump an organisation. */
  nameTypes: Map<EntityType, number>;
  roles: Set<string>;
  nationality: Map<string, number>;
  mentions: Array<{ article: number; m: EntityMention }>;
}

/** The clusters of one story, by key. */
export class Clusters {
  readonly byKey = new Map<string, Cluster>();

  /** The cluster for a key, made when new. */
  get(key: string): Cluster {
    let c = this.byKey.get(key);
    if (!c) this.byKey.set(key, (c = { key, names: new Map(), type: new Map(), nameTypes: new Map(), roles: new Set(), nationality: new Map(), mentions: [] }));
    return c;
  }

  /** Puts a mention of article `a` in a cluster: its key, name, type, roles and nationality count there. */
  add(c: Cluster, a: number, m: EntityMention): void {
    m.entity = c.key;
    c.mentions.push({ article: a, m });
    const name = m.text.replace(/^the\s+/i, '');
    if (m.form === 'name') {
      c.names.set(name, (c.names.get(name) ?? 0) + 1);
      c.nameTypes.set(m.type, (c.nameTypes.get(m.type) ?? 0) + 1);
    }
    c.type.set(m.type, (c.type.get(m.type) ?? 0) + 1);
    for (const r of m.roles) c.roles.add(r);
    if (m.nationality) c.nationality.set(m.nationality, (c.nationality.get(m.nationality) ?? 0) + 1);
  }

  /** The cluster a country's name stands for, named by the country. */
  country(name: string): Cluster {
    const c = this.get(fold(name));
    if (!c.names.has(name)) c.names.set(name, 0);
    return c;
  }

  all(): Cluster[] {
    return [...this.byKey.values()];
  }
}

/** The most frequent value of a count map. */
export function majority<T>(counts: Map<T, number>): T {
  return [...counts.entries()].sort((x, y) => y[1] - x[1])[0][0];
}

/** A cluster's type: its names' when it has any, else its descriptions'. */
export const clusterType = (c: Cluster): EntityType => majority(c.nameTypes.size ? c.nameTypes : c.type);

/** Of the clusters, the one mentioned last before offset `at` in article `article`, not counting mentions `skip` rules out. */
export function nearestBefore(cs: Cluster[], article: number, at: number, skip?: (m: EntityMention) => boolean): Cluster | null {
  let best: Cluster | null = null;
  let bestAt = -1;
  for (const c of cs) for (const { article: a, m } of c.mentions) if (a === article && m.start < at && m.start > bestAt && !skip?.(m)) [best, bestAt] = [c, m.start];
  return best;
}

/** The proper name to show: a full name, the most frequent, else the description. */
export function canonicalName(c: Cluster): string {
  // The full name written most often ("Donald Trump" over a headline's "Will Donald Trump"), the
  // longer of two as frequent ("David H. Petraeus"); a single word only when no full name is written.
  // A full name opens with a given name when one is known: "Donald Trump Jr." over "Trump Jr.".
  // A surname with its particle ("Le Pen", "De Blasio") is no full name: "Marine Le Pen" is.
  const fullness = (n: string) => {
    const w = n.toLowerCase().split(' ');
    return (JOINERS.has(w[0]) && w.length === 2 ? 1 : Math.min(w.length, 2)) + (w.length > 1 && GIVEN_NAMES.has(w[0]) ? 1 : 0);
  };
  // A transcript's speaker label in capitals ("AMY GOODMAN:") only when nothing as full is written
  // ("Amy" is not), and then in title case.
  const shouting = (n: string) => (n.length > 4 && n.includes(' ') && n === n.toUpperCase() && /\p{Lu}/u.test(n) ? 1 : 0);
  // A country goes by the name it is filed under ("Russia", not "Russian Federation"; "Israel", not
  // "State of Israel"), unless English seldom writes that name ("Türkiye").
  const country = majority(c.type) === 'place' && c.names.size > 1 ? [...c.names.keys()].find((n) => fold(n) === c.key && n !== n.toUpperCase() && /^[\p{ASCII}]+$/u.test(n)) : undefined;
  if (country) return country;
  const names = [...c.names.entries()].sort((x, y) => fullness(y[0]) - fullness(x[0]) || shouting(x[0]) - shouting(y[0]) || y[1] - x[1] || y[0].split(' ').length - x[0].split(' ').length);
  if (names.length) return shouting(names[0][0]) ? titleCase(names[0][0]) : names[0][0];
  const m = c.mentions[0].m;
  return m.text.replace(/^\p{Ll}/u, (ch) => ch.toUpperCase());
}

/** "AMY GOODMAN" → "Amy Goodman", "BBC NEWS" → "BBC News": initials (no vowel) stay in capitals. */
const titleCase = (n: string): string =>
  n.replace(/\p{L}+/gu, (w) => (/^[^AEIOUY]+$/u.test(w) && !/^(MRS?|MS|DR|JR|SR|ST)$/.test(w) ? w : w[0] + w.slice(1).toLowerCase()));
