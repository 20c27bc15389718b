import type { NumberMention, Sentence, Token } from '../model/index.js';
import { MONTHS } from '../text/calendar.js';

// Null-prototype tables: a token such as "constructor" must not find Object's own properties.
const WORDS: Record<string, number> = Object.setPrototypeOf({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  dozens: 24, hundreds: 200, thousands: 2000,
}, null);
const SCALE: Record<string, number> = Object.setPrototypeOf({ thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 }, null);
const CURRENCY: Record<string, string> = Object.setPrototypeOf({ $: 'usd', '£': 'gbp', '€': 'eur', '¥': 'jpy', '₹': 'inr', dollar: 'usd', pound: 'gbp', euro: 'eur', yen: 'jpy', rouble: 'rub', ruble: 'rub' }, null);
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);
const BOUNDS: Array<[string, NumberMention['bound']]> = [
  ['more than', 'min'], ['over', 'min'], ['at least', 'min'], ['upwards of', 'min'], ['in excess of', 'min'], ['above', 'min'],
  ['nearly', 'max'], ['almost', 'max'], ['up to', 'max'], ['less than', 'max'], ['fewer than', 'max'], ['under', 'max'], ['below', 'max'], ['just under', 'max'],
  ['about', 'approx'], ['around', 'approx'], ['some', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'], ['almost exactly', 'approx'],
];
const COUNTABLE = new Set(['NOUN', 'PROPN']);
const MONTH_WORDS = new Set([...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'sept']);

/**
 * Finds numbers with what they measure in one sentence: "more than 90 minutes" → 90 minute (min),
 * "a 90-minute call" → 90 minute, "23 seriously wounded soldiers" → 23 soldier, "$1.2bn" → 1.2e9 usd.
 * Years ("in 2014") and dates are left to the date finder.
 */
export function findNumbers(tokens: Token[], s: Sentence): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    // A score or a vote, "31-17": two numbers of one thing; rising, "15-20 inches", a range.
    const score = /^(\d+)[-–](\d+)$/.exec(t.value);
    if (score) {
      const noun = tokens[i + 1] && (COUNTABLE.has(tokens[i + 1].pos) || TIME_UNITS.has(tokens[i + 1].lemma)) ? tokens[i + 1].lemma : null;
      const range = Number(score[1]) < Number(score[2]);
      const end = noun && range ? tokens[i + 1].end : t.end;
      [score[1], score[2]].forEach((v, k) => out.push({ start: t.start, end, text: '', value: Number(v), unit: noun, counts: noun, bound: range ? (k ? 'max' : 'min') : 'exact', sentence: s.index }));
      continue;
    }
    let value = t.type === 'number' ? Number(t.value.replace(/,/g, '')) : WORDS[t.lower];
    if (value === undefined || Number.isNaN(value)) continue;
    // "Air Force Two", "Apollo Eleven": a number word inside a name counts nothing.
    if (t.type !== 'number' && i > s.tokenStart && /^\p{Lu}/u.test(t.value) && /^\p{Lu}/u.test(tokens[i - 1].value)) continue;
    if (t.type === 'number' && /^(1[89]|20)\d\d$/.test(t.value) && !TIME_UNITS.has(tokens[i + 1]?.lemma ?? '')) continue;
    // "14 June", "June 14": a date, left to the date finder.
    if (MONTH_WORDS.has(tokens[i + 1]?.lower ?? '') || (i > s.tokenStart && MONTH_WORDS.has(tokens[i - 1].lower))) continue;
    let start = i;
    let end = i + 1;
    // "half a dozen": six.
    if (t.lower === 'dozen' && tokens[i - 1]?.lower === 'a' && tokens[i - 2]?.lower === 'half' && i - 2 >= s.tokenStart) [value, start] = [6, i - 2];
    // "Ninety-five": wink gives it as three tokens.
    const ones = tokens[i + 2];
    if (t.type !== 'number' && value >= 20 && value < 100 && value % 10 === 0 && tokens[i + 1]?.value === '-' && ones && WORDS[ones.lower] < 10 && ones.start === tokens[i + 1].end) [value, end] = [value + WORDS[ones.lower], i + 3];
    // "two dozen", "nearly two-dozen": so many dozens.
    const dozen = tokens[end]?.value === '-' && tokens[end].start === tokens[end - 1].end ? end + 1 : end;
    if (t.lower !== 'dozen' && tokens[dozen]?.lower === 'dozen') [value, end] = [value * 12, dozen + 1];
    let unit: string | null = null;
    const before = tokens[i - 1];
    if (before && i > s.tokenStart && CURRENCY[before.value]) [unit, start] = [CURRENCY[before.value], i - 1];
    const scale = tokens[end] && SCALE[tokens[end].lower];
    if (scale) [value, end] = [value * scale, end + 1];
    if (tokens[end]?.value === '%' || tokens[end]?.lower === 'percent') [unit, end] = ['percent', end + 1];
    else if (tokens[end]?.lower === 'per' && tokens[end + 1]?.lower === 'cent') [unit, end] = ['percent', end + 2];
    // "90-minute", "three-year": a hyphen glued on; not a dash set off by spaces ("3.4% - after the vote").
    if (tokens[end]?.value === '-' && tokens[end].start === tokens[end - 1].end) end++;
    let counts: string | null = null;
    for (let k = end; k < Math.min(s.tokenEnd, end + 4); k++) {
      let n = tokens[k];
      // "23 wounded soldiers" counts soldiers; "32 percent blamed Democrats" counts no Democrats.
      // A participle before its noun describes it ("23 seriously wounded soldiers"); another verb ends the phrase.
      const participle = n.pos === 'VERB' && !unit && /(?:ed|en|ing)$/.test(n.lower) && COUNTABLE.has(tokens[k + 1]?.pos ?? '');
      if (n.type === 'punctuation' || n.type === 'number' || n.pos === 'NUM' || (n.pos === 'VERB' && (k > end || unit) && !participle) || n.pos === 'ADP' || n.pos === 'CCONJ') break;
      if (COUNTABLE.has(n.pos) || TIME_UNITS.has(n.lemma) || CURRENCY[n.lemma]) {
        // A compound counts its last noun: "two oil tankers" counts tankers, not oil; "three Central
        // Texas schools" counts schools, "two Ebola patients" patients.
        const compound = (t: Token) => t.pos === 'NOUN' || (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value));
        let last = k;
        while (last + 1 < s.tokenEnd && last - k < 4 && compound(tokens[last]) && compound(tokens[last + 1]) && !TIME_UNITS.has(tokens[last].lemma) && !CURRENCY[tokens[last].lemma]) last++;
        if (last > k && tokens[last].pos === 'NOUN') n = tokens[(k = last)];
        counts = n.lemma;
        if (!unit) unit = CURRENCY[n.lemma] ?? n.lemma;
        end = k + 1;
        break;
      }
    }
    const bound = boundBefore(tokens, start, s);
    const from = bound ? bound.from : start;
    const previous = out.at(-1);
    // "between seven and nine years", "two to three years": one range, its ends a floor and a ceiling
    // (not a vote "5 to 4").
    if (previous && previous.sentence === s.index && !bound && previous.bound === 'exact' && previous.value < value && rangeBetween(tokens, previous, from, s)) {
      previous.bound = 'min';
      previous.unit ??= unit;
      previous.counts ??= counts;
      out.push({ start: tokens[from].start, end: tokens[end - 1].end, text: '', value, unit, counts, bound: 'max', sentence: s.index });
      i = end - 1;
      continue;
    }
    // "28 and 24 delegates", "12, 15 and 20 people": figures joined by "and" or a comma count the
    // last one's thing (not the second half of a score, "31-17 and 12 people").
    let to = from;
    for (let p = out.length - 1; p >= 0 && unit && out[p].sentence === s.index && out[p].unit === null && coordinated(tokens, out[p], to, s); p--) {
      // The figure's first token, looked for within the sentence only.
      let first = s.tokenStart;
      while (first < s.tokenEnd && tokens[first].start !== out[p].start) first++;
      if (/[-–]/.test(tokens[first]?.value ?? '')) break;
      out[p].unit = unit;
      out[p].counts = counts;
      to = first;
    }
    out.push({
      start: tokens[from].start,
      end: tokens[end - 1].end,
      text: '',
      value,
      unit,
      counts,
      bound: bound?.bound ?? 'exact',
      sentence: s.index,
    });
    i = end - 1;
  }
  return out;
}

