/**
 * Mojibake: UTF-8 text that was read as Windows-1252 once or twice on its way to the scraper
 * ("Court’s" printed "Courtâ€™s", or "CourtÃ¢â‚¬â„¢s" when it happened twice). The broken
 * apostrophes and quotes cut names from their possessives and hide quotations. A run of characters
 * is repaired when, written back as Windows-1252 bytes, it is exactly one well-formed UTF-8
 * character: a lead byte, then as many continuation bytes as the lead announces. English text does
 * not put such pairs side by side ("Ã" before "©", "â" before "€™"), so nothing else changes.
 * No npm package does this (Python's ftfy does, with more cases); see the README's dependency table.
 */

import iconv from 'iconv-lite';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Each character of the upper half of Windows-1252, with its byte, and each control character
 * U+0080–U+009F with the byte it stands for when the text was read as Latin-1 instead (and for the
 * five bytes Windows-1252 leaves undefined: "â€\u009d" is a broken "”"). Node's own TextDecoder
 * reads "windows-1252" as Latin-1, hence iconv-lite.
 */
const BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) {
  BYTE.set(String.fromCharCode(b), b);
  const c = iconv.decode(Buffer.from([b]), 'windows-1252');
  if (c !== '\ufffd') BYTE.set(c, b);
}

/** A character class of the characters whose Windows-1252 byte lies in [from, to]. */
function range(from: number, to: number): string {
  const chars = [...BYTE].filter(([, b]) => b >= from && b <= to).map(([c]) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
  return `[${chars.join('')}]`;
}

const CONT = range(0x80, 0xbf);
/** One UTF-8 character written as Windows-1252: a two-, three- or four-byte sequence. */
const SEQUENCE = new RegExp(`${range(0xc2, 0xdf)}${CONT}|${range(0xe0, 0xef)}${CONT}{2}|${range(0xf0, 0xf4)}${CONT}{3}`, 'gu');

/** How many times text is decoded at most: twice-broken text needs two passes. */
const PASSES = 3;

/**
 * The text with its mojibake repaired (the same string when there was none).
 * @example repairMojibake('Courtâ€™s ruling') // 'Court’s ruling'
 * @example repairMojibake('CourtÃ¢â‚¬â„¢s ruling') // 'Court’s ruling'
 */
export function repairMojibake(text: string): string {
  for (let pass = 0; pass < PASSES; pass++) {
    let changed = false;
    text = text.replace(SEQUENCE, (run) => {
      try {
        const char = utf8.decode(Uint8Array.from([...run], (c) => BYTE.get(c)!));
        changed = true;
        return char;
      } catch {
        return run;
      }
    });
    if (!changed) break;
  }
  return text;
}
