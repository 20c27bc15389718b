import type { ArticleInput, Message } from '../model/index.js';
import { charsetOf, decodeBytes } from './decode.js';
import type { Fetched } from './fetch.js';
import type { FeedEntry } from './feed.js';
import { detectFormat } from './format.js';
import { htmlToPlain } from './html-text.js';
import { idFromUrl } from './names.js';
import { entryEmpty, fetchCut, fetchFailed, summaryOnly } from './problems.js';

/** What reading entries needs from the run: a polite, once-per-URL fetch and the size cap. */
export interface EntryFetcher {
  get(url: string): Promise<Fetched>;
  maxBytes: number;
}

/**
 * Turns feed entries into article inputs. An entry whose feed carries the whole article is used as
 * is; for the others the article is fetched from the entry's link (HTML is left for the extractor).
 * When that fails, the summary is used, with a warning; an entry with neither gives a message.
 */
export async function readEntries(entries: FeedEntry[], fetcher: EntryFetcher): Promise<{ inputs: ArticleInput[]; messages: Message[] }> {
  const reads = await Promise.all(entries.map((entry) => readEntry(entry, fetcher)));
  return { inputs: reads.flatMap((r) => r.inputs), messages: reads.flatMap((r) => r.messages) };
}

async function readEntry(entry: FeedEntry, fetcher: EntryFetcher): Promise<{ inputs: ArticleInput[]; messages: Message[] }> {
  const input: ArticleInput = { ...entry.input };
  if (input.url) {
    input.source = input.url;
    const id = idFromUrl(input.url);
    if (id) input.id = id;
  }
  if (entry.full) return { inputs: [input], messages: [] };
  if (!input.url) return fallBack(input, entry, [entryEmpty(input.source ?? 'feed entry')]);
  const fetched = await fetcher.get(input.url);
  if (!fetched.ok) return fallBack(input, entry, [entry.summary ? summaryOnly(input.url, fetched) : fetchFailed(input.url, fetched)]);
  const messages: Message[] = fetched.truncated ? [fetchCut(input.url, fetcher.maxBytes)] : [];
  const decoded = decodeBytes(fetched.bytes, input.url, { charset: charsetOf(fetched.contentType) });
  if ('skipped' in decoded) return fallBack(input, entry, [...messages, decoded.skipped]);
  messages.push(...decoded.messages);
  const isHtml = /html/i.test(fetched.contentType) || detectFormat(new URL(fetched.url).pathname, decoded.text) === 'html';
  if (isHtml) input.html = decoded.text;
  else input.text = decoded.text;
  return { inputs: [input], messages };
}

/** The entry's summary as its text, when it has one; otherwise no article. */
function fallBack(input: ArticleInput, entry: FeedEntry, messages: Message[]): { inputs: ArticleInput[]; messages: Message[] } {
  const summary = entry.summary ? htmlToPlain(entry.summary) : '';
  if (!summary) return { inputs: [], messages };
  return { inputs: [{ ...input, text: summary }], messages };
}
