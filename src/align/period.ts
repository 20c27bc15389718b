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

/**
 * What a share is a share of: the head noun after "of" ("60% of the vote" → vote, "68 percent of the
 * remaining delegates" → delegate) or the noun it qualifies ("20 percent purity", "a 4-percentage-point
 * margin") or the group its claim names ("among independents"), or null ("a majority of Republicans
 * (54 percent)", "rates rose to 6.8%"). Two shares are one quantity only when they are shares of one thing.
 */
export function wholeOf(art: AnnotatedArticle, c: Claim, n: Span): string | null {
  let k = tokenSpan(art, c, n)[1];
  // The figure's mention may hold the noun it counts ("20 percent purity").
  const last = art.tokens[k - 1];
  if (last.pos === 'NOUN' && !/^(percent|percentage|points?)$/.test(last.lower)) return last.lemma;
  while (k < c.tokenEnd && /^(points?|-)$/.test(art.tokens[k].lower)) k++;
  if (k < c.tokenEnd && art.tokens[k].pos === 'NOUN') return art.tokens[k].lemma;
  if (k < c.tokenEnd && art.tokens[k].lower === 'of') return headAfter(art, c, k);
  // "Among women, Clinton leads 51 percent to 32 percent": a share of a group the claim names.
  for (let j = c.tokenStart; j < c.tokenEnd; j++) if (art.tokens[j].lower === 'among') return headAfter(art, c, j);
  return null;
}

/** The first noun after token `k`, past determiners and modifiers, or null. */
function headAfter(art: AnnotatedArticle, c: Claim, k: number): string | null {
  for (let j = k + 1; j < Math.min(c.tokenEnd, k + 6); j++) {
    const t = art.tokens[j];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return t.lemma;
    if (!/^(DET|ADJ|NUM|ADV|PRON|VERB)$/.test(t.pos)) return null;
  }
  return null;
}
