import type { FramingSpan } from '../model/index.js';
import type { ArticleView } from './context.js';
import { LEXICONS } from './lexicon.js';
import { matchWords } from './match.js';
import { extendToHead, mergeRuns, q, toSpan, type Candidate } from './spans.js';

/** Hedging modifiers that take their noun: "alleged attack", "according to unnamed sources". */
const TAKES_HEAD = new Set(['alleged', 'purported', 'suspected', 'unconfirmed', 'unverified', 'unsubstantiated', 'uncorroborated', 'rumoured', 'rumored', 'according to unnamed', 'unnamed', 'anonymous']);

/**
 * Finds hedges and uncertain attribution in any voice: "reportedly", "may", "is believed to",
 * "according to unnamed sources", "media reports speculated".
 * @example hedges(view) // [{ text: 'reportedly', kind: 'hedge', … }]
 */
export function hedges(view: ArticleView): FramingSpan[] {
  const spans: FramingSpan[] = [];
  for (const sv of view.sentences) {
    const cands: Candidate[] = [];
    for (const m of matchWords(sv.words, LEXICONS.hedges)) {
      const to = TAKES_HEAD.has(m.entry.phrase) ? extendToHead(sv.words, m.to) : m.to;
      cands.push({ from: m.from, to, note: `hedge: ${q(m.entry.phrase)} (${m.entry.section})` });
    }
    for (const c of mergeRuns(sv.words, cands)) spans.push(toSpan(view, sv, c, 'hedge'));
  }
  return spans;
}
