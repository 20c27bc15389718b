import { findAll, type El } from './tree.js';

/** A JSON-LD object, as parsed. */
export type LdObject = Record<string, unknown>;

/** schema.org types that describe an article (NewsArticle, ReportageNewsArticle, BlogPosting, …). */
const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsItem/i;
/** Control characters that some sites leave raw inside JSON strings, which `JSON.parse` rejects. */
const CONTROL = /[\u0000-\u001f]+/g;

/**
 * The first JSON-LD object of a page that describes an article, looking inside arrays, `@graph`
 * and `mainEntity`. Scripts that are not valid JSON are skipped.
 */
export function articleJsonLd(root: El): LdObject | null {
  for (const script of findAll(root, (el) => el.tag === 'script' && /ld\+json/i.test(el.attrs.type ?? ''))) {
    const text = script.children.filter((c): c is string => typeof c === 'string').join('');
    const data = parseJson(text);
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as LdObject;
        const type = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
        if (ARTICLE_TYPE.test(type)) return o;
        if (o['@graph']) queue.push(o['@graph']);
        if (o.mainEntity) queue.push(o.mainEntity);
      }
    }
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(CONTROL, ' '));
    } catch {
      return null;
    }
  }
}

/** A trimmed string, or null for anything else or blank. */
export function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** The `name` of a JSON-LD thing (or the string itself), taking the first of a list. */
export function nameOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (first && typeof first === 'object') return str((first as LdObject).name);
  return str(first);
}
