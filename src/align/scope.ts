import type { AnnotatedArticle } from '../model/index.js';
import { places } from '../annotate/places.js';
import type { Claim } from './claims.js';

/** Words that make an arrangement mutual. */
const MUTUAL = /\b(on both sides|by both sides|both sides|both parties|both countries|each other|one another|mutual(ly)?|reciprocal(ly)?|on all sides|all parties)\b/i;
/** Verbs of one party refraining from something. */
const REFRAIN = new Set(['stop', 'halt', 'cease', 'suspend', 'pause', 'refrain', 'end', 'withdraw', 'limit']);

/** Words for an arrangement that may bind both sides: "the agreement applies to …", "a truce". */
const ARRANGEMENT = new Set(['agreement', 'deal', 'ceasefire', 'cease-fire', 'truce', 'moratorium', 'pause', 'halt', 'freeze', 'accord', 'pact', 'arrangement', 'apply', 'commitment', 'pledge']);

export interface Scope {
  kind: 'one-sided' | 'mutual';
  value: string;
  /** Lemmas of the nouns the claim is about: after the verb of refraining, or in the whole mutual claim. */
  about: Set<string>;
  /** A mutual claim speaks of an arrangement (or of refraining itself), not just of "both sides". */
  arrangement: boolean;
}

/**
 * Whether a claim presents an arrangement as mutual ("applies … on both sides") or as one party
 * refraining from acting on another ("Russia to stop hitting Ukrainian energy targets"), or neither.
 */
export function scopeOf(art: AnnotatedArticle, c: Claim): Scope | null {
  const text = art.text.slice(c.start, c.end);
  const mutual = MUTUAL.exec(text);
  const tokens = art.tokens.slice(c.tokenStart, c.tokenEnd);
  if (mutual) {
    const arrangement = tokens.some((t) => ARRANGEMENT.has(t.lemma.toLowerCase()) || (t.pos === 'VERB' && REFRAIN.has(t.lemma)));
    return { kind: 'mutual', value: mutual[0], about: nounsOf(tokens), arrangement };
  }
  for (let k = c.tokenStart; k < c.tokenEnd; k++) {
    const t = art.tokens[k];
    if (!REFRAIN.has(t.lemma) || t.pos !== 'VERB') continue;
    const agent = countryBefore(art, c.tokenStart, k);
    const target = countryAfter(art, k + 1, c.tokenEnd);
    if (agent && target && agent !== target) {
      const end = Math.min(c.tokenEnd, k + 8);
      return { kind: 'one-sided', value: `${agent} ${art.text.slice(t.start, art.tokens[end - 1].end)}`, about: nounsOf(art.tokens.slice(k + 1, end)), arrangement: true };
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

/** Lemmas of the common nouns among tokens ("energy", "target"). */
function nounsOf(tokens: { pos: string; lemma: string }[]): Set<string> {
  return new Set(tokens.filter((t) => t.pos === 'NOUN').map((t) => t.lemma.toLowerCase()));
}

/**
 * A one-sided and a mutual telling are of one arrangement when the mutual claim speaks of an
 * arrangement and names something the one side refrains from ("stop hitting Ukrainian energy
 * targets" / "the agreement applies to energy and infrastructure on both sides"); not "both countries
 * have accused Iran" against "Israel to stop Iran".
 */
export function sameArrangement(one: Scope, both: Scope): boolean {
  return both.arrangement && [...one.about].some((w) => both.about.has(w));
}
