import type { AnnotatedArticle, DateMention, Span } from '../model/index.js';
import { FORWARD } from '../annotate/dates.js';
import { SPEECH_VERBS } from '../annotate/quotes/cues.js';
import type { Claim } from './claims.js';
import { stem } from './features.js';
import type { ClaimPair } from './index.js';
import type { Found } from './merge-conflicts.js';
import { OTHER_OCCURRENCE, sameHappening, side, tokenSpan } from './happening.js';

/**
 * Two dates given for one happening: the same verb tells of both ("capsized on Saturday" /
 * "capsized on Friday"), neither is when something was said or another occurrence.
 */
export function dateConflict(p: ClaimPair, articles: AnnotatedArticle[]): Found | null {
  const [A, B] = [articles[p.a.article], articles[p.b.article]];
  // Dates are the easiest to misread (a weekday resolved against another day): close claims only.
  if (p.similarity < 0.4 || !sameHappening(p, A, B)) return null;
  const da = eventDates(A, p.a);
  const db = eventDates(B, p.b);
  if (!da.length || !db.length || da.some((x) => db.some((y) => x.iso === y.iso))) return null;
  // Both say "Tuesday": the days differ only because the articles were published on different days.
  const said = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  if (da.some((x) => db.some((y) => said(x.text) === said(y.text)))) return null;
  // "7 October" and "Oct. 7, 2016": a date without its year, resolved to the article's year, names the same day.
  const sameDay = (x: DateMention, y: DateMention) => x.iso!.slice(5) === y.iso!.slice(5) && !(/\d{4}/.test(x.text) && /\d{4}/.test(y.text));
  if (da.some((x) => db.some((y) => sameDay(x, y)))) return null;
  // Two dates of one happening: the same verb tells of both ("capsized on Saturday" / "capsized on
  // Friday"). Without a verb on each side there is no telling what a date is the time of.
  // … and of the same participants: "images released Thursday by the FBI" and "was released from
  // the hospital Sunday" tell of two releases.
  const [ta, tb] = [new Map(da.map((d) => [d, toldOf(A, p.a, d)])), new Map(db.map((d) => [d, toldOf(B, p.b, d)]))];
  const related = (x: DateMention, y: DateMention) => {
    const [u, v] = [ta.get(x), tb.get(y)];
    if (!u || !v || u.verb !== v.verb) return false;
    return !u.who.size || !v.who.size || [...u.who].some((w) => v.who.has(w));
  };
  // Two tellings of one happening disagree by days, not weeks: dates further apart are two happenings.
  const near = (u: DateMention, v: DateMention) => Math.abs(Date.parse(u.iso!) - Date.parse(v.iso!)) <= MAX_APART_DAYS * 86_400_000;
  const [x, y] = da.flatMap((u) => db.filter((v) => near(u, v) && related(u, v) && !overnight(A, u, B, v)).map((v) => [u, v] as const))[0] ?? [];
  if (!x || !y) return null;
  return {
    kind: 'date',
    fact: p.fact,
    description: `${A.outlet} dates it ${x.text} (${x.iso}) where ${B.outlet} says ${y.text} (${y.iso})`,
    confidence: Math.min(1, p.similarity * 1.5),
    sides: [side(A, p.a, x.iso!), side(B, p.b, y.iso!)],
    join: { keys: [x.iso!, y.iso!], shown: [`${x.text} (${x.iso})`, `${y.text} (${y.iso})`], verbs: [['dates it', 'date it'], ['says', 'say']] },
  };
}

const LATE = /\b(night|late|evening|tonight|overnight)\b/;
const EARLY = /\b(early|morning|overnight|dawn|pre-dawn)\b/;

/**
 * "Thursday night" and "early Friday": a night told from either side of midnight. True when the
 * dates are consecutive days, the earlier told late and the later told early.
 */
function overnight(A: AnnotatedArticle, x: DateMention, B: AnnotatedArticle, y: DateMention): boolean {
  const gap = (Date.parse(y.iso!) - Date.parse(x.iso!)) / 86_400_000;
  if (Math.abs(gap) !== 1) return false;
  const around = (art: AnnotatedArticle, d: DateMention) => art.text.slice(Math.max(0, d.start - 12), d.end + 12).toLowerCase();
  const [first, second] = gap > 0 ? [around(A, x), around(B, y)] : [around(B, y), around(A, x)];
  return LATE.test(first) && EARLY.test(second);
}

/** Most days two dates of one happening lie apart in two outlets' tellings. */
const MAX_APART_DAYS = 7;

/**
 * What a date or time gives the time of, as a stem: a noun it is the possessive of ("Thursday's
 * vote" → "vote"), else the nearest verb before it in the claim (up to ten words back, not past a
 * comma), else right after it. "died in police custody Monday night" → "died"; "was arrested
 * Friday" → "arres". Null when there is none.
 */
export function predicateOf(art: AnnotatedArticle, c: Claim, d: Span): string | null {
  const at = predicateAt(art, c, d);
  return at && predicateStem(art, c, at);
}

