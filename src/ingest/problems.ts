/** The messages of fetching and feed reading, built in one place from the catalogue's codes. */
import type { Message } from '../model/index.js';
import { message } from '../model/index.js';
import type { Fetched } from './fetch.js';

type Failed = Extract<Fetched, { ok: false }>;

/**
 * A URL that could not be fetched: refused (a private address), timed out, not found, not a page, …
 * Refused (URL_REFUSED), not a page (URL_NOT_PAGE) or failed (URL_FAILED).
 */
export function fetchFailed(requested: string, failed: Failed, severity: Message['severity'] = 'error'): Message {
  const where = failed.url !== requested ? ` (redirected to ${failed.url})` : '';
  if (failed.failure === 'refused') return message('URL_REFUSED', 'ingest', { file: requested, detail: failed.detail, severity });
  if (failed.failure === 'type') return message('URL_NOT_PAGE', 'ingest', { file: requested, detail: `${failed.detail}${where}`, severity });
  return message('URL_FAILED', 'ingest', { file: requested, detail: `${failed.detail}${where}`, severity });
}

/** A body cut at the size cap. */
export function fetchCut(url: string, maxBytes: number): Message {
  return message('URL_TOO_LARGE', 'ingest', { file: url, detail: `${+(maxBytes / 1048576).toFixed(1)} MB` });
}

/** A feed entry whose full article could not be fetched: only its summary is used. */
export function summaryOnly(link: string, failed: Failed): Message {
  return message('FEED_SUMMARY_ONLY', 'ingest', { file: link, detail: failed.detail, severity: 'warning' });
}

/** A feed entry with neither article nor link nor summary. */
export function entryEmpty(source: string): Message {
  return message('FEED_ENTRY_EMPTY', 'ingest', { file: source });
}

/** A file or URL that looked like a feed but could not be read as one. */
export function feedInvalid(source: string, detail: string): Message {
  return message('FEED_INVALID', 'ingest', { file: source, detail, severity: 'error' });
}

/** A feed without entries, or an OPML without feeds. */
export function feedEmpty(source: string): Message {
  return message('FEED_EMPTY', 'ingest', { file: source });
}

/** A feed or OPML with more entries than are read. */
export function feedCut(source: string, count: number, kept: number, what: 'entries' | 'feeds'): Message {
  return message('FEED_TRUNCATED', 'ingest', { file: source, detail: `${count} ${what} (the first ${kept})` });
}

/** An OPML entry that is itself a list of feeds: lists are not followed further. */
export function nestedList(source: string): Message {
  return message('FEED_NESTED', 'ingest', { file: source });
}

/** A line of a URL list that is no http(s) URL. */
export function badUrlLine(source: string, line: number, text: string): Message {
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return message('URL_LIST_BAD_LINE', 'ingest', { file: `${source}:${line}`, detail: `"${shown}" is not an http or https URL` });
}
