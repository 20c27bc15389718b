import type { AnnotatedArticle, Span } from '../model/index.js';
import { SPEECH_VERBS } from '../annotate/quotes/cues.js';
import type { Claim } from './claims.js';
import type { ClaimPair } from './index.js';

/** Words that put a figure or a date on another occurrence than the one reported ("again", "an earlier attack", "its second landfall"). */
export const OTHER_OCCURRENCE = new Set(['again', 'earlier', 'previous', 'prior', 'another', 'additional', 'further', 'later', 'last', 'next', 'since', 'until', 'by', 'second', 'third', 'fourth', 'fifth']);

/**
 * Numbers and dates are compared only between claims that tell the same fact about the same actors
 * in the same places: claims that name people, or places, and none in common ("Trump won 95
 * delegates in New York" / "… 89 delegates in Pennsylvania") tell of two happenings.
 */
export function sameHappening(p: ClaimPair, A: AnnotatedArticle, B: AnnotatedArticle): boolean {
  if (!(p.sameFact ? p.similarity >= 0.3 : p.similarity >= 0.4)) return false;
  const named = (art: AnnotatedArticle, c: Claim, type: string) => new Set(art.entities.filter((m) => m.start >= c.start && m.end <= c.end && m.type === type).map((m) => m.entity));
  const shared = (type: string) => {
    const [a, b] = [named(A, p.a, type), named(B, p.b, type)];
    return !a.size || !b.size || [...a].some((e) => b.has(e));
  };
  return shared('person') && shared('place');
}

/**
 * Both claims name days, and none within a day of the other's ("killed 10 people Monday" / "16 people
 * were killed Thursday"): they tell of two happenings of a story that ran for days.
 */
export function onOtherDays(p: ClaimPair, A: AnnotatedArticle, B: AnnotatedArticle): boolean {
  const days = (art: AnnotatedArticle, c: Claim) => art.dates.filter((d) => d.iso && d.iso.length === 10 && d.start >= c.start && d.end <= c.end).map((d) => Date.parse(d.iso!) / 86_400_000);
  const [a, b] = [days(A, p.a), days(B, p.b)];
  return a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => Math.abs(x - y) <= 1));
}

/**
 * The day a figure is told of, when its own clause names one: "arrested only 10 people Tuesday" →
 * Tuesday, "250 people were arrested in Monday's violence" → Monday (the nearest date within eight
 * words after the figure or five before it, not past punctuation), as a day number; null when none
 * is. Two figures told of different days count two happenings, even in one sentence ("10 people
 * Tuesday, compared to more than 200 on Monday").
 */
export function figureDay(art: AnnotatedArticle, c: Claim, n: Span): number | null {
  const [k, to] = tokenSpan(art, c, n);
  const [from, end] = clauseAround(art, c, k, to, 5, 8);
  const [lo, hi] = [art.tokens[from]?.start ?? n.start, art.tokens[end - 1]?.end ?? n.end];
  let best: { day: number; gap: number } | null = null;
  for (const d of art.dates) {
    if (!d.iso || d.iso.length !== 10 || d.start < lo || d.end > hi) continue;
    const gap = d.start >= n.end ? d.start - n.end : n.start - d.end;
    if (!best || gap < best.gap) best = { day: Date.parse(d.iso) / 86_400_000, gap };
  }
  return best?.day ?? null;
}

/** Words that put a figure at a passing moment of a day still going on: "by midday", "briefly", "at one point", "in early trading". */
const MOMENT = /\b(?:(?:by|at|around|before|as of) (?:midday|mid-?morning|mid-?afternoon|noon|lunchtime|the open(?:ing bell)?|one point|its (?:lowest|highest|low|high|worst|best))|briefly|intraday|in (?:early|afternoon|morning|late-morning) trading)\b/i;

/**
 * The passing moment of the day a figure is told at, when its clause or the sentence's opening
 * phrase names one ("By midday, the Dow had lost more than 1,600 points" → "by midday"), in lower
 * case; null for a figure told as it stands. Two such moments are two readings of a quantity that
 * was still moving ("lost 1,255 points" at the close).
 */
export function figureMoment(art: AnnotatedArticle, c: Claim, n: Span): string | null {
  const [k, to] = tokenSpan(art, c, n);
  const [from, end] = clauseAround(art, c, k, to, 6, 6);
  const clause = art.text.slice(art.tokens[from]?.start ?? n.start, art.tokens[end - 1]?.end ?? n.end);
  const opening = art.text.slice(c.start, n.start).split(',')[0];
  return (MOMENT.exec(clause) ?? (opening.length < n.start - c.start ? MOMENT.exec(opening) : null))?.[0].toLowerCase() ?? null;
}

/**
 * The words of a figure's clause around tokens `k` to `to` (exclusive): up to `back` before and
 * `ahead` after, within the claim and not past punctuation. Returns the first token and the one after the last.
 */
