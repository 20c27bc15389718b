import type { Token } from '../model/index.js';
import { tokenizeRange } from '../tokenize/block.js';
import { LEXICONS } from '../frame/lexicon.js';
import { matchWords } from '../frame/match.js';
import { toWords } from '../frame/words.js';

/**
 * Tokens of a short text that is not part of any article body (a title), with lemmas and parts of
 * speech from the same model the tokenize stage uses; offsets point into `text`.
 */
export function tokensOf(text: string): Token[] {
  return tokenizeRange(text, 0, text.length, 0).tokens;
}

/** A quotation in a headline: “…”, "…", or ‘…’ / '…' around words (not an apostrophe inside one). */
const QUOTED = /[“”"]|(?:^|[\s(:])['‘][^'’]+['’](?=$|[\s,.:;!?)])/u;

/**
 * Explainers, questions and columns rather than news: "What we know about…", "Why…", "Opinion:".
 * Case-sensitive, so that "WHO warns…" (the organisation) is news.
 */
const EXPLAINER = /^(?:What|Why|How|Who|When|Where|Here's|Here’s|Here is|Watch|Opinion|Analysis)\b/;

/**
 * What makes a headline unfit for a neutral story title, as a 0..1 factor (1 = nothing found): a
 * quotation, a question, an exclamation, an explainer or column opening, loaded or opinion words.
 * @example headlineQuality("'Heroic' parishioners end church shootout") // 0.5 or less
 */
export function headlineQuality(title: string): number {
  let q = 1;
  if (QUOTED.test(title)) q *= 0.5;
  if (/\?/.test(title)) q *= 0.5;
  if (/!/.test(title)) q *= 0.6;
  if (EXPLAINER.test(title)) q *= 0.5;
  // A heading in capitals is a section's label ("TRUMP MESSAGE TO IRAN"), not a headline.
  if (!/\p{Ll}/u.test(title) && /\p{Lu}.*\p{Lu}/u.test(title)) q *= 0.4;
  const tokens = tokensOf(title);
  const words = toWords(tokens, 0, tokens.length);
  const flagged = matchWords(words, LEXICONS.loaded).length + matchWords(words, LEXICONS.opinion).length;
  return q * 0.4 ** flagged;
}

/**
 * A word reduced to a form shared by its inflections, the same way for titles and article text
 * ("Votes", "voted", "voting" → "vot"), so that a headline's words can be found in other articles.
 */
export function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/[’‘`]/g, "'").replace(/'s?$/, '');
  if (w.length < 4) return w;
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (/(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Format labels that open a headline without saying anything: "The Latest:", "LIVE:", "WATCH:". */
const LABEL = /^(?:the latest|live(?: updates)?|breaking(?: news)?|exclusive|watch|video|update[sd]?)\s*[:|—–-]\s*/i;

/**
 * A headline as a story title: without a format label in front or a full stop at the end (which
 * some feeds add), single-spaced. An abbreviation's stop stays ("… to the U.S.").
 * @example tidyHeadline('The Latest: US forces halt operations in Iraq.') // 'US forces halt operations in Iraq'
 */
export function tidyHeadline(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(LABEL, '');
  return /(?:^|[\s.])\p{Lu}\.$/u.test(t) ? t : t.replace(/\.+$/, '');
}
