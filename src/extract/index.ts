import { Readability } from '@mozilla/readability';
import type { ArticleInput, Message } from '../model/index.js';
import { message } from '../model/index.js';
import { blockText } from './blocks.js';
import { parsePage } from './dom.js';
import { readMetadata, splitAuthors, type PageMetadata } from './metadata.js';
import { MAX_HTML_CHARS, prepareHtml } from './prepare.js';

export { blockText } from './blocks.js';
export { readMetadata, splitAuthors } from './metadata.js';
export type { PageMetadata } from './metadata.js';

/** What `extractArticle` returns: the article as an input for `compare`, and what happened on the way. */
export interface Extraction {
  input: ArticleInput;
  messages: Message[];
  /** The page's language (`en`, `de-DE`), when it says. */
  language: string | null;
}

/** A byline line ("By Ann Lee", "By Ann Lee, Reuters") that Readability keeps when the page's metadata names the author. */
const BYLINE = /^(?:by|written by)\s+\S[^.!?]{0,80}$/i;
/** Bylines are looked for only among the first lines. */
const BYLINE_LINES = 3;

/** Pages with more elements than this are not handed to Readability (it slows to minutes); all their text is kept. */
const MAX_ELEMENTS = 15_000;

/** Fewer words than this and the page has no article to speak of. */
const MIN_ARTICLE_WORDS = 8;

/**
 * Extracts the article from a web page: Readability finds the body, which is turned into text with one
 * line per paragraph, heading, list item or quote; metadata (title, authors, date, outlet, canonical
 * URL, language) comes from JSON-LD, `<meta>` tags and markup. A page with no article gives empty text
 * and an HTML_NO_ARTICLE message.
 * @example extractArticle(fs.readFileSync('story.html', 'utf8'), 'story.html').input.text
 */
export function extractArticle(html: string, source: string): Extraction {
  const messages: Message[] = [];
  const prepared = prepareHtml(html);
  if (prepared.cut) {
    const detail = `${(html.length / 1e6).toFixed(1)} million characters of HTML`;
    messages.push(message('INPUT_TOO_LARGE', 'extract', { file: source, detail }));
  }
  const document = parsePage(prepared.html);
  const meta = readMetadata(document); // before Readability, which strips the scripts holding JSON-LD
  const { root, parsed } = findArticle(document, source, messages);
  const text = dropByline(root ? blockText(root) : '');
  const input: ArticleInput = { source, text, ...metadataFields(meta, parsed) };
  const language = meta.language ?? (parsed?.lang?.trim() || null);
  if (language) input.language = language;
  if (text.split(/\s+/).filter(Boolean).length < MIN_ARTICLE_WORDS) {
    input.text = '';
    messages.push(message('HTML_NO_ARTICLE', 'extract', { file: source }));
  } else if (parsed) {
    const paragraphs = text.split('\n').length;
    const detail = `${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, ${text.length} characters`;
    messages.push(message('HTML_EXTRACTED', 'extract', { file: source, detail, severity: 'info' }));
  }
  return { input, messages, language };
}

type Parsed = ReturnType<Readability<Node>['parse']>;

/** The element holding the article: Readability's pick, or the whole body of a page too big for it. */
function findArticle(document: Document, source: string, messages: Message[]): { root: Node | null; parsed: Parsed } {
  const elements = document.querySelectorAll('*').length;
  if (elements > MAX_ELEMENTS) {
    messages.push(message('HTML_TOO_COMPLEX', 'extract', { file: source, detail: `${elements} elements` }));
    return { root: document.body ?? document.documentElement, parsed: null };
  }
  try {
    const parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
    return { root: parsed?.content ?? null, parsed };
  } catch {
    return { root: null, parsed: null }; // Readability gives up on some broken trees: no article.
  }
}

/** The page's metadata, with Readability's findings where the markup said nothing. */
function metadataFields(meta: PageMetadata, parsed: Parsed): Partial<ArticleInput> {
  const fields: Partial<ArticleInput> = {};
  const title = meta.title ?? parsed?.title?.trim();
  if (title) fields.title = title;
  const authors = meta.authors.length ? meta.authors : splitAuthors(parsed?.byline);
  if (authors.length) fields.authors = authors;
  const date = meta.date ?? parsed?.publishedTime?.trim();
  if (date) fields.date = date;
  const outlet = meta.outlet ?? parsed?.siteName?.trim();
  if (outlet) fields.outlet = outlet;
  if (meta.url) fields.url = meta.url;
  return fields;
}

function dropByline(text: string): string {
  const lines = text.split('\n');
  const i = lines.slice(0, BYLINE_LINES).findIndex((l) => BYLINE.test(l));
  if (i >= 0) lines.splice(i, 1);
  return lines.join('\n');
}
