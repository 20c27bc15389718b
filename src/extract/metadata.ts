/** What a page says about its article, each field from the most reliable place that has it. */
export interface PageMetadata {
  title: string | null;
  authors: string[];
  date: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
}

/** schema.org types that describe an article (NewsArticle, ReportageNewsArticle, BlogPosting, …). */
const ARTICLE_TYPE = /Article|BlogPosting|Report/i;
const DATE_METAS = [
  'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date',
];
const AUTHOR_METAS = ['author', 'article:author', 'parsely-author', 'dc.creator', 'sailthru.author', 'byl'];
const TITLE_METAS = ['og:title', 'twitter:title', 'headline'];
const OUTLET_METAS = ['og:site_name', 'application-name', 'publisher'];
const AUTHOR_SEPARATOR = /\s*(?:[,;&|]|\band\b)\s*/;
const BY_PREFIX = /^\s*(?:by|from|written by|von|par|por)\s+/i;

/**
 * Reads title, authors, publication date, outlet, canonical URL and language from a page's
 * JSON-LD, `<meta>` tags and markup. Call it before Readability, which strips scripts.
 */
export function readMetadata(document: Document): PageMetadata {
  const metas = metaMap(document);
  const ld = articleJsonLd(document);
  const meta = (names: string[]): string | null => names.map((n) => metas.get(n)).find((v) => !!v) ?? null;
  const h1 = text(document.querySelector('h1'));
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  return {
    title: meta(TITLE_METAS) ?? str(ld?.headline) ?? h1 ?? text(document.querySelector('title')),
    authors: firstNonEmpty(authorsOf(ld?.author), splitAuthors(meta(AUTHOR_METAS))),
    date: str(ld?.datePublished) ?? meta(DATE_METAS) ?? time,
    outlet: meta(OUTLET_METAS.slice(0, 1)) ?? nameOf(ld?.publisher) ?? meta(OUTLET_METAS.slice(1)),
    url:
      document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
      meta(['og:url']) ||
      str(ld?.url) ||
      null,
    language:
      document.documentElement?.getAttribute('lang')?.trim() ||
      meta(['content-language', 'og:locale', 'language']) ||
      str(ld?.inLanguage) ||
      null,
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

function metaMap(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv'))?.trim().toLowerCase();
    const value = el.getAttribute('content')?.trim();
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

type LdObject = Record<string, unknown>;

/** The first JSON-LD object that describes an article, looking inside arrays and `@graph`. */
function articleJsonLd(document: Document): LdObject | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as LdObject;
        const type = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
        if (ARTICLE_TYPE.test(type)) return o;
        if (o['@graph']) queue.push(o['@graph']);
      }
    }
  }
  return null;
}

function authorsOf(value: unknown): string[] {
  return ([] as unknown[]).concat(value ?? []).flatMap((a) => splitAuthors(typeof a === 'string' ? a : nameOf(a)));
}

function nameOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (first && typeof first === 'object') return str((first as LdObject).name);
  return str(first);
}

function firstNonEmpty(...lists: string[][]): string[] {
  return lists.find((l) => l.length > 0) ?? [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function text(el: Element | null): string | null {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