function clauseAround(art: AnnotatedArticle, c: Claim, k: number, to: number, back: number, ahead: number): [from: number, end: number] {
  let from = k;
  while (from > c.tokenStart && from > k - back && art.tokens[from - 1].type !== 'punctuation') from--;
  let end = to;
  while (end < c.tokenEnd && end < to + ahead && art.tokens[end].type !== 'punctuation') end++;
  return [from, end];
}

/** The tokens of a span inside a claim: the first it touches, and the one after its last. */
export function tokenSpan(art: AnnotatedArticle, c: Claim, span: Span): [first: number, after: number] {
  let first = c.tokenStart;
  while (first < c.tokenEnd && art.tokens[first].end <= span.start) first++;
  let after = first;
  while (after < c.tokenEnd && art.tokens[after].start < span.end) after++;
  return [first, after];
}

/** One side of a conflict: the claim, its article and the value it gives. */
export function side(art: AnnotatedArticle, c: Claim, value: string) {
  return { article: art.id, text: art.text.slice(c.start, c.end), value, start: c.start, end: c.end };
}

/**
 * Whose age a figure gives, when it is one: "19-year-old Dzhokhar Tsarnaev" (the person named right
 * after) or "Mr. Tsarnaev, a 19-year-old immigrant" (the person the apposition follows). Returns
 * undefined for a figure that is no age, and null for an age of no one named: two ages in one
 * story are compared only when they are the same person's.
 */
export function ageOwner(art: AnnotatedArticle, c: Claim, n: { start: number; end: number }): string | null | undefined {
  if (!/^(-| )old\b/.test(art.text.slice(n.end, n.end + 5))) return undefined;
  const people = art.entities.filter((m) => m.type === 'person' && m.start >= c.start && m.end <= c.end);
  // Not across a verb: "The 53-year-old was runner-up to Neil Gorsuch" gives no age of Gorsuch.
  const verbBetween = (m: Span) => art.tokens.slice(c.tokenStart, c.tokenEnd).some((t) => t.start >= n.end && t.end <= m.start && (t.pos === 'VERB' || t.pos === 'AUX'));
  const after = people.find((m) => m.start >= n.end && m.start - n.end <= 40 && !/[,;.]/.test(art.text.slice(n.end, m.start)) && !verbBetween(m));
  const before = people.find((m) => m.end <= n.start && /^,\s*(a|an|the)?\s*$/.test(art.text.slice(m.end, n.start)));
  return (after ?? before)?.entity ?? null;
}

/** Nouns for the people a report cites: "two law enforcement officials", "three sources". */
const SOURCE_NOUNS = /^(officials?|sources?|aides?|diplomats?|spokesm[ae]n|spokeswom[ae]n|spokespe(ople|rsons?))$/;

/**
 * True when a figure counts the sources a claim cites ("according to two law enforcement officials",
 * "Three officials, speaking on condition of anonymity, confirmed …"): how many told the reporter,
 * not a quantity of the happening.
 */
export function countsSources(art: AnnotatedArticle, c: Claim, n: { unit?: string | null }): boolean {
  if (!n.unit || !SOURCE_NOUNS.test(n.unit.toLowerCase())) return false;
  return art.tokens.slice(c.tokenStart, c.tokenEnd).some((t) => t.lower === 'according' || (t.pos === 'VERB' && (SPEECH_VERBS.has(t.lemma) || t.lemma === 'speak')));
}

/** Words that make a figure a share of each ("three delegates in each district", "$500 per family", "two apiece"). */
const EACH = new Set(['each', 'every', 'per', 'apiece']);
/** Modal verbs that make a figure a possibility, not what happened ("could have traveled as far as 4,200 miles"). */
const MAYBE = new Set(['could', 'would', 'might', 'may']);
/** Adverbs that make what follows them in a claim a possibility. */
const HEDGES = new Set(['potentially', 'possibly', 'perhaps', 'maybe']);
/** Words of a sentence that gives a poll's figures. */
const POLL = new Set(['poll', 'polls', 'polling', 'survey', 'surveyed', 'forecast', 'projected', 'projection']);
/** Words that open a range whose bound a figure is ("anywhere from two years to life", "between five and 99"). */
const RANGE_OPEN = new Set(['from', 'between']);
const RANGE_CLOSE = new Set(['to', 'and', 'through']);
/** A dash glued to the figure closes a range too ("from 5-10"); one set off by spaces opens an aside. */
const DASHES = new Set(['-', '–']);
/** Verbs whose object figure is a bound: "exceed $1 trillion", "top 50,000". */
const BOUND_VERBS = new Set(['exceed', 'surpass', 'top']);
/** Words that deny the figure after them ("doesn't even have 40 votes"). */
const NOT = new Set(['not', "n't", 'n’t', 'never']);

