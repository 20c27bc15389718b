import { parseFeed, parseOpml } from 'feedsmith';
import type { ArticleInput } from '../model/index.js';
import { entryParts, type EntryParts } from './feed-entry.js';
import { htmlWords } from './html-text.js';

export { looksLikeFeed } from './format.js';

/** One feed entry as an article input, and whether the feed carries the whole article. */
export interface FeedEntry {
  /** Title, url, date, authors, outlet (the feed's title), and `html` or `text` when the feed has the article. */
  input: ArticleInput;
  /** False when the feed has only a summary (or nothing): the article should be fetched from `input.url`. */
  full: boolean;
  /** The summary's HTML, to fall back on when the full article cannot be fetched. */
  summary?: string;
}

/** What a feed file holds: entries (RSS, Atom, RDF, JSON Feed), feed URLs (OPML), or neither. */
export type FeedDocument =
  | { kind: 'feed'; format: string; title: string | null; entries: FeedEntry[] }
  | { kind: 'opml'; title: string | null; feeds: string[] }
  | { kind: 'invalid'; detail: string };

/** Content with fewer words than this is taken for a summary, and the article is fetched from its link. */
export const MIN_FULL_WORDS = 120;
/** Endings of a cut excerpt: "…", "[…]", "Read more", "Continue reading". */
const EXCERPT_END = /(?:…|\.\.\.|\[(?:…|\.\.\.)\]|\b(?:read more|continue reading|read the full (?:story|article)|full story)\b[^.!?<]{0,40})\s*(?:<[^>]*>\s*)*$/i;

/**
 * Reads a feed (RSS 2.0, RDF, Atom, JSON Feed) into entries, or an OPML file into the feed URLs it
 * lists. Relative links are read against `base` (the feed's URL), else the feed's own link. Pure.
 * @example parseFeedDocument(xml, 'news.rss').entries[0].input.title
 */
export function parseFeedDocument(text: string, source: string, base?: string): FeedDocument {
  const body = text.replace(/^\uFEFF/, '');
  if (/^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<opml[\s>]/i.test(body.slice(0, 4096))) return readOpml(body, base);
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(body) as { format: string; feed: unknown };
  } catch (error) {
    return { kind: 'invalid', detail: error instanceof Error ? error.message : String(error) };
  }
  const feed = parsed.feed as Record<string, unknown>;
  const title = feedTitle(feed);
  const home = base ?? firstString(feed.link, feed.home_page_url, linkOf(feed.links));
  const rows = (feed.items ?? feed.entries ?? []) as Record<string, unknown>[];
  const entries = rows.map((row, i) => toEntry(entryParts(parsed.format, row), title, home, `${source}#${i + 1}`));
  return { kind: 'feed', format: parsed.format, title, entries };
}

function toEntry(parts: EntryParts, outlet: string | null, base: string | undefined, source: string): FeedEntry {
  const input: ArticleInput = { source };
  const url = absolute(parts.link, base);
  if (url) input.url = url;
  if (parts.title) input.title = parts.title;
  if (parts.date) input.date = parts.date;
  if (parts.authors.length) input.authors = parts.authors;
  if (outlet) input.outlet = outlet;
  if (parts.language) input.language = parts.language;
  const content = parts.contentHtml ?? (parts.contentText !== undefined ? textAsHtml(parts.contentText) : undefined);
  const best = [content, parts.summary].filter((s): s is string => Boolean(s?.trim())).sort((a, b) => htmlWords(b) - htmlWords(a))[0];
  const full = best !== undefined && htmlWords(best) >= MIN_FULL_WORDS && !EXCERPT_END.test(best.trim());
  if (full && best === content && parts.contentHtml === undefined) input.text = parts.contentText!;
  else if (full) input.html = page(best, parts.title);
  const entry: FeedEntry = { input, full };
  if (parts.summary?.trim() || content?.trim()) entry.summary = parts.summary?.trim() ? parts.summary : content!;
  return entry;
}

function readOpml(text: string, base: string | undefined): FeedDocument {
  let opml: { head?: { title?: string }; body?: { outlines?: Outline[] } };
  try {
    opml = parseOpml(text) as typeof opml;
  } catch (error) {
    return { kind: 'invalid', detail: error instanceof Error ? error.message : String(error) };
  }
  const feeds: string[] = [];
  const walk = (outlines: Outline[] = []): void => {
    for (const o of outlines) {
      const url = absolute(o.xmlUrl?.trim() || (o.type === 'rss' || o.type === 'atom' ? o.url?.trim() : undefined), base);
      if (url && !feeds.includes(url)) feeds.push(url);
      walk(o.outlines);
    }
  };
  walk(opml.body?.outlines);
  return { kind: 'opml', title: opml.head?.title?.trim() || null, feeds };
}

interface Outline {
  type?: string;
  xmlUrl?: string;
  url?: string;
  outlines?: Outline[];
}

/** A feed's content as a small page, so that the extractor reads it as it reads any article. */
function page(html: string, title: string | undefined): string {
  const head = title ? `<title>${escapeHtml(title)}</title>` : '';
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><article>${html}</article></body></html>`;
}

function textAsHtml(text: string): string {
  return text
    .split(/\n\s*\n|\r?\n/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
    .join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function feedTitle(feed: Record<string, unknown>): string | null {
  const t = feed.title;
  const text = typeof t === 'string' ? t : (t as { value?: string } | undefined)?.value;
  return text?.trim() || null;
}

function linkOf(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const list = links as { href?: string; rel?: string }[];
  return (list.find((l) => !l.rel || l.rel === 'alternate') ?? list[0])?.href;
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === 'string' && v.trim() !== '');
}

function absolute(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
