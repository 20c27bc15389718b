import type { Block, Token } from '../model/index.js';
import { nlp, its } from './nlp.js';
import { TITLE_ABBREVIATIONS } from './titles.js';

/** Token ranges of the sentences wink-nlp found in one block, as `[tokenStart, tokenEnd)`. */
export interface BlockTokens {
  tokens: Token[];
  sentences: Array<[number, number]>;
}

/**
 * Tokenises one block of the article text with wink-nlp and gives every token its character range
 * in the whole text, so that later stages never look at the text again to find words.
 */
export function tokenizeBlock(text: string, block: Block, offset: number): BlockTokens {
  return tokenizeRange(text, block.start, block.end, offset);
}

/**
 * Tokenises `text.slice(from, to)`; token offsets point into `text`, sentence token ranges start at
 * `offset`. Also used for short texts outside any article body, such as a title.
 * @example tokenizeRange(title, 0, title.length, 0).tokens
 */
export function tokenizeRange(text: string, from: number, to: number, offset: number): BlockTokens {
  const block = { start: from, end: to };
  // "Stone‘s", "shouldn‘t": an opening single quote some pages print for the apostrophe, read as one
  // (same length, so every offset holds).
  const slice = text.slice(from, to).replace(/(?<=\p{L})‘(?=\p{L})/gu, '’');
  const doc = nlp.readDoc(slice);
  const out = (f: unknown) => doc.tokens().out(f as typeof its.value) as unknown[];
  const values = out(its.value) as string[];
  const pos = out(its.pos) as string[];
  const lemmas = out(its.lemma) as string[];
  const types = out(its.type) as string[];
  const stops = out(its.stopWordFlag) as boolean[];
  const tokens: Token[] = [];
  const keep: number[] = [];
  /** The last of our tokens made from wink's token `i` (two when a possessive is cut off). */
  const last: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (types[i] === 'tabCRLF' || !value.trim()) {
      keep.push(-1);
      continue;
    }
    const previous = tokens.at(-1);
    // wink keeps "Gen." whole but cuts "Maj" "." and "Adm" "." before a name: one title token again.
    if (value === '.' && previous && previous.end - block.start === cursor && slice[cursor] === '.' && TITLE_ABBREVIATIONS.has(previous.value) && /^\p{Lu}/u.test(nextWord(values, types, i) ?? '')) {
      previous.end++;
      previous.value += '.';
      previous.lower += '.';
      previous.lemma = previous.lower;
      keep.push(tokens.length - 1);
      cursor++;
      continue;
    }
    let at = slice.indexOf(value, cursor);
    // wink splits "can't" into "ca" + "n't"; a token it rewrote is placed at the cursor.
    if (at < 0 || at - cursor > 40) at = Math.min(cursor, slice.length);
    const end = Math.min(at + value.length, slice.length);
    keep.push(tokens.length);
    const clitic = CLITIC.exec(value);
    if (clitic && slice.slice(at, end) === value) {
      // wink keeps "Trump's" whole after "Mr." and then, having learnt the word, everywhere after,
      // in every later document: the possessive is cut off here, the same whatever came before.
      const cut = block.start + end - clitic[1].length;
      const word = value.slice(0, -2);
      tokens.push(token(block.start + at, cut, word, word, pos[i] ?? 'X', types[i] ?? 'word', false), token(cut, block.start + end, clitic[1], clitic[1], 'PART', 'word', false));
    } else tokens.push(token(block.start + at, block.start + end, value, lemmas[i] ?? value, pos[i] ?? 'X', types[i] ?? 'word', Boolean(stops[i])));
    last[i] = tokens.length - 1;
    cursor = end;
  }
  const sentences: Array<[number, number]> = [];
  for (const [s, e] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    let a = -1;
    let b = -1;
    for (let i = s; i <= e; i++) {
      if (keep[i] >= 0) {
        if (a < 0) a = keep[i];
        b = last[i] ?? keep[i];
      }
    }
    if (a >= 0) sentences.push([offset + a, offset + b + 1]);
  }
  return { tokens, sentences };
}

/** A token of the text from `start` to `end`. */
function token(start: number, end: number, value: string, lemma: string, pos: string, type: string, stop: boolean): Token {
  return { start, end, value, lower: value.toLowerCase(), lemma: lemma.toLowerCase(), pos, type, stop };
}

/** A word with a possessive or "is" glued on: "Trump's", "Clinton’s" (group 1: the clitic). */
const CLITIC = /^\p{L}[\p{L}\p{N}.-]*(['’][sS])$/u;

/** The next token's value after `i` that is not white space. */
function nextWord(values: string[], types: string[], i: number): string | undefined {
  for (let k = i + 1; k < values.length; k++) if (types[k] !== 'tabCRLF' && values[k].trim()) return values[k];
  return undefined;
}