/**
 * What kind of quantity a figure gives, from the words of its clause around it (six either side,
 * not past punctuation): a share of each ("each of the 53 districts has three delegates"), a
 * possibility or a need ("could have traveled 4,200 miles", "need to gain six seats", a poll's
 * "potentially taking 50 percent"), a figure denied ("doesn't have 40 votes"), a bound ("anywhere
 * from two years to life in prison", "may exceed $1 trillion"), the value a change started from
 * ("doubled from 3.4 percent"), the size of a change ("cut by 98 percent"), or a plain count. Figures of different kinds are different
 * quantities; a bound is compared with nothing.
 */
export function figureSense(art: AnnotatedArticle, c: Claim, n: Span): 'each' | 'maybe' | 'not' | 'range' | 'from' | 'by' | 'plain' {
  const [k, to] = tokenSpan(art, c, n);
  const [from, end] = clauseAround(art, c, k, to, 6, 6);
  const around = art.tokens.slice(from, end);
  if (around.some((t) => EACH.has(t.lower))) return 'each';
  const before = art.tokens.slice(from, k);
  const opener = before.at(-1)?.lower ?? '';
  if (RANGE_OPEN.has(opener) && art.tokens.slice(to, to + 3).some((t, i) => RANGE_CLOSE.has(t.lower) || (DASHES.has(t.value) && t.start === art.tokens[to + i - 1]?.end))) return 'range';
  // "doubled from 4.3 percent", "to 6.8% from 3.4%": the value before the change, not the one after;
  // "cut its stockpile by 98 percent", "won by 12 votes": the size of a change or a margin, not a level.
  if (opener === 'from') return 'from';
  // "175 delegates short of the nomination", "$2 billion shy of its goal": what is missing, a gap like a margin.
  const gap = [to, to + 1].some((j) => j < c.tokenEnd && /^(short|shy)$/.test(art.tokens[j].lower) && art.tokens[j + 1]?.lower === 'of');
  if (opener === 'by' || gap) return 'by';
  // "may exceed $1 trillion", "deficits projected to top $6 trillion": a bound, not the amount.
  if (before.slice(-3).some((t) => BOUND_VERBS.has(t.lemma))) return 'range';
  if (before.some((t) => NOT.has(t.lower))) return 'not';
  // "needs to win 60 votes", "needs 1,237 delegates", "the 1,237 delegates needed to win": a threshold, not a count.
  const required = /^(need|require)$/.test(before.at(-1)?.lemma ?? '') || art.tokens.slice(to, Math.min(c.tokenEnd, to + 4)).some((t) => /^(needed|required|necessary)$/.test(t.lower));
  const needs = required || before.some((t, i) => t.lemma === 'need' && before[i + 1]?.lower === 'to');
  if (needs || before.some((t) => t.pos === 'AUX' && MAYBE.has(t.lower))) return 'maybe';
  // "with Jones potentially taking 50 percent of the vote and Moore 40 percent": a hedge anywhere
  // before the figure in its claim; a poll's figures are a forecast, not the count.
  const claim = art.tokens.slice(c.tokenStart, to);
  const s = art.sentences[c.sentence];
  const polled = s !== undefined && art.tokens.slice(s.tokenStart, s.tokenEnd).some((t) => POLL.has(t.lower));
  return polled || claim.some((t) => HEDGES.has(t.lower)) ? 'maybe' : 'plain';
}

/** Units of distance, whose figure in apposition gives where a place lies. */
const DISTANCE = /^(miles?|kilometers?|kilometres?|km|mi)$/i;

/**
 * The place a distance locates, when the figure stands in apposition to it: "Dammartin-en-Goele, 25
 * miles northeast of Paris" → dammartin-en-goele; "Reims, about 90 miles northeast of Paris" →
 * reims. Undefined for a figure that is no distance or follows no name.
 */
export function distanceOwner(art: AnnotatedArticle, c: Claim, n: { start: number; end: number; unit?: string | null }): string | undefined {
  if (!n.unit || !DISTANCE.test(n.unit)) return undefined;
  const before = art.entities.find((m) => m.start >= c.start && m.end <= n.start && /^,\s*(?:about|some|roughly|around|nearly|almost|just|only)?\s*$/i.test(art.text.slice(m.end, n.start)));
  return before?.entity || before?.text.toLowerCase();
}

/**
 * The adjectives between a figure and what it counts, which narrow the set counted: "15 blue
 * states" (not "32 states"), "196 electoral votes", "12 other victims"; sorted lemmas joined by spaces.
 */
export function figureQualifiers(art: AnnotatedArticle, c: Claim, n: Span): string {
  const [first, after] = tokenSpan(art, c, n);
  const out: string[] = [];
  for (let k = first; k < after; k++) {
    const t = art.tokens[k];
    if (t.pos === 'ADJ' && art.tokens[k - 1]?.pos !== 'ADP' && k > first && /^(NUM|ADJ)$/.test(art.tokens[k - 1].pos)) out.push(t.lemma);
  }
  return out.sort().join(' ');
}
