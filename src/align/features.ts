import type { AnnotatedArticle } from '../model/index.js';
import { loadMap } from '../lexicon/index.js';
import { SPEECH_VERBS } from '../annotate/quotes/cues.js';
import { places } from '../annotate/places.js';
import type { Claim } from './claims.js';

const SYNONYMS = loadMap('annotate/synonyms');
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
const ANAPHORIC = /^(the (agreement|deal|move|decision|plan|proposal|announcement|statement|ceasefire|truce|call|talks?|meeting|attack|incident|fire|blast|ruling|vote|measure|law|bill)|this|that|it|these|those)\b/i;

/** A word cut to its first five letters after lemma and synonym: "negotiations" → "negot". */
export const stem = (lemma: string): string => {
  const canon = SYNONYMS.get(lemma) ?? lemma;
  return canon.length > 5 ? canon.slice(0, 5) : canon;
};

/**
 * The terms a claim is matched on: stemmed content words outside names, the canonical entities it
 * mentions (a country also for its capital and demonym), and its numbers with their units. A claim
 * that opens with "The agreement…" or "It…" also borrows the previous claim's terms, at half weight.
 */
export function claimTerms(article: AnnotatedArticle, claim: Claim, previous: Claim | null): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (t: string, w = 1) => terms.set(t, (terms.get(t) ?? 0) + w);
  const inName = article.entities.filter((m) => m.start >= claim.start && m.end <= claim.end);
  for (const m of inName) add(`@${m.entity}`, 1.5);
  for (let k = claim.tokenStart; k < claim.tokenEnd; k++) {
    const t = article.tokens[k];
    if (inName.some((m) => t.start >= m.start && t.end <= m.end)) continue;
    if (t.type === 'number') continue;
    const place = /^\p{Lu}/u.test(t.value) ? places().get(t.lower) : undefined;
    if (place) {
      add(`@${place.country.toLowerCase()}`, 0.75);
      continue;
    }
    if (t.stop || !CONTENT.has(t.pos) || SPEECH_VERBS.has(t.lemma) || t.lemma.length < 3) continue;
    add(stem(t.lemma));
  }
  for (const n of article.numbers) if (n.start >= claim.start && n.end <= claim.end) add(`#${n.value}${n.unit ? ':' + stem(n.unit) : ''}`, 1.5);
  if (previous && previous.article === claim.article && ANAPHORIC.test(article.text.slice(claim.start, claim.end))) {
    for (const [t, w] of claimTerms(article, previous, null)) if (!terms.has(t)) terms.set(t, w * 0.5);
  }
  return terms;
}
