import { LEXICONS, sectionSet } from './lexicon.js';
import type { Word } from './words.js';

/** Particles after "call" that make it another verb: "called for", "called on", "called off". */
const NOT_NAMING = new Set(['for', 'on', 'off', 'up', 'in', 'back', 'out']);

/**
 * The naming verb a source uses to characterise what follows, within the same clause:
 * "Trump called the inquiry a hoax", "decried the meeting as a sham" (these need "as" or "of"). Such loaded words are the
 * source's wording even when the annotator found no quote. Returns the verb, or null.
 * @example namingVerb(words, 4) // 'called'
 */
export function namingVerb(words: Word[], at: number, reach = 8): string | null {
  const direct = sectionSet(LEXICONS.reporting, 'naming');
  const withAs = sectionSet(LEXICONS.reporting, 'naming-as');
  let as = false;
  for (let j = at - 1; j >= 0 && j >= at - reach; j--) {
    const w = words[j];
    if (w.punct && !QUOTES.has(w.lower)) return null;
    if (w.lower === 'as' || w.lower === 'of') as = true;
    if (w.pos !== 'VERB') continue;
    if (w.keys.some((k) => direct.has(k)) && !NOT_NAMING.has(words[j + 1]?.lower ?? '')) return w.lower;
    if (as && w.keys.some((k) => withAs.has(k))) return w.lower;
  }
  return null;
}

const QUOTES = new Set(['"', "'", '“', '”']);
