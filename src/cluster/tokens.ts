/** Where the last token found by `nextWord` starts and ends. */
export interface Cursor {
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Word-character test for the Basic Multilingual Plane, filled as characters are met: 0 unknown, 1 word, 2 not. */
const kinds = new Uint8Array(65_536);

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let k = kinds[c];
  if (k === 0) kinds[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Full stop, comma, apostrophe and right single quote join word parts: "U.S", "787,000", "Reid's". */
const isJoiner = (c: number): boolean => c === 46 || c === 44 || c === 39 || c === 0x2019;

/**
 * Moves the cursor to the next word after `cursor.end`: a run of letters and digits, with inner
 * full stops, commas and apostrophes ("U.S.", "787,000", "Reid's"). False when there is none. A
 * scanner without regular-expression matches, which allocate on every token.
 * @example const c = {start: 0, end: 0}; nextWord("It's 7,000.", c) // true, c = {start: 0, end: 4}
 */
export function nextWord(text: string, cursor: Cursor): boolean {
  const n = text.length;
  let i = cursor.end;
  while (i < n && !isWordChar(text.charCodeAt(i))) i++;
  if (i >= n) return false;
  const start = i;
  for (;;) {
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) i++;
    else break;
  }
  cursor.start = start;
  cursor.end = i;
  return true;
}

const SENTENCE_END = /[.!?\n]/;
const SKIP_BACK = /[\s"'“”‘’()[\]«»—–-]/;

/** True when the word at `at` begins a sentence: nothing but spaces, quotes or dashes since a full stop. */
export function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (SENTENCE_END.test(c)) return true;
    if (!SKIP_BACK.test(c)) return false;
  }
  return true;
}
