/** The kinds of input file corroborate reads. */
export type InputFormat = 'text' | 'html' | 'json';

const HTML_EXTENSIONS = /\.(html?|xhtml)$/i;
const JSON_EXTENSIONS = /\.(jsonl|ndjson|json)$/i;
const TEXT_EXTENSIONS = /\.(txt|text|md)$/i;
/** A page starts (after a BOM, blanks, an XML prolog or comments) with a doctype or an html tag. */
const HTML_START = /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html[\s>])/i;
/** Tags that give a page away even without a doctype, in the first kilobytes. */
const HTML_TAGS = /<(?:head|body|article|div|p|meta|title)[\s>]/gi;

/**
 * Decides how to read a file: by its extension, else by its content.
 * JSON is sniffed only for files without a known extension (and stdin), so a `.txt` article that
 * starts with a brace stays text.
 * @example detectFormat('story.html', '<p>…') === 'html'
 */
export function detectFormat(source: string, text: string): InputFormat {
  if (JSON_EXTENSIONS.test(source)) return 'json';
  if (HTML_EXTENSIONS.test(source)) return 'html';
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return 'html';
  if (!TEXT_EXTENSIONS.test(source) && looksLikeJson(head)) return 'json';
  if ((head.match(HTML_TAGS) ?? []).length >= 3) return 'html';
  return 'text';
}

function looksLikeJson(head: string): boolean {
  // An array of objects, or an object whose first key is quoted: "[Updated] …" or "{sic}" stay text.
  return /^\[\s*[{\]]|^\{\s*"/.test(head.trimStart());
}
