import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Message } from '../model/index.js';
import { message } from '../model/index.js';

/** What `decodeBytes` makes of a file: its text, or the reason it was skipped. */
export type Decoded = { text: string; messages: Message[] } | { skipped: Message };

/** How many leading bytes the binary check looks at. */
const SNIFF_BYTES = 8192;
/** Share of control characters above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.1;
/** `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;
/** A feed's `<?xml version="1.0" encoding="windows-1251"?>`. */
const XML_ENCODING = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;
/**
 * Encodings chardet and servers name that are better read as their Windows superset (same letters,
 * plus “ ” – …), as browsers do (WHATWG Encoding: these labels all mean windows-1252 or -1254).
 */
const SUPERSETS: Record<string, string> = {
  'ISO-8859-1': 'windows-1252',
  ISO8859_1: 'windows-1252',
  LATIN1: 'windows-1252',
  'US-ASCII': 'windows-1252',
  ASCII: 'windows-1252',
  'ISO-8859-9': 'windows-1254',
};

/** What else is known about the bytes' encoding. */
export interface DecodeOptions {
  /** The charset a server named in its Content-Type header. */
  charset?: string;
}

/**
 * Turns a file's bytes into text, or says why it cannot: empty, binary. UTF-8 (with or without BOM)
 * and UTF-16 with a BOM read as is; anything else is read in the charset the server (Content-Type) or
 * the page (`<meta charset>`, `<?xml encoding?>`) declares, else guessed with chardet, and decoded with
 * iconv-lite, with an ENCODING_GUESSED message (info when declared). Pure: the caller reads the bytes.
 * @example decodeBytes(fs.readFileSync('a.txt'), 'a.txt')
 */
export function decodeBytes(bytes: Uint8Array, file: string, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) return { skipped: message('INPUT_EMPTY', 'ingest', { file }) };
  const bom = decodeWithBom(bytes);
  if (bom !== null) return checkBlank(bom, [], file);
  if (looksBinary(bytes)) return { skipped: message('INPUT_BINARY', 'ingest', { file, severity: 'error' }) };
  try {
    return checkBlank(new TextDecoder('utf-8', { fatal: true }).decode(bytes), [], file);
  } catch {
    const fromServer = knownCharset(options.charset);
    const declared = fromServer ?? declaredCharset(bytes);
    const encoding = declared ?? guessEncoding(bytes);
    const text =
      encoding === 'UTF-8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(Buffer.from(bytes), encoding);
    const by = fromServer ? 'the server' : 'the page';
    const detail =
      encoding === 'UTF-8' ? 'UTF-8 with its invalid bytes replaced' : declared ? `${encoding} (as ${by} declares)` : encoding;
    const severity = declared ? 'info' : 'warning';
    return checkBlank(text, [message('ENCODING_GUESSED', 'ingest', { file, detail, severity })], file);
  }
}

/** The charset a page declares in its first bytes (`<meta charset=…>`, `<?xml encoding=…?>`), when iconv-lite knows it and it is not UTF-8. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  return knownCharset(META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1]);
}

/** The charset parameter of a Content-Type header: `text/html; charset=windows-1251` → `windows-1251`. */
export function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType)?.[1];
}

/** A charset name iconv-lite can decode, widened to its Windows superset; null for UTF-8 and unknown names. */
function knownCharset(name: string | undefined): string | null {
  if (!name || /^utf-?8$/i.test(name) || !iconv.encodingExists(name)) return null;
  return SUPERSETS[name.toUpperCase()] ?? name;
}

/** The encoding to read non-UTF-8 bytes with: chardet's guess, widened to a superset, or windows-1252. */
export function guessEncoding(bytes: Uint8Array): string {
  const guess = chardet.detect(bytes);
  if (!guess) return 'windows-1252';
  const name = SUPERSETS[guess] ?? guess;
  return name === 'UTF-8' || iconv.encodingExists(name) ? name : 'windows-1252';
}

/** True when the start of the bytes holds a NUL or mostly control characters (not tab, newline, form feed). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

function decodeWithBom(bytes: Uint8Array): string | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return null;
}

function checkBlank(text: string, messages: Message[], file: string): Decoded {
  if (!text.trim()) return { skipped: message('INPUT_EMPTY', 'ingest', { file }) };
  return { text, messages };
}
