import { isFurniture } from '../clean/patterns.js';
import { WEEKDAYS } from '../text/calendar.js';
import { wordRank } from './lexicon.js';
import type { SketchOptions } from './options.js';
import type { Cursor } from './tokens.js';
import { nextWord, startsSentence } from './tokens.js';

/** An article as the clusterer takes it. `date` is ISO 8601 or anything `Date.parse` reads. */
export interface ClusterInput {
  id: string;
  title?: string | null;
  text: string;
  date?: string | null;
  outlet?: string | null;
}

/**
 * The light, serialisable form of an article: weighted term counts before IDF, its day and outlet.
 * A store can keep it, and a worker can make it in parallel and hand it to `add` later.
 */
export interface Sketch {
  id: string;
  /** Days since 1970-01-01 (UTC), or null when the date is unknown. */
  day: number | null;
  outlet: string | null;
  title: string | null;
  /** Distinct terms: lower-case words, plurals cut; figures prefixed with `#`. */
  terms: string[];
  /** Weighted count of each term: title, lead, names and figures count more. */
  weights: number[];
  /**
   * The days of the week the title and lead name (bit 0 Monday … bit 6 Sunday; 0 when none), which
   * tell two events of one kind apart when no date does. Absent in sketches made before it existed.
   */
  weekdays?: number;
}

const DIGIT = /^\p{N}/u;
const UPPER = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/;
const DAY_MS = 86_400_000;
/** Bit of each day of the week (Monday bit 0 … Sunday bit 6), by its name as written. */
const WEEKDAY_BITS = new Map(WEEKDAYS.map((d, i) => [d[0].toUpperCase() + d.slice(1), 1 << ((i + 6) % 7)]));

/**
 * Day number of a date string (days since 1970-01-01), or null when it does not parse.
 * @example dayOf('2020-01-02') // 18263
 */
export function dayOf(date: string | null | undefined): number | null {
  if (!date) return null;
  const t = Date.parse(date.length === 10 && /^\d{4}-\d\d-\d\d$/.test(date) ? `${date}T00:00:00Z` : date);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

/** Terms of tokens already seen, by stop rank: the same words come back all the time. */
const memos = new Map<number, Map<string, string | null>>();
const MEMO_SIZE = 500_000;

/**
 * The term of a token: lower case, no possessive, plural `-s` dropped; figures without thousands
 * separators and prefixed with `#`. Null for words too common or too short to tell events apart.
 * @example term("Reid's", 50) // 'reid'; term('787,000', 50) // '#787000'
 */
export function term(token: string, stopRank: number): string | null {
  let memo = memos.get(stopRank);
  if (!memo) memos.set(stopRank, (memo = new Map()));
  let t = memo.get(token);
  if (t === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(token, (t = termOf(token, stopRank)));
  }
  return t;
}

function termOf(token: string, stopRank: number): string | null {
  if (DIGIT.test(token)) {
    const n = token.replace(/,/g, '');
    return n.length < 2 ? null : `#${n}`;
  }
  let w = token.toLowerCase().replace(POSSESSIVE, '').replace(/’/g, "'");
  if (w.length < 2) return null;
  const rank = wordRank(w);
  if (rank !== undefined && rank <= stopRank) return null;
  if (w.length > 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return w;
}

/** Adds the text's terms into `into`; returns the bits of the weekdays named in it, up to word `o.weekdayWords`. */
function addTerms(text: string, into: Map<string, number>, o: SketchOptions, title: boolean): number {
  const at: Cursor = { start: 0, end: 0 };
  let k = 0;
  let weekdays = 0;
  while (k < o.maxWords && nextWord(text, at)) {
    const word = text.slice(at.start, at.end);
    // Every day's name has six letters or more: shorter words skip the look-up.
    if ((title || k < o.weekdayWords) && at.end - at.start >= 6) weekdays |= WEEKDAY_BITS.get(word) ?? 0;
    const t = term(word, o.stopRank);
    if (!t) continue;
    let w = title ? o.titleWeight : 1 + (o.leadBoost * o.leadHalfLife) / (o.leadHalfLife + k);
    if (t.charCodeAt(0) === 35) w *= o.numberBoost;
    else if (!title && UPPER.test(word) && !startsSentence(text, at.start)) w *= o.nameBoost;
    into.set(t, (into.get(t) ?? 0) + w);
    k++;
  }
  return weekdays;
}

/**
 * The text without the lines the clean stage drops as page furniture ("Related articles:", a video
 * widget listing other stories' titles): an outlet's furniture would otherwise pull its articles
 * about different events into one story.
 */
function withoutFurniture(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const kept = lines.filter((line) => !isFurniture(line.trim()));
  return kept.length === lines.length ? text : kept.join('\n');
}

/**
 * Reads an article into its sketch: pure, fast (a regular expression, no tagging), and the same
 * article always gives the same sketch.
 * @example sketch({id: 'a', title: 'Quake hits Chile', text: 'A 7.1 quake struck Chile on Monday.'}, DEFAULTS)
 */
export function sketch(article: ClusterInput, o: SketchOptions): Sketch {
  const counts = new Map<string, number>();
  const named = article.title ? addTerms(article.title, counts, o, true) : 0;
  const weekdays = named | addTerms(withoutFurniture(article.text), counts, o, false);
  return { id: article.id, day: dayOf(article.date), outlet: article.outlet ?? null, title: article.title ?? null, terms: [...counts.keys()], weights: [...counts.values()], weekdays };
}
