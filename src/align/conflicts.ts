import type { AnnotatedArticle, Conflict, DateMention, NumberMention, Span } from '../model/index.js';
import { compatible } from '../annotate/numbers.js';
import type { Claim } from './claims.js';
import type { ClaimPair } from './index.js';
import { scopeOf, type Scope } from './scope.js';
import { stem } from './features.js';
import { contextOf } from './evidence.js';
import { SPEECH_VERBS } from '../annotate/quotes/cues.js';
import { mergeConflicts, type Found } from './merge-conflicts.js';
import { FORWARD } from '../annotate/dates.js';

/**
 * Stage 6, conflicts: looks at every pair of related claims from different articles for numbers
 * that cannot both be true ("12 dead" vs "19 dead", but not "more than 90 minutes" vs "90-minute"),
 * different dates for the same happening, and different scope (one side only vs both sides).
 * Only between outlets: an outlet's later article with another figure is an update.
 */
export function findConflicts(pairs: ClaimPair[], articles: AnnotatedArticle[]): Conflict[] {
  const out: Found[] = [];
  const seen = new Set<string>();
  const scopes = new Map<Claim, Scope | null>();
  const scope = (art: AnnotatedArticle, c: Claim) => {
    if (!scopes.has(c)) scopes.set(c, scopeOf(art, c));
    return scopes.get(c)!;
  };
  for (const p of [...pairs].sort((x, y) => y.similarity - x.similarity)) {
    // Two articles of one outlet that differ have been updated, not contradicted by another outlet.
    if (articles[p.a.article].outlet === articles[p.b.article].outlet) continue;
    for (const c of [numberConflict(p, articles), dateConflict(p, articles), scopeConflict(p, articles, scope)]) {
      if (!c) continue;
      const key = `${c.kind} ${c.sides.map((s) => `${s.article}:${s.value}`).sort().join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  const outlets = new Map(articles.map((a) => [a.id, a.outlet]));
  return mergeConflicts(out, (id) => outlets.get(id) ?? id);
}

const OTHER_OCCURRENCE = new Set(['again', 'earlier', 'previous', 'prior', 'another', 'additional', 'further', 'later', 'last', 'next', 'since', 'until', 'by', 'second', 'third', 'fourth', 'fifth']);

const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);
/** Only a comma or "and" between two spans: "8 minutes, 46 seconds", "2 hours and 30 minutes". */
const JOINED = /^\s*,?\s*(and\s+)?$/;

/**
 * The figures of a claim that count something, leaving out points in time ("three years ago") and
 * the parts of a compound duration ("46 seconds" in "8 minutes, 46 seconds" is not a duration).
 */
function numbersIn(art: AnnotatedArticle, c: Claim): NumberMention[] {
  const inClaim = art.numbers.filter((n) => n.start >= c.start && n.end <= c.end && n.unit);
  const timed = inClaim.filter((n) => TIME_UNITS.has(n.unit!));
  const compound = (n: NumberMention) =>
    TIME_UNITS.has(n.unit!) && timed.some((m) => m !== n && JOINED.test(m.end <= n.start ? art.text.slice(m.end, n.start) : art.text.slice(n.end, m.start)));
  return inClaim.filter((n) => {
    if (compound(n)) return false;
    const next = art.tokens.slice(c.tokenStart, c.tokenEnd).find((t) => t.start >= n.end);
    return next?.lower !== 'ago';
  });
}
const unitKey = (n: NumberMention) => stem(n.unit!);

/**
 * What a figure is of or from, when a name says so: "85 miles south of Port Arthur" → "port",
 * "7 percent of Democrats" → "democrat". Null otherwise.
 */
function anchorOf(art: AnnotatedArticle, c: Claim, n: Span): string | null {
  let k = c.tokenStart;
  while (k < c.tokenEnd && art.tokens[k].start < n.end) k++;
  for (let j = k; j < Math.min(c.tokenEnd, k + 3); j++) {
    const t = art.tokens[j];
    if (t.lower === 'of' || t.lower === 'from') return art.tokens[j + 1]?.pos === 'PROPN' && j + 1 < c.tokenEnd ? art.tokens[j + 1].lemma : null;
    if (t.type === 'punctuation') return null;
  }
  return null;
}

/** Numbers and dates are compared only between claims that tell the same fact about the same actors. */
function sameHappening(p: ClaimPair, A: AnnotatedArticle, B: AnnotatedArticle): boolean {
  if (!(p.sameFact ? p.similarity >= 0.3 : p.similarity >= 0.4)) return false;
  const people = (art: AnnotatedArticle, c: Claim) => new Set(art.entities.filter((m) => m.start >= c.start && m.end <= c.end && m.type === 'person').map((m) => m.entity));
  const pa = people(A, p.a);
  const pb = people(B, p.b);
  return !pa.size || !pb.size || [...pa].some((e) => pb.has(e));
}

function numberConflict(p: ClaimPair, articles: AnnotatedArticle[]): Found | null {
  const [A, B] = [articles[p.a.article], articles[p.b.article]];
  if (!sameHappening(p, A, B)) return null;
  for (const x of numbersIn(A, p.a)) {
    const cx = contextOf(A, p.a, x);
    // The same quantity: same unit and a word around it in common ("killing 12 people").
    const ax = anchorOf(A, p.a, x);
    const same = numbersIn(B, p.b).filter((y) => {
      if (unitKey(y) !== unitKey(x) || ![...contextOf(B, p.b, y)].some((w) => cx.has(w))) return false;
      // "120 miles southwest of Houston" and "85 miles south of Port Arthur" measure from different places.
      const ay = anchorOf(B, p.b, y);
      return !ax || !ay || ax === ay;
    });
    if (!same.length || same.some((y) => compatible(x, y))) continue;
    // A running total ("six tankers since May") and one incident ("two tankers on Thursday"), or
    // this occasion and another ("four tankers last month"), are different quantities.
    const when = occasion(A, p.a, x);
    const alike = same.filter((y) => occasion(B, p.b, y) === when);
    // An article that also gives the other figure is adding a number, not contradicting one.
    const y = alike.find((v) => !numbersIn(A, p.a).some((w) => unitKey(w) === unitKey(v) && compatible(w, v)));
    if (!y) continue;
    const time = /^[ap]\.?m\.?$/.test(x.unit!);
    return {
      kind: time ? 'date' : 'number',
      fact: p.fact,
      description: `${A.outlet} gives ${x.text} where ${B.outlet} gives ${y.text}`,
      confidence: Math.min(1, p.similarity * 1.5),
      sides: [side(A, p.a, x.text), side(B, p.b, y.text)],
      join: { keys: [figureKey(x), figureKey(y)], shown: [x.text, y.text], verbs: [['gives', 'give'], ['gives', 'give']] },
    };
  }
  return null;
}

/**
 * Words that make a figure a running total rather than the count of one happening. "So far" and "to
 * date" are not among them: a death toll "so far" counts the same happening as a later toll.
 */
const TOTAL = new Set(['total', 'overall', 'altogether', 'cumulative', 'combined', 'since', 'tally']);
/** Words that put a figure on another occasion ("last month", "an earlier attack"); not "by" or "until", which mostly mean something else. */
const ANOTHER_TIME = new Set([...OTHER_OCCURRENCE].filter((w) => !['since', 'until', 'by'].includes(w)));
const TOTAL_PHRASES = ['in all', 'this year', 'in recent weeks', 'in recent months'];

/**
 * Which occasion a figure counts, from the words around it in its claim (five before, and after it
 * up to ten or the next punctuation): a running total, another occasion than the one reported
 * ("last month", "an earlier attack", "two more"), or this one.
 */
export function occasion(art: AnnotatedArticle, c: Claim, n: Span): 'total' | 'other' | 'this' {
  let k = c.tokenStart;
  while (k < c.tokenEnd && art.tokens[k].end <= n.start) k++;
  const from = Math.max(c.tokenStart, k - 5);
  let to = k;
  while (to < c.tokenEnd && art.tokens[to].start < n.end) to++;
  let end = to;
  while (end < c.tokenEnd && end < to + 10 && art.tokens[end].type !== 'punctuation') end++;
  const words = art.tokens.slice(from, end).map((t) => t.lower);
  const text = ` ${words.join(' ')} `;
  if (words.some((w) => TOTAL.has(w)) || TOTAL_PHRASES.some((p) => text.includes(` ${p} `))) return 'total';
  // "Two more Palestinians were killed Tuesday": more of them, after those counted before.
  if (k + 1 < c.tokenEnd && /^(more|additional)$/.test(art.tokens[k + 1].lower)) return 'other';
  return words.some((w) => ANOTHER_TIME.has(w)) || namesEarlierYear(art, c) ? 'other' : 'this';
}

/**
 * The claim names a year before the article's ("the downing of an Iranian jet by U.S. forces in
 * 1988, which killed all 290 people aboard"): its figures count that happening, not this one.
 */
function namesEarlierYear(art: AnnotatedArticle, c: Claim): boolean {
  const year = art.date ? Number(art.date.slice(0, 4)) : NaN;
  if (!Number.isFinite(year)) return false;
  for (let k = c.tokenStart; k < c.tokenEnd; k++) {
    const t = art.tokens[k];
    if (/^(1[89]|20)\d\d$/.test(t.value) && Number(t.value) < year) return true;
  }
  return false;
}

/** A figure as a key: its value, bound and what it counts ("Twelve people" and "12 people" are one). */
const figureKey = (n: NumberMention) => `${n.value} ${n.bound} ${unitKey(n)}`;

function dateConflict(p: ClaimPair, articles: AnnotatedArticle[]): Found | null {
  const [A, B] = [articles[p.a.article], articles[p.b.article]];
  // Dates are the easiest to misread (a weekday resolved against another day): close claims only,
  // and the dates must stand by a word in common ("capsized on Saturday" / "capsized … on Friday").
  if (p.similarity < 0.4 || !sameHappening(p, A, B)) return null;
  const da = eventDates(A, p.a);
  const db = eventDates(B, p.b);
  if (!da.length || !db.length || da.some((x) => db.some((y) => x.iso === y.iso))) return null;
  // Both say "Tuesday": the days differ only because the articles were published on different days.
  const said = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  if (da.some((x) => db.some((y) => said(x.text) === said(y.text)))) return null;
  // Two dates of one happening: the same verb tells of both ("capsized on Saturday" / "capsized on
  // Friday"). Without a verb on each side there is no telling what a date is the time of.
  const related = (x: Span, y: Span) => {
    const vx = predicateOf(A, p.a, x);
    return vx !== null && vx === predicateOf(B, p.b, y);
  };
  // "7 October" and "Oct. 7, 2016": a date without its year, resolved to the article's year, names the same day.
  const sameDay = (x: DateMention, y: DateMention) => x.iso!.slice(5) === y.iso!.slice(5) && !(/\d{4}/.test(x.text) && /\d{4}/.test(y.text));
  if (da.some((x) => db.some((y) => sameDay(x, y)))) return null;
  const [x, y] = da.flatMap((u) => db.filter((v) => related(u, v)).map((v) => [u, v] as const))[0] ?? [];
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

/**
 * The verb a date gives the time of, as a stem: the nearest verb before it in the claim (up to ten
 * words back, not past a comma), else right after it. "died in police custody Monday night" →
 * "died"; "was arrested Friday" → "arres". Null when there is none.
 */
function predicateOf(art: AnnotatedArticle, c: Claim, d: Span): string | null {
  let k = c.tokenStart;
  while (k < c.tokenEnd && art.tokens[k].end <= d.start) k++;
  let after = k;
  while (after < c.tokenEnd && art.tokens[after].start < d.end) after++;
  // "starting Tuesday" says when, not what.
  const verb = (j: number) => art.tokens[j].pos === 'VERB' && !SPEECH_VERBS.has(art.tokens[j].lemma) && !FORWARD.has(art.tokens[j].lower);
  const named = (j: number) => {
    const lemma = art.tokens[j].lemma;
    if (!LIGHT_VERBS.has(lemma)) return stem(lemma);
    // "made landfall", "started the releases": a light verb is told by its object.
    const object = art.tokens.slice(j + 1, Math.min(c.tokenEnd, j + 5)).find((t) => t.pos === 'NOUN');
    return `${stem(lemma)}+${object ? stem(object.lemma) : ''}`;
  };
  for (let j = k - 1; j >= Math.max(c.tokenStart, k - 10) && art.tokens[j].value !== ','; j--) if (verb(j)) return named(j);
  for (let j = after; j < Math.min(c.tokenEnd, after + 4) && art.tokens[j].value !== ','; j++) if (verb(j)) return named(j);
  return null;
}

/** Verbs that say little without their object. */
const LIGHT_VERBS = new Set(['make', 'take', 'have', 'get', 'give', 'start', 'begin', 'hold', 'do', 'put', 'set', 'go', 'come', 'keep']);

/** Full dates of what happened in a claim, leaving out when it was said ("said on Sunday"). */
function eventDates(art: AnnotatedArticle, c: Claim) {
  return art.dates.filter((d) => {
    if (d.start < c.start || d.end > c.end || d.iso?.length !== 10) return false;
    let k = c.tokenStart;
    while (k < c.tokenEnd && art.tokens[k].end <= d.start) k++;
    for (let j = Math.max(c.tokenStart, k - 6); j < k; j++) if (SPEECH_VERBS.has(art.tokens[j].lemma)) return false;
    // "again on Monday", "an earlier meeting last Wednesday", "its second landfall early Monday":
    // another occurrence, not this one (back to the clause's start, eight words at most).
    for (let j = k - 1; j >= Math.max(c.tokenStart, k - 8) && art.tokens[j].value !== ','; j--) if (OTHER_OCCURRENCE.has(art.tokens[j].lower)) return false;
    // A dateline ("PORT HALDEN, Aug 18 (Wire) -") dates the report, not the event.
    return !/^[\p{Lu}\s,.]+$/u.test(art.text.slice(c.start, d.start).trim().replace(/,$/, '')) || d.start - c.start > 40;
  });
}

function scopeConflict(p: ClaimPair, articles: AnnotatedArticle[], scope: (art: AnnotatedArticle, c: Claim) => Scope | null): Conflict | null {
  const [A, B] = [articles[p.a.article], articles[p.b.article]];
  const sa = scope(A, p.a);
  const sb = scope(B, p.b);
  if (!sa || !sb || sa.kind === sb.kind) return null;
  const [one, both] = sa.kind === 'one-sided' ? [sa, sb] : [sb, sa];
  return {
    kind: 'scope',
    fact: p.fact,
    description: `${(sa.kind === 'one-sided' ? A : B).outlet} reports it as binding one side (${one.value}); ${(sa.kind === 'one-sided' ? B : A).outlet} says it applies ${both.value}`,
    confidence: Math.min(1, p.similarity * 2),
    sides: [side(A, p.a, sa.value), side(B, p.b, sb.value)],
  };
}

function side(art: AnnotatedArticle, c: Claim, value: string) {
  return { article: art.id, text: art.text.slice(c.start, c.end), value, start: c.start, end: c.end };
}
