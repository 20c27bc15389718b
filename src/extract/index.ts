import { Readability } from '@mozilla/readability';
import type { ArticleInput, Message } from '../model/index.js';
import { message } from '../model/index.js';
import { blockText } from './blocks.js';
import { parsePage } from './dom.js';
import { readMetadata, splitAuthors } from './metadata.js';

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
  const document = parsePage(html);
  const meta = readMetadata(document);
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    parsed = null; // Readability gives up on some broken trees; that page simply has no article.
  }
  const text = dropByline(parsed?.content ? blockText(parsed.content) : '');
  const input: ArticleInput = { source, text };
  const title = meta.title ?? parsed?.title?.trim();
  if (title) input.title = title;
  const authors = meta.authors.length ? meta.authors : splitAuthors(parsed?.byline);
  if (authors.length) input.authors = authors;
  const date = meta.date ?? parsed?.publishedTime?.trim();
  if (date) input.date = date;
  const outlet = meta.outlet ?? parsed?.siteName?.trim();
  if (outlet) input.outlet = outlet;
  if (meta.url) input.url = meta.url;
  const language = meta.language ?? (parsed?.lang?.trim() || null);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < MIN_ARTICLE_WORDS) {
    input.text = '';
    return { input, messages: [message('HTML_NO_ARTICLE', 'extract', { file: source })], language };
  }
  const paragraphs = text.split('\n').length;
  const detail = `${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, ${text.length} characters`;
  return { input, messages: [message('HTML_EXTRACTED', 'extract', { file: source, detail, severity: 'info' })], language };
}

function dropByline(text: string): string {
  const lines = text.split('\n');
  const i = lines.slice(0, BYLINE_LINES).findIndex((l) => BYLINE.test(l));
  if (i >= 0) lines.splice(i, 1);
  return lines.join('\n');
}
