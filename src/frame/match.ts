import type { Entry, Lexicon } from './lexicon.js';
import type { Word } from './words.js';

/** A lexicon entry found at words `[from, to)`. */
export interface Match {
  entry: Entry;
  from: number;
  to: number;
}

/**
 * Finds the entries of `lex` in `words`. Matches that overlap a blocking entry are dropped; of
 * overlapping matches the longest is kept (earliest on ties).
 * @example matchWords(words, LEXICONS.hedges) // "according to unnamed", "reportedly"
 */
export function matchWords(words: Word[], lex: Lexicon): Match[] {
  const found: Match[] = [];
  const blocks: Match[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.punct) continue;
    for (const key of w.keys) {
      for (const entry of lex.first.get(key) ?? []) {
        const to = matchAt(words, i, entry);
        if (to < 0) continue;
        (entry.block ? blocks : found).push({ entry, from: i, to });
      }
    }
  }
  const open = found.filter((m) => !blocks.some((b) => b.from < m.to && m.from < b.to));
  return longestFirst(open);
}

/** Keeps the longest of overlapping ranges, returned in text order. */
export function longestFirst<T extends { from: number; to: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const kept: T[] = [];
  for (const m of sorted) if (!kept.some((k) => k.from < m.to && m.from < k.to)) kept.push(m);
  return kept.sort((a, b) => a.from - b.from);
}

function matchAt(words: Word[], i: number, entry: Entry): number {
  if (entry.words.length === 1) {
    if (entry.pos && words[i].pos !== entry.pos) return -1;
    return i + 1;
  }
  let j = i;
  for (const want of entry.words) {
    while (j < words.length && isSkippable(words[j], want)) j++;
    const w = words[j];
    if (!w || w.punct) return -1;
    if (want !== '*' && !w.keys.includes(want)) return -1;
    j++;
  }
  return j;
}

/** Quotation marks inside a phrase do not break it: "the so-called ‘peace plan’". */
function isSkippable(w: Word, want: string): boolean {
  return w.punct && want !== w.lower && QUOTE_MARKS.has(w.lower);
}

const QUOTE_MARKS = new Set(['"', "'", '“', '”', '«', '»']);
