import type { Range } from './metrics.js';

/** Text rebuilt from tokens, with the character range of every token in it. */
export interface Detokenized {
  text: string;
  tokens: Range[];
}

const NO_SPACE_BEFORE = /^(?:[-,.;:!?%)\]}]|'s|'S|'re|'ve|'ll|'d|'m|n't|''|’s|”)$/;
const NO_SPACE_AFTER = /^(?:[-([{$]|``|“)$/;
const QUOTES: Record<string, string> = { '``': '"', "''": '"', '-LRB-': '(', '-RRB-': ')' };

/**
 * Joins tokens into readable text ("Mr. Kim 's" → "Mr. Kim's", "`` x ''" → "\"x\""), one line per
 * group (sentence or paragraph), and keeps each token's offsets so gold annotations can be mapped.
 * @example detokenize([['He', 'said', ',', '``', 'no', "''", '.']]).text // 'He said, "no".'
 */
export function detokenize(lines: string[][], lineBreak = '\n'): Detokenized {
  let text = '';
  const tokens: Range[] = [];
  lines.forEach((line, li) => {
    if (li > 0) text += lineBreak;
    let glue = true;
    let openQuote = false;
    for (const raw of line) {
      let tok = QUOTES[raw] ?? raw;
      let closing = false;
      if (tok === '"') {
        // Straight quotes alternate: an opening one sticks to the next word, a closing one to the last.
        closing = openQuote;
        openQuote = !openQuote;
      }
      tok = tok.replace(/\s+/g, ' ');
      const noBefore = NO_SPACE_BEFORE.test(raw) || closing;
      if (!glue && !noBefore) text += ' ';
      const start = text.length;
      text += tok;
      tokens.push({ start, end: text.length });
      glue = NO_SPACE_AFTER.test(raw) || (tok === '"' && !closing);
    }
  });
  return { text, tokens };
}

/**
 * Maps code-point offsets (Python's, as in PTC and brat files) to UTF-16 offsets (JavaScript's).
 * Returns the identity when the text has no character outside the Basic Multilingual Plane.
 */
export function codePointMapper(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (o) => o;
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return (o) => table[Math.min(o, table.length - 1)];
}

/** Character range of the text that a run of tokens covers. */
export function tokenSpan(tokens: Range[], first: number, last: number): Range {
  return { start: tokens[first].start, end: tokens[last].end };
}