/**
 * Whether what lies between a number (`prev`, character offsets) and the token `to` joins the two
 * into a range: "to", "or", a dash, or "and" after "between" ("between seven and nine").
 */
function rangeBetween(tokens: Token[], prev: { start: number; end: number }, to: number, s: Sentence): boolean {
  const gap = gapOf(tokens, prev, to, s);
  if (gap.length !== 1) return false;
  const joint = gap[0].lower;
  if (joint === 'to' || joint === 'or' || joint === '-' || joint === '–') return true;
  const before = tokens.slice(s.tokenStart, to).filter((t) => t.end <= prev.start).at(-1);
  return joint === 'and' && before?.lower === 'between';
}

/** The tokens between a number (`prev`, character offsets) and the token `to`. */
const gapOf = (tokens: Token[], prev: { start: number; end: number }, to: number, s: Sentence): Token[] => tokens.slice(s.tokenStart, to).filter((t) => t.start >= prev.end);

/** "28 and 24", "12, 15 and 20": only "and" or a comma between a number and the next. */
function coordinated(tokens: Token[], prev: { start: number; end: number }, to: number, s: Sentence): boolean {
  const gap = gapOf(tokens, prev, to, s);
  return gap.length === 1 ? gap[0].lower === 'and' || gap[0].value === ',' : gap.length === 2 && gap[0].value === ',' && gap[1].lower === 'and';
}