/** What a date tells the time of, and who or what took part; null when no word says what. */
function toldOf(art: AnnotatedArticle, c: Claim, d: Span): { verb: string; who: Set<string> } | null {
  const at = predicateAt(art, c, d);
  return at && { verb: predicateStem(art, c, at), who: participants(art, c, d, at) };
}

/** The stem of the word at `at` (see `predicateOf`). */
function predicateStem(art: AnnotatedArticle, c: Claim, at: { k: number; noun: boolean }): string {
  if (at.noun) return stem(art.tokens[at.k].lemma);
  const lemma = art.tokens[at.k].lemma;
  if (!LIGHT_VERBS.has(lemma)) return stem(lemma);
  // "made landfall", "started the releases": a light verb is told by its object.
  const object = art.tokens.slice(at.k + 1, Math.min(c.tokenEnd, at.k + 5)).find((t) => t.pos === 'NOUN');
  return `${stem(lemma)}+${object ? stem(object.lemma) : ''}`;
}

/** Where the word that a date gives the time of stands (see `predicateOf`): a possessive's noun or a verb. */
function predicateAt(art: AnnotatedArticle, c: Claim, d: Span): { k: number; noun: boolean } | null {
  const [k, after] = tokenSpan(art, c, d);
  if (/^[’']s$/.test(art.tokens[after]?.value ?? '') && after + 1 < c.tokenEnd) {
    const noun = art.tokens.slice(after + 1, Math.min(c.tokenEnd, after + 4)).findIndex((t) => t.pos === 'NOUN');
    if (noun >= 0) return { k: after + 1 + noun, noun: true };
  }
  // "starting Tuesday" says when, not what.
  const verb = (j: number) => art.tokens[j].pos === 'VERB' && !SPEECH_VERBS.has(art.tokens[j].lemma) && !FORWARD.has(art.tokens[j].lower);
  for (let j = k - 1; j >= Math.max(c.tokenStart, k - 10) && art.tokens[j].value !== ','; j--) if (verb(j)) return { k: j, noun: false };
  for (let j = after; j < Math.min(c.tokenEnd, after + 4) && art.tokens[j].value !== ','; j++) if (verb(j)) return { k: j, noun: false };
  return null;
}

/** Words for days and times, which say when and not who or what. */
const WHEN_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|morning|afternoon|evening|night|day|week|month|year|time|hour|minute)s?$/;

/**
 * The nouns and names around the word a date gives the time of (five words either side, within the
 * claim, not past a comma): who or what took part. "images released Thursday by the FBI" → image,
 * fbi; "injured … was released from the hospital Sunday" → hospital.
 */
function participants(art: AnnotatedArticle, c: Claim, d: Span, at: { k: number }): Set<string> {
  const out = new Set<string>();
  const take = (j: number) => {
    const t = art.tokens[j];
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !WHEN_WORDS.test(t.lower) && (t.start >= d.end || t.end <= d.start)) out.add(stem(t.lemma.toLowerCase()));
  };
  for (let j = at.k - 1; j >= Math.max(c.tokenStart, at.k - 5) && art.tokens[j].value !== ','; j--) take(j);
  for (let j = at.k + 1; j < Math.min(c.tokenEnd, at.k + 6) && art.tokens[j].value !== ','; j++) take(j);
  return out;
}

/** Verbs that say little without their object. */
const LIGHT_VERBS = new Set(['make', 'take', 'have', 'get', 'give', 'start', 'begin', 'hold', 'do', 'put', 'set', 'go', 'come', 'keep']);

const RANGE = /^(through|thru|until|till)$/;

/** Full dates of what happened in a claim, leaving out when it was said ("said on Sunday"). */
function eventDates(art: AnnotatedArticle, c: Claim) {
  return art.dates.filter((d) => {
    if (d.start < c.start || d.end > c.end || d.iso?.length !== 10) return false;
    const [k, after] = tokenSpan(art, c, d);
    for (let j = Math.max(c.tokenStart, k - 6); j < k; j++) if (SPEECH_VERBS.has(art.tokens[j].lemma)) return false;
    // "closed Monday through Saturday": either end of a span of days is no day of a happening.
    if (RANGE.test(art.tokens[k - 1]?.lower ?? '') || RANGE.test(art.tokens[after]?.lower ?? '')) return false;
    // "again on Monday", "an earlier meeting last Wednesday", "its second landfall early Monday":
    // another occurrence, not this one (back to the clause's start, eight words at most).
    for (let j = k - 1; j >= Math.max(c.tokenStart, k - 8) && art.tokens[j].value !== ','; j--) if (OTHER_OCCURRENCE.has(art.tokens[j].lower)) return false;
    // A dateline ("PORT HALDEN, Aug 18 (Wire) -") dates the report, not the event.
    return !/^[\p{Lu}\s,.]+$/u.test(art.text.slice(c.start, d.start).trim().replace(/,$/, '')) || d.start - c.start > 40;
  });
}
