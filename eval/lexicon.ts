import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Range } from './metrics.js';
import { wordRanges } from './metrics.js';

/** Where the Recasens et al. (2013) bias lexicon is in the data folder (used as a baseline only). */
export const BIAS_LEXICON = 'neus/data/lexicons/bias-lexicon/bias-lexicon.txt';

/** Reads a one-word-a-line lexicon from the data folder; null when it is not there. */
export function readLexicon(dataDir: string, rel = BIAS_LEXICON): Set<string> | null {
  const p = resolve(dataDir, rel);
  if (!existsSync(p)) return null;
  const words = readFileSync(p, 'utf8').split(/\r?\n/).map((w) => w.trim().toLowerCase()).filter((w) => w && !w.startsWith('#'));
  return new Set(words);
}

const SUFFIXES = ['', 's', 'es', 'ed', 'd', 'ing', 'ly', 'ness'];

/**
 * Baseline: every word whose form, or whose form less a common suffix, is a lexicon lemma.
 * @example lexiconSpans('A brutal attack', new Set(['brutal'])) // [{start: 2, end: 8}]
 */
export function lexiconSpans(text: string, lexicon: Set<string>): Range[] {
  const out: Range[] = [];
  for (const r of wordRanges(text)) {
    const w = text.slice(r.start, r.end).toLowerCase();
    const hit = SUFFIXES.some((s) => w.endsWith(s) && w.length - s.length >= 3 && (lexicon.has(w.slice(0, w.length - s.length)) || lexicon.has(w.slice(0, w.length - s.length) + 'e')));
    if (hit) out.push(r);
  }
  return out;
}
