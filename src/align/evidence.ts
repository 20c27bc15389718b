import type { AnnotatedArticle, Span } from '../model/index.js';
import type { Vector } from '../text/vector.js';
import type { Claim } from './claims.js';
import { stem } from './features.js';

/**
 * What a shared term is worth when the two claims use it about different things: a number whose
 * surrounding words differ ("energy targets for 30 days" / "a 30-day ceasefire"), or a noun qualified
 * differently on each side ("energy and infrastructure ceasefire" / "maritime ceasefire").
 */
const UNSUPPORTED = 0.25;
/** Two claims naming different people tell of different encounters (Starmer–Trump vs Trump–Putin). */
const OTHER_PARTICIPANTS = 0.75;
/**
 * Two claims that share a single word ("Tensions rippled beyond tariffs" / "We're holding on
 * tariffs"), or only names, share a topic, not a fact: their similarity counts this much.
 */
const ONE_PIECE = 0.4;

/** What a claim's terms are about, to judge whether a shared term means the same thing on both sides. */
export interface Profile {
  /** Number terms (`#30:day`, `#30`) → the nouns right around the number. */
  numbers: Map<string, Set<string>>;
  /** A noun's stem → the stems qualifying it in the claim (`cease` → {infra} for "infrastructure ceasefire"). */
  qualifiers: Map<string, Set<string>>;
  /** Canonical keys of the people the claim names. */
  persons: Set<string>;
}

/**
 * The content words right around a number, its unit left out: what it counts ("killing 12 people").
 * `pos` picks the parts of speech that count (nouns only: what the number is about).
 */
export function contextOf(art: AnnotatedArticle, c: Claim, n: Span & { unit?: string | null }, pos = /^(NOUN|VERB|ADJ|PROPN)$/): Set<string> {
  const out = new Set<string>();
  const content = (k: number) => !art.tokens[k].stop && pos.test(art.tokens[k].pos);
  let first = c.tokenStart;
  while (first < c.tokenEnd && art.tokens[first].end <= n.start) first++;
  let last = first;
  while (last < c.tokenEnd && art.tokens[last].start < n.end) last++;
  for (let k = first - 1, got = 0; k >= c.tokenStart && first - k <= 4 && got < 2; k--) if (content(k)) (out.add(stem(art.tokens[k].lemma)), got++);
  for (let k = last, got = 0; k < c.tokenEnd && k - last < 4 && got < 2; k++) if (content(k)) (out.add(stem(art.tokens[k].lemma)), got++);
  if (n.unit) out.delete(stem(n.unit));
  return out;
}

/** The profile of a claim, from its own words (`terms`: its terms before any borrowing). */
export function profileOf(art: AnnotatedArticle, c: Claim, terms: Map<string, number>): Profile {
  const numbers = new Map<string, Set<string>>();
  for (const n of art.numbers) {
    if (n.start < c.start || n.end > c.end) continue;
    const context = contextOf(art, c, n, /^(NOUN|PROPN)$/);
    for (const t of n.unit ? [`#${n.value}:${stem(n.unit)}`, `#${n.value}`] : [`#${n.value}`]) numbers.set(t, new Set([...(numbers.get(t) ?? []), ...context]));
  }
  const qualifiers = new Map<string, Set<string>>();
  for (const t of terms.keys()) {
    const plus = t.indexOf('+');
    if (plus < 1) continue;
    const head = t.slice(plus + 1);
    qualifiers.set(head, new Set([...(qualifiers.get(head) ?? []), t.slice(0, plus)]));
  }
  const persons = new Set(art.entities.filter((m) => m.type === 'person' && m.entity && m.start >= c.start && m.end <= c.end).map((m) => m.entity));
  return { numbers, qualifiers, persons };
}

/** Both sets say something and nothing in common (words in `ignore` left out). */
const disjoint = (a: Set<string>, b: Set<string>, ignore: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x) && !ignore.has(x));

/**
 * The shared terms of two claims that do not mean the same thing on both sides: nouns qualified
 * differently, and numbers whose surrounding nouns have nothing in common (beyond such a noun).
 */
export function unsupported(a: Vector, b: Vector, pa: Profile, pb: Profile): Set<string> {
  const out = new Set<string>();
  for (const [head, qa] of pa.qualifiers) {
    const qb = pb.qualifiers.get(head);
    if (qb && a.has(head) && b.has(head) && disjoint(qa, qb, out)) out.add(head);
  }
  // Two figures in common ("31 votes to 17") are no coincidence, whatever the words around them.
  const values = [...pa.numbers.keys()].filter((t) => !t.includes(':') && pb.numbers.has(t) && a.has(t) && b.has(t));
  if (values.length > 1) return out;
  for (const [t, ca] of pa.numbers) {
    const cb = pb.numbers.get(t);
    if (cb && a.has(t) && b.has(t) && disjoint(ca, cb, out)) out.add(t);
  }
  return out;
}

/** Lowers the weight of unsupported terms in a vector (a copy; the vector itself is kept). */
export function discount(v: Vector, terms: Set<string>): Vector {
  if (!terms.size) return v;
  return new Map([...v].map(([t, w]) => [t, terms.has(t) ? w * UNSUPPORTED : w]));
}

/** Whether one claim names someone the other, which also names people, does not. */
export function otherParticipants(pa: Profile, pb: Profile): number {
  if (!pa.persons.size || !pb.persons.size) return 1;
  const same = pa.persons.size === pb.persons.size && [...pa.persons].every((p) => pb.persons.has(p));
  return same ? 1 : OTHER_PARTICIPANTS;
}

/**
 * What two claims share as evidence of one fact: `pieces`, the independent pieces (distinct words,
 * names and figures; a figure counts twice, since a shared "45" is rarely chance; a word pair
 * ("farm+produ") and a figure with its unit ("#25:perce") restate pieces already counted);
 * `content`, those that are not names; `all`, whether each claim says nothing the other does not.
 * Terms in `off` mean different things on each side.
 */
export function sharedPieces(a: Vector, b: Vector, off: Set<string>): { pieces: number; content: number; all: boolean } {
  let pieces = 0;
  let content = 0;
  let common = 0;
  for (const t of a.keys()) {
    if (!b.has(t)) continue;
    common++;
    if (off.has(t) || t.includes('+') || (t.startsWith('#') && t.includes(':'))) continue;
    pieces += t.startsWith('#') ? 2 : 1;
    if (!t.startsWith('@')) content++;
  }
  return { pieces, content, all: common === a.size && common === b.size };
}

/**
 * The factor for two claims of different articles from what they share: one piece of evidence, or
 * names alone ("Huawei", "China" and "the U.S." in a story about them), show a topic, not a fact,
 * unless the two claims say the same words and nothing else (a wire copy's "and do it properly").
 */
export const evidenceFactor = (shared: ReturnType<typeof sharedPieces>): number =>
  !shared.all && (shared.pieces < 2 || shared.content === 0) ? ONE_PIECE : 1;
