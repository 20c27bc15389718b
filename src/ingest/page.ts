import type { Message } from '../model/index.js';
import { message } from '../model/index.js';
import { charsetOf, decodeBytes } from './decode.js';
import type { FetchOptions } from './fetch.js';
import { MAX_INPUT_BYTES, readFile, readStream } from './files.js';
import { looksLikeFeed } from './format.js';
import { fetchCut, fetchFailed } from './problems.js';
import { URL_SPEC } from './url-list.js';

/** One web page as read from a file, stdin or a URL, before extraction. */
export interface Page {
  html: string;
  /** What the user named: the file, `stdin`, or the URL. */
  source: string;
  /** Where the page came from after redirects, for a URL. */
  url?: string;
}

/** Options for `readPage`. */
export interface PageOptions {
  stdin?: NodeJS.ReadableStream;
  fetch?: Partial<FetchOptions>;
}

/**
 * Reads one page for `corroborate extract`: a file (`-` is stdin) or a URL, decoded by the charset
 * the server, the BOM or the page names. A feed is refused (it holds many articles, not one page).
 * @example const { page, messages } = await readPage('story.html')
 */
export async function readPage(spec: string, options: PageOptions = {}): Promise<{ page: Page | null; messages: Message[] }> {
  const messages: Message[] = [];
  let bytes: Uint8Array;
  let charset: string | undefined;
  const page: Page = { html: '', source: spec === '-' ? 'stdin' : spec };
  if (URL_SPEC.test(spec)) {
    const { fetchUrl, FETCH_DEFAULTS } = await import('./fetch.js');
    const fetched = await fetchUrl(spec, options.fetch);
    if (!fetched.ok) return { page: null, messages: [fetchFailed(spec, fetched)] };
    if (fetched.truncated) messages.push(fetchCut(spec, options.fetch?.maxBytes ?? FETCH_DEFAULTS.maxBytes));
    ({ bytes } = fetched);
    charset = charsetOf(fetched.contentType);
    page.url = fetched.url;
  } else {
    const read = spec === '-' ? await readStream(options.stdin ?? process.stdin) : await readFile(spec);
    if ('error' in read) return { page: null, messages: [message('INPUT_NOT_FOUND', 'ingest', { file: page.source, detail: read.error, severity: 'error' })] };
    if (read.truncated) messages.push(message('INPUT_TOO_LARGE', 'ingest', { file: page.source, detail: `over ${MAX_INPUT_BYTES / 1048576} MB` }));
    bytes = read.bytes;
  }
  const decoded = decodeBytes(bytes, page.source, { charset });
  if ('skipped' in decoded) return { page: null, messages: [...messages, decoded.skipped] };
  messages.push(...decoded.messages);
  if (looksLikeFeed(decoded.text)) {
    const detail = 'it is a feed, not a page; "corroborate compare" reads its entries';
    return { page: null, messages: [...messages, message('INPUT_NOT_FOUND', 'ingest', { file: page.source, detail, severity: 'error' })] };
  }
  page.html = decoded.text;
  return { page, messages };
}
