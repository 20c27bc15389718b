/** The kinds of input file corroborate reads; `feed` is RSS, Atom, JSON Feed or an OPML list of feeds. */
export type InputFormat = 'text' | 'html' | 'json' | 'feed';

const FEED_EXTENSIONS = /\.(rss|atom|rdf|opml)$/i;
/** RSS 2.0, RDF (RSS 1.0), Atom or OPML root element near the start of an XML text. */
const XML_FEED_ROOT =
  /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*>|<!DOCTYPE[^>]*>)*<(?:rss[\s>]|rdf:RDF[\s>]|feed[\s>][^>]*?http:\/\/www\.w3\.org\/2005\/Atom|opml[\s>])/i;
/** JSON Feed's required `version`: https://jsonfeed.org/version/1.1 */
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;

const HTML_EXTENSIONS = /\.(html?|xhtml)$/i;
const JSON_EXTENSIONS = /\.(jsonl|ndjson|json)$/i;
const TEXT_EXTENSIONS = /\.(txt|text|md)$/i;
/** A page starts (after a BOM, blanks, an XML prolog or comments) with a doctype or an html tag. */
const HTML_START = /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html[\s>])/i;
/** Tags that give a page away even without a doctype, in the first kilobytes. */
const HTML_TAGS = /<(?:head|body|article|div|p|meta|title)[\s>]/gi;

/**
 * Decides how to read a file: a feed by its content or extension; otherwise by its extension, else by
 * its content.
 * JSON is sniffed only for files without a known extension (and stdin), so a `.txt` article that
 * starts with a brace stays text.
 * @example detectFormat('story.html', '<p>…') === 'html'
 */
export function detectFormat(source: string, text: string): InputFormat {
  if (FEED_EXTENSIONS.test(source) || looksLikeFeed(text)) return 'feed';
  if (JSON_EXTENSIONS.test(source)) return 'json';
  if (HTML_EXTENSIONS.test(source)) return 'html';
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return 'html';
  if (!TEXT_EXTENSIONS.test(source) && looksLikeJson(head)) return 'json';
  if ((head.match(HTML_TAGS) ?? []).length >= 3) return 'html';
  return 'text';
}

/**
 * True when a text is a feed or an OPML list: an RSS, RDF, Atom or OPML root, or a JSON object with a
 * JSON Feed `version`. Looks only at the start of the text.
 * @example looksLikeFeed('<?xml version="1.0"?><rss version="2.0">…') === true
 */
export function looksLikeFeed(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').slice(0, 4096);
  return XML_FEED_ROOT.test(head) || (head.trimStart().startsWith('{') && JSON_FEED_VERSION.test(head));
}

function looksLikeJson(head: string): boolean {
  // An array of objects, or an object whose first key is quoted: "[Updated] …" or "{sic}" stay text.
  return /^\[\s*[{\]]|^\{\s*"/.test(head.trimStart());
}
