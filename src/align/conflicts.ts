import type { AnnotatedArticle, Conflict, NumberMention, Span } from '../model/index.js';
import { compatible, TIME_UNITS } from '../annotate/numbers.js';
import type { Claim } from './claims.js';
import type { ClaimPair } from './index.js';
import { sameArrangement, scopeOf, type Scope } from './scope.js';
import { stem } from './features.js';
import { contextOf } from './evidence.js';
import { mergeConflicts, type Found } from './merge-conflicts.js';
import { periodOf, wholeOf } from './period.js';
import { dateConflict, predicateOf } from './date-conflicts.js';
import { ageOwner, countsSources, distanceOwner, figureDay, figureMoment, figureQualifiers, figureSense, onOtherDays, OTHER_OCCURRENCE, sameHappening, side, tokenSpan } from './happening.js';

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
    // Two articles of one outlet that differ have been updated, not contradicted by another outlet;
    // so have two articles published days apart: tolls rise, votes are put off ("the deadline is
    // Monday", then "tonight"), and their weekdays resolve against different weeks.
    const [A, B] = [articles[p.a.article], articles[p.b.article]];
    if (A.outlet === B.outlet || daysApart(A.date, B.date) > 1) continue;
    for (const c of [numberConflict(p, articles), dateConflict(p, articles), scopeConflict(p, articles, scope)]) {
      if (!c) continue;
      const key = `${c.kind} ${c.sides.map((s) => `${s.article}:${s.value}`).sort().join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  const outlets = new Map(articles.map((a) => [a.id, a.outlet]));
  return mergeConflicts(withoutTopics(out), (id) => outlets.get(id) ?? id);
}

/** Whole days between two publication dates (ISO), or 0 when either is unknown. */
function daysApart(a: string | null | undefined, b: string | null | undefined): number {
  const [x, y] = [Date.parse(a?.slice(0, 10) ?? ''), Date.parse(b?.slice(0, 10) ?? '')];
  return Number.isFinite(x) && Number.isFinite(y) ? Math.abs(x - y) / 86_400_000 : 0;
}

/** Distinct figures of one unit in one fact from which on the fact is a topic, not one quantity. */
const TOPIC_VALUES = 5;

/**
 * Drops the number conflicts of a fact whose figures of one unit take TOPIC_VALUES values or more
 * ("awards 24 delegates", "its 95 delegates", "Trump had 845 delegates", …: a primary night's
 * delegates state by state): so many values are many quantities, not outlets disagreeing on one.
 */
export function withoutTopics(found: Found[]): Found[] {
  const values = new Map<string, Set<string>>();
  const group = (c: Found) => `${c.fact}|${c.join!.keys[0].split(' ').slice(2).join(' ')}`;
  for (const c of found) {
    if (c.kind !== 'number' || !c.join) continue;
    const g = values.get(group(c)) ?? new Set<string>();
    for (const k of c.join.keys) g.add(k.split(' ')[0]);
    values.set(group(c), g);
  }
  return found.filter((c) => c.kind !== 'number' || !c.join || values.get(group(c))!.size < TOPIC_VALUES);
}

/** Only a comma or "and" between two spans: "8 minutes, 46 seconds", "2 hours and 30 minutes". */
const JOINED = /^\s*,?\s*(and\s+)?$/;
/** Seconds in each unit of time, to add the parts of a compound duration. */
const SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_629_800, year: 31_557_600, decade: 315_576_000, century: 3_155_760_000 };
const PART_OF = /^\s+of (that|those|them|these|it|which)\b/;
/**
 * Words after a span of time that make it an offset, not a duration: "five minutes after", "two days
 * ago", "a mere 15 months from now", "two weeks away".
 */
const OFFSET = /^[\s,]*(?:ago|after|before|later|earlier|hence|away|from (?:now|today|then))\b/i;

/**
 * The figures of a claim that count something, leaving out points in time ("three years ago",
 * "about five minutes after they pinned him"), parts of a figure given before ("three of
 * them") and conversions in brackets ("30 kilometers (20 miles)"); a compound duration is one
 * figure ("8 minutes, 46 seconds" is about 8.77 minutes).
 */
function numbersIn(art: AnnotatedArticle, c: Claim): NumberMention[] {
  const inClaim = art.numbers.filter((n) => n.start >= c.start && n.end <= c.end && n.unit);
  const out: NumberMention[] = [];
  for (const n of inClaim) {
    const last = out.at(-1);
    if (last && TIME_UNITS.has(last.unit!) && TIME_UNITS.has(n.unit!) && JOINED.test(art.text.slice(last.end, n.start))) {
      // Told to the second, it is still rounded by whoever gives it in minutes ("nine minutes").
      const value = last.value + (n.value * SECONDS[n.unit!]) / SECONDS[last.unit!];
      out[out.length - 1] = { ...last, end: n.end, text: art.text.slice(last.start, n.end), value, bound: last.bound === 'exact' ? 'approx' : last.bound };
      continue;
    }
    out.push(n);
  }
  return out.filter((n) => {
    // "about 30 kilometers (20 miles)": a conversion in brackets restates the figure before it.
    if (inClaim.some((m) => m.end <= n.start && /^\s*\($/.test(art.text.slice(m.end, n.start)))) return false;
    const after = art.text.slice(n.end, Math.min(c.end, n.end + 16));
    // "unresponsive for 2 minutes and 53 seconds of that": a part of a figure given before.
    return !(TIME_UNITS.has(n.unit!) && OFFSET.test(after)) && !PART_OF.test(after);
  });
}
const unitKey = (n: NumberMention) => stem(n.unit!);
const SHARE = /^(percent|percentage)$/;
const isSplit = (n: NumberMention) => n.bound === 'exact' && /^\d+[-–]\d+\b/.test(n.text);

/**
 * What a figure is of or from, when a name says so: "85 miles south of Port Arthur" → "port",
 * "7 percent of Democrats" → "democrat". Null otherwise.
 */
function anchorOf(art: AnnotatedArticle, c: Claim, n: Span): string | null {
  const k = tokenSpan(art, c, n)[1];
  for (let j = k; j < Math.min(c.tokenEnd, k + 3); j++) {
    const t = art.tokens[j];
    if (t.lower === 'of' || t.lower === 'from') return art.tokens[j + 1]?.pos === 'PROPN' && j + 1 < c.tokenEnd ? art.tokens[j + 1].lemma : null;
    if (t.type === 'punctuation') return null;
  }
  return null;
}

function numberConflict(p: ClaimPair, articles: AnnotatedArticle[]): Found | null {
  const [A, B] = [articles[p.a.article], articles[p.b.article]];
  if (!sameHappening(p, A, B) || onOtherDays(p, A, B)) return null;
  const [xs, ys] = [numbersIn(A, p.a), numbersIn(B, p.b)];
  const [toldA, toldB] = [sentenceFigures(A, p.a), sentenceFigures(B, p.b)];
  for (const x of xs) {
    if (countsSources(A, p.a, x)) continue;
    const cx = contextOf(A, p.a, x);
    // The same quantity: same unit and a word around it in common ("killing 12 people").
    const ax = anchorOf(A, p.a, x);
    const ox = ageOwner(A, p.a, x);
    const kind = figureSense(A, p.a, x);
    const [tx, wx] = [periodOf(A, p.a, x), SHARE.test(x.unit!) ? wholeOf(A, p.a, x) : null];
    const dx = figureDay(A, p.a, x);
    const mx = figureMoment(A, p.a, x);
    // A bound ("may exceed $1 trillion", "from two years to life") is no amount to contradict.
    if (kind === 'range') continue;
    const same = ys.filter((y) => {
      if (unitKey(y) !== unitKey(x) || ![...contextOf(B, p.b, y)].some((w) => cx.has(w))) return false;
      // "three delegates in each district" is no total; "could have traveled 4,200 miles" did not happen.
      if (figureSense(B, p.b, y) !== kind) return false;
      // A vote's split ("53-47") is compared with another split, not with a count ("four senators").
      if (isSplit(x) !== isSplit(y)) return false;
      // "19-year-old Dzhokhar Tsarnaev" and "26-year-old Tamerlan Tsarnaev": ages of two people.
      const oy = ageOwner(B, p.b, y);
      if ((ox !== undefined || oy !== undefined) && (!ox || ox !== oy)) return false;
      // "120 miles southwest of Houston" and "85 miles south of Port Arthur" measure from different places.
      const ay = anchorOf(B, p.b, y);
      if (ax && ay && ax !== ay) return false;
      // "Reims, about 90 miles northeast of Paris" and "Dammartin-en-Goele, 25 miles …": two places.
      const [px, py] = [distanceOwner(A, p.a, x), distanceOwner(B, p.b, y)];
      if (px && py && px !== py) return false;
      // "one commutation in his first term" and "ten in more than five years": counts over two stretches of time.
      if (tx !== periodOf(B, p.b, y)) return false;
      // "250 people … in Monday's violence" and "10 people Tuesday": counts of two days.
      const dy = dx === null ? null : figureDay(B, p.b, y);
      if (dy !== null && dx !== dy) return false;
      // "32 states" and "15 blue states": a qualified set is another set.
      if (figureQualifiers(A, p.a, x) !== figureQualifiers(B, p.b, y)) return false;
      // "By midday, the Dow had lost more than 1,600 points" and "lost 1,255 points": two readings of a falling index.
      if (figureMoment(B, p.b, y) !== mx) return false;
      // "0.36% of all votes cast" and "100 percent of precincts"; "54 percent" and "59 percent of
      // Americans": shares of different things, or of a thing one side does not name; and what a
      // candidate "needs to win" is a calculation of its own.
      return !SHARE.test(x.unit!) || (wx === wholeOf(B, p.b, y) && kind !== 'maybe');
    });
    // "a two-count complaint" and "one count of … and one count of …": a claim's parts add up.
    const total = sumOf(ys, unitKey(x));
    if (!same.length || same.some((y) => compatible(x, y)) || (total && compatible(x, total))) continue;
    // A running total ("six tankers since May") and one incident ("two tankers on Thursday"), or
    // this occasion and another ("four tankers last month"), are different quantities.
    const when = occasion(A, p.a, x);
    const alike = same.filter((y) => occasion(B, p.b, y) === when);
    // An article that also gives the other figure, in the same sentence, is adding a number, not
    // contradicting one ("eight years as vice president … after 36 years as a senator"), whichever
    // side it is on.
    const mine = sumOf(xs, unitKey(x));
    if (toldB.some((w) => unitKey(w) === unitKey(x) && compatible(w, x))) continue;
    const y = alike.find((v) => !toldA.some((w) => unitKey(w) === unitKey(v) && compatible(w, v)) && !(mine && compatible(mine, v)));
    if (!y) continue;
    const time = /^[ap]\.?m\.?$/.test(x.unit!);
    // A time of day, like a date, must be the time of the same happening ("cut off at 4 p.m." is
    // not "cleared a hurdle at 7 p.m."); a count told with two different verbs counts two things
    // ("will take 77 delegates" / "had 845 delegates").
    const [vx, vy] = [predicateOf(A, p.a, x), predicateOf(B, p.b, y)];
    if (time ? vx === null || vx !== vy : vx !== null && vy !== null && vx !== vy) continue;
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

/** The figures with a unit in the sentence that holds a claim (a claim may be part of it). */
function sentenceFigures(art: AnnotatedArticle, c: Claim): NumberMention[] {
  const s = art.sentences[c.sentence];
  return s ? art.numbers.filter((n) => n.unit && n.start >= s.start && n.end <= s.end) : numbersIn(art, c);
}

/** The figures of one unit in a claim added up, when it gives two or more ("one count of … and one count of …"). */
function sumOf(ns: NumberMention[], unit: string): NumberMention | null {
  const parts = ns.filter((n) => unitKey(n) === unit);
  if (parts.length < 2) return null;
  return { ...parts[0], value: parts.reduce((t, n) => t + n.value, 0), bound: parts.every((n) => n.bound === 'exact') ? 'exact' : 'approx' };
}

/**
 * Words that make a figure a running total rather than the count of one happening. "So far" and "to
 * date" are not among them: a death toll "so far" counts the same happening as a later toll.
 */
const TOTAL = new Set(['total', 'overall', 'altogether', 'cumulative', 'combined', 'since', 'tally']);
/** Words that put a figure on another occasion ("last month", "an earlier attack"); not "by" or "until", which mostly mean something else. */
const ANOTHER_TIME = new Set([...OTHER_OCCURRENCE].filter((w) => !['since', 'until', 'by'].includes(w)));
const TOTAL_PHRASES = ['in all', 'this year', 'in recent weeks', 'in recent months', 'as of'];

/**
 * Which occasion a figure counts, from the words around it in its claim (five before, and after it
 * up to ten or the next punctuation): a running total, another occasion than the one reported
 * ("last month", "an earlier attack", "two more"), or this one.
 */
export function occasion(art: AnnotatedArticle, c: Claim, n: Span): 'total' | 'other' | 'this' {
  const [k, to] = tokenSpan(art, c, n);
  const from = Math.max(c.tokenStart, k - 5);
  let end = to;
  while (end < c.tokenEnd && end < to + 10 && art.tokens[end].type !== 'punctuation') end++;
  const words = art.tokens.slice(from, end).map((t) => t.lower);
  const text = ` ${words.join(' ')} `;
  if (words.some((w) => TOTAL.has(w)) || TOTAL_PHRASES.some((p) => text.includes(` ${p} `))) return 'total';
  // "Two more Palestinians were killed Tuesday": more of them, after those counted before; "the
  // ambassador and three other Americans": the rest of them, after one named.
  if (k + 1 < c.tokenEnd && /^(more|additional|other|others)$/.test(art.tokens[k + 1].lower)) return 'other';
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

function scopeConflict(p: ClaimPair, articles: AnnotatedArticle[], scope: (art: AnnotatedArticle, c: Claim) => Scope | null): Conflict | null {
  const [A, B] = [articles[p.a.article], articles[p.b.article]];
  const sa = scope(A, p.a);
  const sb = scope(B, p.b);
  if (!sa || !sb || sa.kind === sb.kind) return null;
  const [one, both] = sa.kind === 'one-sided' ? [sa, sb] : [sb, sa];
  if (!sameArrangement(one, both)) return null;
  return {
    kind: 'scope',
    fact: p.fact,
    description: `${(sa.kind === 'one-sided' ? A : B).outlet} reports it as binding one side (${one.value}); ${(sa.kind === 'one-sided' ? B : A).outlet} says it applies ${both.value}`,
    confidence: Math.min(1, p.similarity * 2),
    sides: [side(A, p.a, sa.value), side(B, p.b, sb.value)],
  };
}
