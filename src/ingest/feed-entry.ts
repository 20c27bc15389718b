import { htmlToPlain } from './html-text.js';

/** The fields of one feed entry that make an article, whatever the feed's format. */
export interface EntryParts {
  title?: string;
  link?: string;
  date?: string;
  authors: string[];
  /** The article's HTML (content:encoded, Atom html/xhtml content, JSON Feed content_html). */
  contentHtml?: string;
  /** The article as plain text (Atom text content, JSON Feed content_text). */
  contentText?: string;
  /** The entry's summary or description, as HTML. */
  summary?: string;
  language?: string;
}

type Row = Record<string, unknown>;

/**
 * Picks the article fields out of one entry as feedsmith parsed it: RSS 2.0 and RDF items (with the
 * Dublin Core and content modules), Atom entries, JSON Feed items.
 */
export function entryParts(format: string, row: Row): EntryParts {
  if (format === 'atom') return atomParts(row);
  if (format === 'json') return jsonParts(row);
  return rssParts(row);
}

function rssParts(item: Row): EntryParts {
  const dc = (item.dc ?? {}) as { creators?: string[]; creator?: string; dates?: string[]; date?: string; languages?: string[] };
  const guid = item.guid as { value?: string; isPermaLink?: boolean } | undefined;
  const guidLink = guid?.value && guid.isPermaLink !== false && /^https?:\/\//i.test(guid.value) ? guid.value : undefined;
  const people = ((item.authors ?? []) as { name?: string; email?: string }[]).map((p) => p.name ?? p.email ?? '');
  const atom = (item.atom ?? {}) as { links?: { href?: string; rel?: string }[] };
  return clean({
    title: text(item.title),
    link: text(item.link) ?? guidLink ?? atom.links?.find((l) => !l.rel || l.rel === 'alternate')?.href,
    date: text(item.pubDate) ?? dc.dates?.[0] ?? dc.date,
    authors: [...(dc.creators ?? (dc.creator ? [dc.creator] : [])), ...people],
    contentHtml: text((item.content as { encoded?: string } | undefined)?.encoded),
    summary: text(item.description),
    language: dc.languages?.[0],
  });
}

function atomParts(entry: Row): EntryParts {
  const links = (entry.links ?? []) as { href?: string; rel?: string; type?: string }[];
  const link = links.find((l) => (!l.rel || l.rel === 'alternate') && (!l.type || /html/i.test(l.type))) ?? links.find((l) => !l.rel || l.rel === 'alternate');
  const content = entry.content as { value?: string; type?: string; src?: string } | undefined;
  const isText = content && (!content.type || content.type === 'text');
  return clean({
    title: atomText(entry.title),
    link: link?.href ?? content?.src,
    date: text(entry.published) ?? text(entry.updated),
    authors: ((entry.authors ?? []) as { name?: string }[]).map((a) => a.name ?? ''),
    contentHtml: isText ? undefined : text(content?.value),
    contentText: isText ? text(content?.value) : undefined,
    summary: atomHtml(entry.summary),
  });
}

function jsonParts(item: Row): EntryParts {
  return clean({
    title: text(item.title),
    link: text(item.url) ?? text(item.external_url),
    date: text(item.date_published) ?? text(item.date_modified),
    authors: ((item.authors ?? []) as { name?: string }[]).map((a) => a.name ?? ''),
    contentHtml: text(item.content_html),
    contentText: text(item.content_text),
    summary: text(item.summary),
    language: text(item.language),
  });
}

/** An Atom text construct as plain text: `type="html"` and `xhtml` are markup, `text` is as is. */
function atomText(value: unknown): string | undefined {
  const t = value as { value?: string; type?: string } | undefined;
  if (!t?.value) return undefined;
  return t.type === 'html' || t.type === 'xhtml' ? htmlToPlain(t.value) : t.value.trim();
}

/** An Atom text construct as HTML. */
function atomHtml(value: unknown): string | undefined {
  const t = value as { value?: string; type?: string } | undefined;
  if (!t?.value) return undefined;
  return t.type === 'html' || t.type === 'xhtml' ? t.value : t.value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function clean(parts: EntryParts): EntryParts {
  const authors = [...new Set(parts.authors.map((a) => a.trim()).filter(Boolean))];
  const out: EntryParts = { authors };
  for (const [key, value] of Object.entries(parts) as [keyof EntryParts, unknown][]) {
    if (key !== 'authors' && typeof value === 'string' && value.trim()) (out as unknown as Record<string, string>)[key] = value;
  }
  if (out.title) out.title = htmlToPlain(out.title);
  return out;
}
