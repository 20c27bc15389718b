import type { AnnotatedArticle, Span } from '../model/index.js';

/** A clause of an in-story sentence: the unit that is matched across articles. */
export interface Claim extends Span {
  article: number;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** Position of the claim in its article, 0 for the first. */
  position: number;
}

const SPLIT_AFTER_COMMA = new Set(['during', 'while', 'whereas', 'but', 'with', 'after', 'before', 'although', 'though', 'as']);

/**
 * Cuts each in-story sentence into claims at semicolons and at a comma that opens a new clause
 * ("…on Tuesday, during which the leaders agreed…"), when both sides have at least five tokens.
 * Headings are left out: they restate the story rather than add to it.
 */
export function claimsOf(article: AnnotatedArticle, a: number): Claim[] {
  const out: Claim[] = [];
  for (const s of article.sentences) {
    if (!s.inStory || article.blocks[s.block].heading) continue;
    const cuts = [s.tokenStart];
    for (let k = s.tokenStart + 5; k < s.tokenEnd - 5; k++) {
      const t = article.tokens[k];
      const next = article.tokens[k + 1];
      // "… was “devastated” and had shut the site": a second predicate of the same subject.
      const secondPredicate = t.lower === 'and' && k - cuts.at(-1)! >= 6 && (next.pos === 'AUX' || (next.pos === 'VERB' && /(ed|s)$/.test(next.lower))) && article.tokens[k + 2]?.pos !== 'PUNCT' && !titleBeforeName(article, k + 1) && !inRelative(article, cuts.at(-1)!, k);
      if (secondPredicate) {
        cuts.push(k);
        continue;
      }
      // ", and it is weighing an appeal": a comma, a conjunction and a new subject open a new claim.
      // Not a list of names ("with the Afghan president, Ashraf Ghani, and Taliban leaders, following …"):
      // the new subject must have a verb of its own.
      const newClause = (next.lower === 'and' || next.lower === 'but') && /^(PRON|DET|PROPN)$/.test(article.tokens[k + 2]?.pos ?? '') && verbAhead(article, k + 2, s.tokenEnd);
      if (t.value === ';' || (t.value === ',' && (SPLIT_AFTER_COMMA.has(next.lower) || newClause) && k - cuts.at(-1)! >= 5)) cuts.push(k + 1);
    }
    cuts.push(s.tokenEnd);
    for (let c = 0; c + 1 < cuts.length; c++) {
      const from = cuts[c];
      let to = cuts[c + 1];
      if (to - from < 1) continue;
      // Fragments without three words ("/ X", a dangling "and “epic!”") are not claims.
      let words = 0;
      for (let k = from; k < to; k++) if (/\p{L}{2,}/u.test(article.tokens[k].value)) words++;
      if (words < 3) continue;
      // The cut punctuation belongs to neither side.
      while (to - 1 > from && /^[,;]$/.test(article.tokens[to - 1].value) && c + 2 < cuts.length) to--;
      out.push({
        article: a,
        sentence: s.index,
        tokenStart: from,
        tokenEnd: to,
        start: article.tokens[from].start,
        end: article.tokens[to - 1].end,
        position: out.length,
      });
    }
  }
  return out;
}

/**
 * A finite verb within ten tokens from `k`, across an apposition's commas but not past the end of
 * a clause: "and the operator, SouthRail, said" has one; "and Taliban leaders, following a car bomb
 * attack" has only a participle.
 */
function verbAhead(article: AnnotatedArticle, k: number, end: number): boolean {
  for (let j = k; j < end && j < k + 10; j++) {
    const t = article.tokens[j];
    if (t.type === 'punctuation' && t.value !== ',') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return true;
  }
  return false;
}

/**
 * True when token `k` lies in a relative clause opened since `from` and not yet closed by a comma:
 * "Philando Castile, a black man who was shot and killed by police …, would be alive": "and killed"
 * is the relative clause's second verb, not the sentence's.
 */
function inRelative(article: AnnotatedArticle, from: number, k: number): boolean {
  let open = false;
  for (let j = from; j < k; j++) {
    const t = article.tokens[j];
    if (/^(who|which|that)$/.test(t.lower) && t.pos !== 'DET' && t.pos !== 'SCONJ') open = true;
    else if (t.value === ',') open = false;
  }
  return open;
}

/**
 * A participle that opens a title before a name: "multimillionaire and accused sex trafficker
 * Jeffrey Epstein" (a noun, then a name within two words, no article between), not a second
 * predicate.
 */
function titleBeforeName(article: AnnotatedArticle, k: number): boolean {
  const t = article.tokens;
  if (!/ed$/.test(t[k]?.lower ?? '') || t[k + 1]?.pos !== 'NOUN') return false;
  return t.slice(k + 2, k + 4).some((x) => x.pos === 'PROPN' && /^\p{Lu}/u.test(x.value)) && !t.slice(k + 2, k + 4).some((x) => x.pos === 'DET' || x.pos === 'ADP');
}
