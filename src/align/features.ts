import type { AnnotatedArticle } from '../model/index.js';
import { loadMap } from '../lexicon/index.js';
import { SPEECH_VERBS } from '../annotate/quotes/cues.js';
import { places, twoWordPlace } from '../annotate/places.js';
import { TITLE_WORDS } from '../annotate/name-words.js';
import { rarity } from '../lexicon/rarity.js';
import type { Claim } from './claims.js';

const SYNONYMS = loadMap('annotate/synonyms');
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
const NOUNS = new Set(['NOUN', 'PROPN']);
const MODIFIERS = new Set(['NOUN', 'PROPN', 'ADJ']);
const ANAPHORIC = /^(the (agreement|deal|move|decision|plan|proposal|announcement|statement|ceasefire|truce|call|talks?|meeting|attack|incident|fire|blast|ruling|vote|measure|law|bill)|this|that|it|these|those|(and|but) (had|has|have|was|were|is|are|\w+ed|it|he|she|they)|during which|with)\b/i;

/**
 * A word cut to its first five letters after lemma and synonym: "negotiations" → "negot". Each part
 * of a hyphenated word is cut on its own: "anti-aircraft" → "anti-aircr", not the "anti-" that
 * "anti-riot" would share.
 */
export const stem = (lemma: string): string => {
  const canon = SYNONYMS.get(lemma) ?? lemma;
  if (canon.length <= 5) return canon;
  return canon.includes('-') ? canon.split('-').map((part) => part.slice(0, 5)).join('-') : canon.slice(0, 5);
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
  // Who said it ("the Kremlin said", "According to a White House statement") is not what was said:
  // when quotes carry most of the claim, the words around them count for little.
  const quoted = article.quotes.filter((q) => q.start < claim.end && q.end > claim.start);
  const cover = quoted.reduce((n, q) => n + Math.min(q.end, claim.end) - Math.max(q.start, claim.start), 0);
  const framed = cover >= 0.4 * (claim.end - claim.start);
  const weightAt = (at: number) => (framed && !quoted.some((q) => at >= q.start && at < q.end) ? 0.25 : 1);
  for (const m of inName) add(`@${m.entity}`, (m.form === 'description' ? 0.4 : m.type === 'place' ? 0.5 : 0.8) * weightAt(m.start));
  // Names stand for their entity, and so do a person's role descriptions and the title before a
  // name ("the former vice president", "Vice President Joe Biden": the vice presidency is no fact
  // the claims share); other descriptions ("investigators", "the company") keep their words too.
  const named = inName.filter((m) => m.form === 'name' || (m.form === 'description' && m.type === 'person'));
  const titled = titleTokens(article, claim, named);
  let previousWord: { term: string; weight: number; at: number } | null = null;
  for (let k = claim.tokenStart; k < claim.tokenEnd; k++) {
    const t = article.tokens[k];
    if (t.type === 'punctuation' && t.value !== '-') previousWord = null;
    if (titled.has(k) || named.some((m) => t.start >= m.start && t.end <= m.end)) continue;
    if (t.type === 'number') continue;
    // "Russian", "North Korean": a nationality of one or two words stands for its country.
    const capital = /^\p{Lu}/u.test(t.value);
    const pair = capital && /^\p{Lu}/u.test(article.tokens[k + 1]?.value ?? '') ? twoWordPlace(article.tokens, k, claim.tokenEnd) : undefined;
    const place = pair ?? (capital ? places().get(t.lower) : undefined);
    if (place) {
      add(`@${place.country.toLowerCase()}`, 0.5 * weightAt(t.start));
      if (pair) k++;
      continue;
    }
    if (t.stop || !CONTENT.has(t.pos) || SPEECH_VERBS.has(t.lemma) || t.lemma.length < 3) continue;
    const term = stem(t.lemma);
    const weight = rarity(SYNONYMS.get(t.lemma) ?? t.lemma) * weightAt(t.start);
    add(term, weight);
    // A modifier and its noun ("lasting peace", "energy and infrastructure") are stronger evidence.
    const gap = previousWord ? article.tokens.slice(previousWord.at + 1, k).map((x) => x.lower).join(' ') : null;
    if (previousWord && NOUNS.has(t.pos) && (gap === '' || gap === 'and' || gap === 'of' || gap === '-')) add(`${previousWord.term}+${term}`, (previousWord.weight + weight) / 2);
    previousWord = MODIFIERS.has(t.pos) ? { term, weight, at: k } : null;
  }
  for (const m of inName) {
    const place = places().get(m.text.toLowerCase());
    if (place?.as === 'capital') add(`@${place.country.toLowerCase()}`, 0.5 * weightAt(m.start));
  }
  // Numbers in digits are precise evidence; "two leaders" or "three-year" much less so.
  // The bare value counts too: "31 votes to 17" and "the 31-17 vote" share 31 and 17.
  for (const n of article.numbers) {
    if (n.start < claim.start || n.end > claim.end) continue;
    const w = (/\d/.test(n.text) ? 0.6 : 0.3) * weightAt(n.start);
    if (n.unit) add(`#${n.value}:${stem(n.unit)}`, w);
    add(`#${n.value}`, w / 2);
  }
  // Resolved dates: "from 1 March" and "from March 1, 2025" name the same day.
  for (const d of article.dates) if (d.start >= claim.start && d.end <= claim.end && d.iso) add(`@${d.iso}`, 0.25 * weightAt(d.start));
  if (previous && previous.article === claim.article && ANAPHORIC.test(article.text.slice(claim.start, claim.end))) {
    for (const [t, w] of claimTerms(article, previous, null)) if (!terms.has(t)) terms.set(t, w * 0.5);
  }
  return terms;
}

/** Tokens of the title written right before a person's name in a claim: "Vice President" of "Vice President Joe Biden". */
function titleTokens(article: AnnotatedArticle, claim: Claim, named: { start: number; type: string; form: string }[]): Set<number> {
  const out = new Set<number>();
  const people = new Set(named.filter((m) => m.type === 'person' && m.form === 'name').map((m) => m.start));
  for (let k = claim.tokenStart; k < claim.tokenEnd; k++) {
    if (!people.has(article.tokens[k].start)) continue;
    for (let j = k - 1; j >= claim.tokenStart && TITLE_WORDS.has(article.tokens[j].lower); j--) out.add(j);
  }
  return out;
}
