import type { ArticleInput, Message } from '../model/index.js';
import { charsetOf, decodeBytes } from './decode.js';
import { readEntries } from './entries.js';
import { fetchUrl, FETCH_DEFAULTS, type Fetched, type FetchOptions } from './fetch.js';
import { looksLikeFeed, parseFeedDocument } from './feed.js';
import { detectFormat } from './format.js';
import { parseJsonLines } from './jsonl.js';
import { createLimiter, type Limits } from './limit.js';
import { idFromUrl } from './names.js';
import { feedCut, feedEmpty, feedInvalid, fetchCut, fetchFailed, nestedList } from './problems.js';
import { fromText } from './text.js';

/** What was read from one input: articles (HTML ones not yet extracted) and messages. */
export interface Read {
  inputs: ArticleInput[];
  messages: Message[];
}

/** How URLs and feeds are read; each field has a default in REMOTE_DEFAULTS. */
export interface RemoteOptions extends Limits {
  fetch: Partial<FetchOptions>;
  /** Entries read from one feed at most. */
  maxFeedEntries: number;
  /** Feeds read from one OPML list at most. */
  maxListedFeeds: number;
}

export const REMOTE_DEFAULTS: RemoteOptions = { fetch: {}, overall: 4, perHost: 2, maxFeedEntries: 50, maxListedFeeds: 30 };

/** Shared by every URL of one run: the options, the politeness limits, and each URL fetched once. */
export interface Remote {
  options: RemoteOptions;
  /** Fetches a URL within the limits; the same URL is fetched once per run. */
  get(url: string): Promise<Fetched>;
  maxBytes: number;
}

/**
 * Sets up fetching for one run: at most `overall` requests at once, `perHost` to one host.
 * @example const remote = createRemote({ fetch: { allowPrivate: true } })
 */
export function createRemote(options: Partial<RemoteOptions> = {}): Remote {
  const o = { ...REMOTE_DEFAULTS, ...options };
  const limit = createLimiter(o);
  const seen = new Map<string, Promise<Fetched>>();
  const get = (url: string): Promise<Fetched> => {
    let pending = seen.get(url);
    if (!pending) {
      pending = limit(hostOf(url), () => fetchUrl(url, o.fetch));
      seen.set(url, pending);
    }
    return pending;
  };
  return { options: o, get, maxBytes: o.fetch.maxBytes ?? FETCH_DEFAULTS.maxBytes };
}

/**
 * Reads one URL: a page, a feed (whose entries are read in turn) or an OPML list of feeds, told
 * apart by Content-Type and content. The text is decoded by the charset the server or the page names.
 * @example const { inputs, messages } = await readUrl('https://news.example/story', createRemote())
 */
export async function readUrl(url: string, remote: Remote, depth = 0): Promise<Read> {
  const fetched = await remote.get(url);
  if (!fetched.ok) return { inputs: [], messages: [fetchFailed(url, fetched)] };
  const messages: Message[] = fetched.truncated ? [fetchCut(url, remote.maxBytes)] : [];
  const decoded = decodeBytes(fetched.bytes, url, { charset: charsetOf(fetched.contentType) });
  if ('skipped' in decoded) return { inputs: [], messages: [...messages, decoded.skipped] };
  messages.push(...decoded.messages);
  const read = await readBody(decoded.text, url, fetched, remote, depth);
  return { inputs: read.inputs, messages: [...messages, ...read.messages] };
}

/**
 * Reads a feed or an OPML list (from a file or a URL; `base` is its URL, for relative links): the
 * entries' articles, fetched from their links when the feed has only summaries; for OPML, every
 * listed feed. Lists are capped (maxFeedEntries, maxListedFeeds) with a message.
 */
export async function readFeedText(text: string, source: string, remote: Remote, base?: string, depth = 0): Promise<Read> {
  const doc = parseFeedDocument(text, source, base);
  if (doc.kind === 'invalid') return { inputs: [], messages: [feedInvalid(source, doc.detail)] };
  const messages: Message[] = [];
  if (doc.kind === 'opml') {
    if (depth > 0) return { inputs: [], messages: [nestedList(source)] };
    if (doc.feeds.length === 0) return { inputs: [], messages: [feedEmpty(source)] };
    const feeds = capped(doc.feeds, remote.options.maxListedFeeds, (n, kept) => messages.push(feedCut(source, n, kept, 'feeds')));
    const reads = await Promise.all(feeds.map((feed) => readUrl(feed, remote, depth + 1)));
    return { inputs: reads.flatMap((r) => r.inputs), messages: [...messages, ...reads.flatMap((r) => r.messages)] };
  }
  if (doc.entries.length === 0) return { inputs: [], messages: [feedEmpty(source)] };
  const entries = capped(doc.entries, remote.options.maxFeedEntries, (n, kept) => messages.push(feedCut(source, n, kept, 'entries')));
  entries.forEach((entry, i) => (entry.input.id ??= `${baseName(source)}-${i + 1}`));
  const read = await readEntries(entries, remote);
  return { inputs: read.inputs, messages: [...messages, ...read.messages] };
}

async function readBody(text: string, url: string, fetched: Extract<Fetched, { ok: true }>, remote: Remote, depth: number): Promise<Read> {
  const type = fetched.contentType.split(';')[0]!.trim().toLowerCase();
  if (FEED_TYPE.test(type) || looksLikeFeed(text)) return readFeedText(text, url, remote, fetched.url, depth);
  const format = HTML_TYPE.test(type) ? 'html' : detectFormat(type === 'text/plain' ? '.txt' : new URL(fetched.url).pathname, text);
  const named: ArticleInput = { source: url, url: fetched.url };
  const id = idFromUrl(fetched.url);
  if (id) named.id = id;
  if (format === 'html') return { inputs: [{ ...named, html: text }], messages: [] };
  if (format === 'text') return { inputs: [{ ...fromText(text, url), ...named }], messages: [] };
  return parseJsonLines(text, url);
}

/** Content-Types of feeds and OPML lists. */
const FEED_TYPE = /^(?:application\/(?:rss|atom|rdf|feed)\+(?:xml|json)|text\/x-opml|application\/opml\+xml)$/;
const HTML_TYPE = /^(?:text\/html|application\/xhtml\+xml)$/;

function capped<T>(items: T[], max: number, onCut: (count: number, kept: number) => void): T[] {
  if (items.length <= max) return items;
  onCut(items.length, max);
  return items.slice(0, max);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function baseName(source: string): string {
  const name = /^https?:/i.test(source) ? (idFromUrl(source) ?? 'feed') : (source.split(/[\\/]/).pop() ?? source);
  return name.replace(/\.[a-z0-9]{1,6}$/i, '');
}
