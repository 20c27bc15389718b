import type { AnnotatedArticle, Span } from '../model/index.js';
import type { Claim } from './claims.js';
import { tokenSpan } from './happening.js';

/** Nouns for a stretch of time that a count may cover ("in his first term", "over five years"). */
const SPANS = new Set(['term', 'year', 'month', 'week', 'day', 'decade', 'century', 'presidency', 'tenure', 'administration', 'quarter', 'season', 'career', 'hour', 'period', 'half']);
const OPENERS = new Set(['in', 'during', 'over', 'within', 'throughout']);

/**
 * The stretch of time a figure counts over, when its claim names one right after it: "granted one
 * commutation in his first term" → "first term", "ten commutations in more than five years" → "five
 * year" (lemmas of the words that tell the span, without determiners); null when none is named.
 * Counts over different stretches are different quantities, not a contradiction.
 */
export function periodOf(art: AnnotatedArticle, c: Claim, n: Span): string | null {
  const after = tokenSpan(art, c, n)[1];
  for (let k = after; k < Math.min(c.tokenEnd, after + 6); k++) {
    const t = art.tokens[k];
    if (t.type === 'punctuation') return null;
    if (!OPENERS.has(t.lower)) continue;
    const words: string[] = [];
    for (let j = k + 1; j < Math.min(c.tokenEnd, k + 7); j++) {
      const w = art.tokens[j];
      if (SPANS.has(w.lemma)) return [...words, w.lemma].join(' ');
      if (!/^(DET|PRON|ADJ|NUM|ADV|ADP)$/.test(w.pos) || w.lower === 'than') {
        if (w.lower !== 'than') return null;
        continue;
      }
      if (!/^(DET|PRON)$/.test(w.pos) && !/^(more|less|fewer|about|nearly|almost|over|under|at|least|most|the)$/.test(w.lower)) words.push(w.lemma);
    }
    return null;
  }
  return null;
}