function boundBefore(tokens: Token[], at: number, s: Sentence): { from: number; bound: NumberMention['bound'] } | null {
  for (const [phrase, bound] of BOUNDS) {
    const words = phrase.split(' ');
    const from = at - words.length;
    if (from < s.tokenStart) continue;
    if (words.every((w, k) => tokens[from + k].lower === w)) return { from, bound };
  }
  return null;
}

/** True when two numbers can both be true: "more than 90 minutes" and "a 90-minute call" can. */
export function compatible(a: NumberMention, b: NumberMention): boolean {
  const lo = (n: NumberMention) => (n.bound === 'min' ? n.value : n.bound === 'approx' ? n.value * 0.85 : n.bound === 'max' ? 0 : n.value);
  const hi = (n: NumberMention) => (n.bound === 'max' ? n.value : n.bound === 'approx' ? n.value * 1.15 : n.bound === 'min' ? Infinity : n.value);
  // A writer who says "90 minutes" of a call that ran "more than 90 minutes" rounds, not contradicts,
  // and "8 percent" rounds "8.1%".
  return lo(a) - slack(a) <= hi(b) + slack(b) && lo(b) - slack(b) <= hi(a) + slack(a);
}

/**
 * How far a figure may be from what it stands for: half its last written digit ("8 percent" → 0.5,
 * "$2.65 billion" → 5 million), and a tenth of a round figure of 100 or more as written ("300
 * people", "ninety minutes" is not; "$2.65 billion" is not round, though its value is).
 */
function slack(n: NumberMention): number {
  const literal = /\d[\d,]*(?:\.(\d+))?/.exec(n.text);
  const written = literal ? Number(literal[0].replace(/,/g, '')) : n.value;
  const scale = written ? n.value / written : 1;
  // Only the figure itself, maybe with "million" or "billion" ("31-17" gives two figures of one text).
  if (![1, 1e3, 1e6, 1e9, 1e12].some((k) => Math.abs(scale / k - 1) < 1e-9)) return 0;
  const round = n.bound === 'exact' && written >= 100 && written % 10 === 0 ? n.value * 0.1 : 0;
  return Math.max(round, literal ? 0.5 * 10 ** -(literal[1]?.length ?? 0) * scale : 0);
}
