import type { DateMention, Sentence, Token } from '../model/index.js';

import { MONTHS, WEEKDAYS } from '../text/calendar.js';

const MONTH_ABBR = new Map(MONTHS.map((m, i) => [m.slice(0, 3), i] as const));
/** Words before a weekday that put it ahead of the article's date. */
export const FORWARD = new Set(['effective', 'starting', 'beginning', 'next', 'from']);
// Null prototype: `"constructor" in RELATIVE` must be false.
const RELATIVE: Record<string, number> = Object.setPrototypeOf({ today: 0, yesterday: -1, tomorrow: 1, tonight: 0 }, null);

/**
 * Finds date expressions in one sentence and resolves them against the article's date:
 * "Tuesday" → the Tuesday on or before it, "5 March" / "March 5, 2025", "yesterday", "last week".
 * Without an article date, relative dates keep `iso: null`.
 */
export function findDates(tokens: Token[], s: Sentence, articleDate: string | null): DateMention[] {
  const base = articleDate ? new Date(`${articleDate.slice(0, 10)}T12:00:00Z`) : null;
  const out: DateMention[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    const push = (from: number, to: number, iso: string | null) => {
      out.push({ start: tokens[from].start, end: tokens[to - 1].end, text: '', iso, sentence: s.index });
      i = to - 1;
    };
    const wd = WEEKDAYS.indexOf(t.lower);
    if (wd >= 0 && /^\p{Lu}/u.test(t.value)) {
      // "effective Saturday", "starting Monday", "next Friday", "will expire Monday", "is scheduled
      // for Thursday": the day on or after the article's.
      // "faces a Saturday deadline": a deadline named by its day is told before it passes.
      const deadline = tokens[i + 1]?.lower === 'deadline';
      const ahead = (i > s.tokenStart && FORWARD.has(tokens[i - 1].lower)) || futureBefore(tokens, i, s) || deadline;
      push(i, i + 1, base ? iso(addDays(base, ahead ? (wd - base.getUTCDay() + 7) % 7 : -((base.getUTCDay() - wd + 7) % 7))) : null);
      continue;
    }
    // "USA TODAY", the "Today" show: a name, not a day.
    // "TODAY", "NBC's Today", "on the Today Show": a capital inside a sentence makes a name, not a day.
    if (t.lower in RELATIVE && !(t.value === t.value.toUpperCase() || (i > s.tokenStart && /^\p{Lu}/u.test(t.value) && !/^[“"‘'(:—–-]$/.test(tokens[i - 1].value)))) {
      push(i, i + 1, base ? iso(addDays(base, RELATIVE[t.lower])) : null);
      continue;
    }
    if ((t.lower === 'last' || t.lower === 'next') && ['week', 'month', 'year'].includes(tokens[i + 1]?.lower ?? '')) {
      const sign = t.lower === 'last' ? -1 : 1;
      const unit = tokens[i + 1].lower;
      // Only the month or year is certain: "last week" may be any day of it.
      push(i, i + 2, base ? iso(addDays(base, sign * (unit === 'week' ? 7 : unit === 'month' ? 30 : 365))).slice(0, unit === 'year' ? 4 : 7) : null);
      continue;
    }
    const m = monthOf(t);
    if (m < 0 || !/^\p{Lu}/u.test(t.value)) continue;
    // "5 March 2025", "March 5, 2025", "March 2025", "March 5".
    let from = i;
    let to = i + 1;
    let day: number | null = null;
    if (i > s.tokenStart && /^\d{1,2}$/.test(tokens[i - 1].value)) [day, from] = [Number(tokens[i - 1].value), i - 1];
    else if (/^\d{1,2}(st|nd|rd|th)?$/.test(tokens[to]?.value ?? '')) [day, to] = [parseInt(tokens[to].value, 10), to + 1];
    if (tokens[to]?.value === ',' && /^\d{4}$/.test(tokens[to + 1]?.value ?? '')) to++;
    let year: number | null = /^\d{4}$/.test(tokens[to]?.value ?? '') ? Number(tokens[to++].value) : null;
    if (year === null && base) {
      year = base.getUTCFullYear();
      // A month later in the year than the article's date is usually last year's.
      if (m > base.getUTCMonth() + 1) year--;
    }
    const isoDate = year === null ? null : day === null ? `${year}-${pad(m + 1)}` : `${year}-${pad(m + 1)}-${pad(day)}`;
    push(from, to, isoDate);
  }
  return out;
}

/** Words that put what follows in the future ("will", "scheduled", "expected"; not "set" or "due", which are also past or causal). */
const FUTURE = new Set(['will', "'ll", 'shall', 'scheduled', 'expected', 'slated', 'planned', 'upcoming']);

/** A future word up to six words before token `i`, with no comma or full stop between. */
function futureBefore(tokens: Token[], i: number, s: Sentence): boolean {
  for (let j = i - 1; j >= Math.max(s.tokenStart, i - 6); j--) {
    if (tokens[j].type === 'punctuation' && /[,.;:]/.test(tokens[j].value)) return false;
    if (FUTURE.has(tokens[j].lower)) return true;
  }
  return false;
}

function monthOf(t: Token): number {
  const m = MONTHS.indexOf(t.lower);
  if (m >= 0) return t.lower === 'may' && t.pos !== 'PROPN' ? -1 : m;
  const abbr = t.lower.replace(/\.$/, '');
  return abbr.length === 3 && MONTH_ABBR.has(abbr) && abbr !== 'may' ? MONTH_ABBR.get(abbr)! : -1;
}

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');
