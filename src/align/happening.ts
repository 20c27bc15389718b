import type { AnnotatedArticle } from '../model/index.js';
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

/** One side of a conflict: the claim, its article and the value it gives. */
export function side(art: AnnotatedArticle, c: Claim, value: string) {
  return { article: art.id, text: art.text.slice(c.start, c.end), value, start: c.start, end: c.end };
}
