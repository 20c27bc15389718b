import type { ArticleInput, Message } from '../model/index.js';
import { message } from '../model/index.js';
import { collectBlocks } from './blocks.js';
import { embedLine, embedPlatform } from './embeds.js';
import { readabilityBlocks } from './fallback.js';
import { furniture } from './furniture.js';
import { articleLines } from './lines.js';
import { readMetadata, type PageMetadata } from './metadata.js';
import { prepareHtml } from './prepare.js';
import { isErrorPage, looksLikeArticle } from './verdict.js';
import { contains, findContainer } from './select.js';
import { parseTree, type El } from './tree.js';

export { blockText } from './blocks.js';
export { readMetadata, splitAuthors } from './metadata.js';
export type { PageMetadata } from './metadata.js';
export { parseTree } from './tree.js';
export type { El } from './tree.js';

/** What `extractArticle` returns: the article as an input for `compare`, and what happened on the way. */
export interface Extraction {
  input: ArticleInput;
  messages: Message[];
  /** The page's language (`en`, `de-DE`), when it says. */
  language: string | null;
}

/** Fewer words than this and the page has no article to speak of. */
const MIN_ARTICLE_WORDS = 8;
/** Below this many words the extractor's result is doubted and the fallbacks are tried. */
const DOUBTFUL_WORDS = 50;

/**
 * Extracts the article from a web page. The page is parsed into a light tree (htmlparser2);
 * navigation, asides, footers, hidden parts and furniture by class name (share bars, related
 * stories, comments, cookie banners) are set aside; the element that holds the most prose and the
 * least furniture is the article; its lines, without headline, byline, captions and link lists,
 * are the text, one line per paragraph, heading, list item or quote. Metadata (title, authors,
 * date, outlet, canonical URL, language) comes from JSON-LD, `<meta>` tags and markup.
 * When too little is found, the page's JSON-LD `articleBody` or Mozilla Readability are tried.
 * A page with no article gives empty text and an HTML_NO_ARTICLE message.
 * @example extractArticle(fs.readFileSync('story.html', 'utf8'), 'story.html').input.text
 */
export function extractArticle(html: string, source: string): Extraction {
  const messages: Message[] = [];
  const prepared = prepareHtml(html);
  if (prepared.cut) {
    const detail = `${(html.length / 1e6).toFixed(1)} million characters of HTML`;
    messages.push(message('INPUT_TOO_LARGE', 'extract', { file: source, detail }));
  }
  const root = parseTree(prepared.html);
  const meta = readMetadata(root);
  const own = ownExtraction(root, meta);
  // A page judged a list of teasers or links is not handed to the fallbacks: they would pick a teaser.
  let { text, how } = { text: own ?? '', how: '' };
  if (own !== null && words(text) < DOUBTFUL_WORDS) ({ text, how } = fallback(text, meta, prepared.html));
  const input: ArticleInput = { source, text, ...metadataFields(meta) };
  if (meta.language) input.language = meta.language;
  if (words(text) < MIN_ARTICLE_WORDS || isErrorPage([meta.pageTitle, meta.headline], text)) {
    input.text = '';
    messages.push(message('HTML_NO_ARTICLE', 'extract', { file: source }));
  } else {
    const paragraphs = text.split('\n').length;
    const detail = `${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, ${text.length} characters${how}`;
    messages.push(message('HTML_EXTRACTED', 'extract', { file: source, detail, severity: 'info' }));
  }
  return { input, messages, language: meta.language };
}

/**
 * The article text by corroborate's own extractor: '' when no element holds prose, null when the
 * best container is a list of teasers or links rather than an article.
 */
function ownExtraction(root: El, meta: PageMetadata): string | null {
  const skip = furniture(root);
  const blocks = collectBlocks(root, {
    skip: (el) => skip.has(el),
    replace: (el) => {
      const platform = embedPlatform(el);
      return platform ? embedLine(el, platform) : null;
    },
  });
  const container = findContainer(blocks);
  if (!container) return '';
  const inside = blocks.filter((b) => contains(container, b.owner));
  return looksLikeArticle(inside, meta.declaresArticle) ? articleLines(inside, meta.title).join('\n') : null;
}

/**
 * When the own extractor finds little: the JSON-LD `articleBody` if it is longer, else Readability's
 * text if it is much longer and reads as an article by the same test as the own extractor's.
 */
function fallback(text: string, meta: PageMetadata, html: string): { text: string; how: string } {
  const body = meta.articleBody ? bodyText(meta.articleBody) : '';
  if (words(body) > Math.max(words(text), DOUBTFUL_WORDS)) return { text: body, how: ', from the JSON-LD articleBody' };
  const blocks = readabilityBlocks(html);
  const readable = blocks && looksLikeArticle(blocks, meta.declaresArticle) ? blocks.map((b) => b.text).join('\n') : '';
  if (words(readable) > Math.max(words(text) * 2, DOUBTFUL_WORDS)) return { text: readable, how: ', by Readability' };
  return { text, how: '' };
}

/** JSON-LD `articleBody` as lines: some sites put HTML in it. */
function bodyText(body: string): string {
  if (!/<[a-z][^>]*>/i.test(body)) return body.split(/\n+/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  return collectBlocks(parseTree(body)).map((b) => b.text).join('\n');
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The metadata fields an article input carries. */
function metadataFields(meta: PageMetadata): Partial<ArticleInput> {
  const fields: Partial<ArticleInput> = {};
  if (meta.title) fields.title = meta.title;
  if (meta.authors.length) fields.authors = meta.authors;
  if (meta.date) fields.date = meta.date;
  if (meta.outlet) fields.outlet = meta.outlet;
  if (meta.url) fields.url = meta.url;
  return fields;
}
