/**
 * Inline "people cards" that scrapers copy into the text of some news sites: after a politician's
 * name, the person's full name glued to the headlines of three other stories about them, closed by
 * "MORE" ("Sen. Ann Lee Ann Marie LeeSenate passes … Lee says … MORE (D-Ore.) said …"). They put other
 * stories' headlines, and names such as "Lee Ann", inside a sentence. Found by their shape: a name
 * word glued to a capital ("LeeSenate") whose first part is the name just written, then "MORE"
 * within a few hundred characters.
 */

/** Longest card, from the glued name to "MORE". */
const MAX_CARD = 900;
/** How far before the glued name the name as written may end. */
const MAX_NAME_GAP = 60;
const MORE = / MORE(?=[\s,.;:)'’]|$)/g;
/** A capitalised word, with inner capitals, digits, apostrophes and hyphens: "McConnellGOP", "O'RourkeO'Rourke". */
const WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}'’-]*/gu;
/** Inside a word, a lower-case letter followed by a capital, a digit or a quote: where a card glued on. */
const GLUE = /\p{Ll}(?=[\p{Lu}\d"“‘])/gu;

/** A card found in a text: where it starts (just after the name as written) and ends (after "MORE"). */
export interface Card {
  start: number;
  end: number;
}

/**
 * The cards of a text, in order. A card starts after the last whole-word occurrence of the glued
 * name's first part that precedes the glued word within MAX_NAME_GAP characters; a "MORE" without
 * such a glued name (a "READ MORE" link) is not a card.
 * @example findCards('Sen. Ann Lee Ann Marie LeeSenate passes bill MORE (D-Ore.) said') // [{start: 12, end: 49}]
 */
export function findCards(text: string): Card[] {
  const cards: Card[] = [];
  let from = 0;
  for (const more of text.matchAll(MORE)) {
    const end = more.index + more[0].length;
    const windowStart = Math.max(from, more.index - MAX_CARD);
    const start = cardStart(text, windowStart, more.index);
    // A card sits inside a sentence: one that would run over a paragraph break is not one.
    if (start !== null && !text.slice(start, end).includes('\n')) {
      cards.push({ start, end });
      from = end;
    }
  }
  return cards;
}

/** A name word: capital then lower case ("Marie", "O'Neil"), or an initial ("J."). */
const NAME_WORD = "\\p{Lu}(?:[\\p{Ll}'’-]*\\p{Ll}|\\.)";
/** The rest of a full name between the name as written and the glued word: " Ann Marie ", " (Steve) Joseph ", " ". */
const NAME_REST = new RegExp(`^\\s+(?:(?:${NAME_WORD}|\\(${NAME_WORD}\\))\\s+){0,4}$`, 'u');
/** A name as written, in mixed case: all-capital transcripts and headlines hold no cards. */
const MIXED = /^\p{Lu}.*\p{Ll}/u;

/**
 * Where the card that ends at `moreAt` begins, or null. Its full name ends in a word that repeats the
 * name just written, with only the rest of a full name between the two: glued to the first headline
 * ("Ann Lee Ann Marie LeeSenate…", the earliest such word) or, as some scrapers leave it, followed
 * by a space ("Paul Ryan Paul Davis Ryan Retirees…", the last such word, the surname).
 */
function cardStart(text: string, from: number, moreAt: number): number | null {
  const words = [...text.slice(from, moreAt).matchAll(WORD)].map((w) => ({ at: from + w.index, word: w[0] }));
  for (const { at, word } of words) {
    for (const g of word.matchAll(GLUE)) {
      const start = writtenBefore(text, Math.max(from, at - MAX_NAME_GAP), at, word.slice(0, g.index + 1), false);
      if (start !== null) return start;
    }
  }
  for (let k = words.length - 1; k >= 0; k--) {
    const { at, word } = words[k];
    if (/[\p{L}\p{N}]/u.test(text[at + word.length] ?? '')) continue;
    const start = writtenBefore(text, Math.max(from, at - MAX_NAME_GAP), at, word, true);
    if (start !== null) return start;
  }
  return null;
}

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/**
 * The end of the last whole-word `name` in text[from, at) with only the rest of a full name between
 * it and `at` (at least one more name word when `spaced`, the unglued form), else null.
 */
function writtenBefore(text: string, from: number, at: number, name: string, spaced: boolean): number | null {
  if (!MIXED.test(name)) return null;
  for (let i = text.lastIndexOf(name, at - name.length - 1); i >= from; i = i > 0 ? text.lastIndexOf(name, i - 1) : -1) {
    const start = i + name.length;
    if (WORD_CHAR.test(text[i - 1] ?? '') || WORD_CHAR.test(text[start] ?? '')) continue;
    const rest = text.slice(start, at);
    return NAME_REST.test(rest) && (!spaced || /\p{L}/u.test(rest)) ? start : null;
  }
  return null;
}

/**
 * The text without its cards, and how many there were.
 * @example dropCards('Sen. Ann Lee Ann Marie LeeSenate passes bill MORE (D-Ore.) said').text // 'Sen. Ann Lee (D-Ore.) said'
 */
export function dropCards(text: string): { text: string; count: number } {
  const cards = findCards(text);
  if (!cards.length) return { text, count: 0 };
  let out = '';
  let at = 0;
  for (const c of cards) {
    out += text.slice(at, c.start);
    at = c.end;
  }
  return { text: out + text.slice(at), count: cards.length };
}
