import type { AnnotatedArticle } from '../model/index.js';
import { places } from '../annotate/places.js';
import type { Claim } from './claims.js';

/** Words that make an arrangement mutual. */
const MUTUAL = /\b(on both sides|by both sides|both sides|both parties|both countries|each other|one another|mutual(ly)?|reciprocal(ly)?|on all sides|all parties)\b/i;
/** Verbs of one party refraining from something. */
const REFRAIN = new Set(['stop', 'halt', 'cease', 'suspend', 'pause', 'refrain', 'end', 'withdraw', 'limit']);

export interface Scope {
  kind: 'one-sided' | 'mutual';
  value: string;
}

/**
 * Whether a claim presents an arrangement as mutual ("applies … on both sides") or as one party
 * refraining from acting on another ("Russia to stop hitting Ukrainian energy targets"), or neither.
 */
export function scopeOf(art: AnnotatedArticle, c: Claim): Scope | null {
  const text = art.text.slice(c.start, c.end);
  const mutual = MUTUAL.exec(text);
  if (mutual) return { kind: 'mutual', value: mutual[0] };
  for (let k = c.tokenStart; k < c.tokenEnd; k++) {
    const t = art.tokens[k];
    if (!REFRAIN.has(t.lemma) || t.pos !== 'VERB') continue;
    const agent = countryBefore(art, c.tokenStart, k);
    const target = countryAfter(art, k + 1, c.tokenEnd);
    if (agent && target && agent !== target) {
      const end = Math.min(c.tokenEnd, k + 8);
      return { kind: 'one-sided', value: `${agent} ${art.text.slice(t.start, art.tokens[end - 1].end)}` };
    }
  }
  return null;
}

function countryAt(art: AnnotatedArticle, k: number): string | null {
  const t = art.tokens[k];
  if (!/^\p{Lu}/u.test(t.value)) return null;
  return places().get(t.lower)?.country ?? null;
}

function countryBefore(art: AnnotatedArticle, from: number, to: number): string | null {
  for (let k = to - 1; k >= from && to - k <= 4; k--) {
    const c = countryAt(art, k);
    if (c) return c;
  }
  return null;
}

function countryAfter(art: AnnotatedArticle, from: number, to: number): string | null {
  for (let k = from; k < to && k - from <= 5; k++) {
    const c = countryAt(art, k);
    if (c) return c;
  }
  return null;
}
