import { articleJsonLd, nameOf, str } from './jsonld.js';
import { find, textOf, type El } from './tree.js';

/** What a page says about its article, each field from the most reliable place that has it. */
export interface PageMetadata {
  title: string | null;
  authors: string[];
  date: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
  /** The article's text as the page's JSON-LD gives it (`articleBody`), when it does. */
  articleBody: string | null;
  /** The page says it is an article: Open Graph type `article`, or an article in its JSON-LD. */
  declaresArticle: boolean;
  /** The page's `<title>` and first `<h1>`, as written (error pages are recognised by them). */
  pageTitle: string | null;
  headline: string | null;
}

const DATE_METAS = [
  'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date',
];
const AUTHOR_METAS = ['author', 'article:author', 'parsely-author', 'dc.creator', 'sailthru.author', 'byl'];
const TITLE_METAS = ['og:title', 'twitter:title', 'headline'];
const AUTHOR_SEPARATOR = /\s*(?:[,;&|]|\band\b)\s*/;
const BY_PREFIX = /^\s*(?:by|from|written by|von|par|por|di|door)\s+/i;
/** Attribute values that mark the author's name in the markup. */
const AUTHOR_MARK = /(?:^|\s)(?:author|byline)(?:$|\s|[-_]name)/i;

/**
 * Reads title, authors, publication date, outlet, canonical URL and language from a page's
 * JSON-LD, `<meta>` tags and markup.
 */
export function readMetadata(root: El): PageMetadata {
  const metas = metaMap(root);
  const ld = articleJsonLd(root);
  const meta = (names: string[]): string | null => names.map((n) => metas.get(n)).find((v) => !!v) ?? null;
  const h1 = find(root, (el) => el.tag === 'h1');
  const titleEl = find(root, (el) => el.tag === 'title');
  const time = find(root, (el) => el.tag === 'time' && !!el.attrs.datetime);
  const marked = find(root, (el) => el.attrs.itemprop === 'datePublished');
  const canonical = find(root, (el) => el.tag === 'link' && /(?:^|\s)canonical(?:$|\s)/i.test(el.attrs.rel ?? '') && !!el.attrs.href);
  const html = find(root, (el) => el.tag === 'html');
  const headline = (h1 && textOf(h1)) || null;
  const pageTitle = (titleEl && textOf(titleEl)) || null;
  return {
    title: meta(TITLE_METAS) ?? str(ld?.headline) ?? headline ?? pageTitle,
    authors: firstNonEmpty(authorsOf(ld?.author), splitAuthors(meta(AUTHOR_METAS)), markedAuthors(root)),
    date: str(ld?.datePublished) ?? meta(DATE_METAS) ?? (marked && markedDate(marked)) ?? time?.attrs.datetime?.trim() ?? null,
    outlet: meta(['og:site_name']) ?? nameOf(ld?.publisher) ?? meta(['application-name', 'publisher']),
    url: canonical?.attrs.href?.trim() || meta(['og:url']) || str(ld?.url) || null,
    language: normalizeLanguage(
      html?.attrs.lang?.trim() || meta(['content-language', 'og:locale', 'language']) || str(ld?.inLanguage) || null,
    ),
    articleBody: str(ld?.articleBody),
    declaresArticle: ld !== null || /^article\b/i.test(metas.get('og:type') ?? ''),
    pageTitle,
    headline,
  };
}

/** Cleans a byline into names: "By A. Smith and B. Jones" → ["A. Smith", "B. Jones"]. URLs are not names. */
export function splitAuthors(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(BY_PREFIX, '')
    .split(AUTHOR_SEPARATOR)
    .map((a) => a.replace(BY_PREFIX, '').trim())
    .filter((a) => a.length > 1 && a.length < 80 && !/^https?:|\/\//.test(a));
}

function metaMap(root: El): Map<string, string> {
  const map = new Map<string, string>();
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.tag === 'meta') {
      const a = el.attrs;
      const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.trim().toLowerCase();
      const value = a.content?.trim();
      if (key && value && !map.has(key)) map.set(key, value);
    }
    for (const child of el.children) if (typeof child !== 'string') stack.push(child);
  }
  return map;
}

function authorsOf(value: unknown): string[] {
  return ([] as unknown[]).concat(value ?? []).flatMap((a) => splitAuthors(typeof a === 'string' ? a : nameOf(a)));
}

/** Names in `rel="author"` links or `itemprop="author"` / class "byline" elements, when nothing else has them. */
function markedAuthors(root: El): string[] {
  const el = find(
    root,
    (e) => /(?:^|\s)author(?:$|\s)/i.test(e.attrs.rel ?? '') || e.attrs.itemprop === 'author' || AUTHOR_MARK.test(e.attrs.class ?? ''),
  );
  if (!el) return [];
  const name = find(el, (e) => e.attrs.itemprop === 'name');
  const text = textOf(name ?? el);
  return text.length < 120 ? splitAuthors(text) : [];
}

/** The date an `itemprop="datePublished"` element gives: its `content` or `datetime`, else its text. */
function markedDate(el: El): string | null {
  return el.attrs.content?.trim() || el.attrs.datetime?.trim() || textOf(el) || null;
}

/** `en_US` (Open Graph's form) → `en-US`; anything that is not a language tag → null. */
function normalizeLanguage(value: string | null): string | null {
  if (!value) return null;
  const tag = value.split(/[,;\s]/)[0]!.replace('_', '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

function firstNonEmpty(...lists: string[][]): string[] {
  return lists.find((l) => l.length > 0) ?? [];
}
