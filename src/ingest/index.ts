import type { ArticleInput, Message } from '../model/index.js';
import { message } from '../model/index.js';
import { decodeBytes } from './decode.js';
import { MAX_INPUT_BYTES, readFile, readStream } from './files.js';
import { detectFormat } from './format.js';
import { parseJsonLines } from './jsonl.js';
import { outletFromUrl } from './names.js';
import type { Remote, RemoteOptions } from './remote.js';
import { fromText } from './text.js';
import { parseUrlList, URL_SPEC } from './url-list.js';

export { decodeBytes, guessEncoding, looksBinary } from './decode.js';
export { detectFormat, looksLikeFeed } from './format.js';
export type { InputFormat } from './format.js';
export { parseJsonLines, parseNumberedLines } from './jsonl.js';
export { isJsonLinesFile, readJsonLinesPieces, LINES_PER_PIECE } from './jsonl-stream.js';
export type { Piece } from './jsonl-stream.js';
export { fromText } from './text.js';
export { parseUrlList } from './url-list.js';
export { readPage } from './page.js';
export type { Page, PageOptions } from './page.js';
export { toArticles, MAX_ARTICLE_CHARS } from './normalize.js';
export { MAX_INPUT_BYTES } from './files.js';
export type { FetchOptions, Fetched } from './fetch.js';
export type { RemoteOptions } from './remote.js';

/** Options for `readInputs`. */
export interface ReadOptions {
  /** Outlet of every plain-text and HTML file or page, and of JSON Lines articles that name none. */
  outlet?: string;
  /** Where `-` reads from; defaults to `process.stdin`. */
  stdin?: NodeJS.ReadableStream;
  /** How URLs, feeds and the articles feeds link to are fetched (timeouts, --allow-private, limits). */
  remote?: Partial<RemoteOptions>;
}

/**
 * Reads the files and URLs a user named (`-` is stdin) into article inputs: plain text, HTML pages,
 * JSON Lines, feeds (RSS, Atom, JSON Feed; their entries' articles fetched when the feed has only
 * summaries) and OPML lists of feeds. This is the adapter: it reads and fetches, and leaves the parsing
 * to the pure readers. Inputs are read at once (fetches within polite limits) and come out in the order
 * given. Every problem is a message naming the file or URL; nothing throws for bad input.
 * @example const { inputs, messages } = await readInputs(['a.txt', 'b.html'], { outlet: 'Daily' })
 */
export async function readInputs(
  specs: string[],
  options: ReadOptions = {},
): Promise<{ inputs: ArticleInput[]; messages: Message[] }> {
  let remote: Promise<Remote> | undefined;
  // Fetching code (and the feed parser) loads only when a URL or a feed is met: plain files stay quick.
  const network = (): Promise<Remote> => (remote ??= import('./remote.js').then((m) => m.createRemote(options.remote)));
  const reads = await Promise.all(specs.map((spec) => readSpec(spec, options, network)));
  return settleInputs(reads.flatMap((r) => r.inputs), reads.flatMap((r) => r.messages), options);
}

/**
 * Finishes inputs however they were read (files, URLs, an HTTP request body): HTML pages become
 * their article text, a page that names no outlet is known by its site, and empty ones are left out.
 * `messages` is added to and returned.
 */
export async function settleInputs(inputs: ArticleInput[], messages: Message[], options: ReadOptions = {}): Promise<{ inputs: ArticleInput[]; messages: Message[] }> {
  if (inputs.some((i) => i.html !== undefined && !i.text)) await extractPages(inputs, messages, options);
  for (const input of inputs) if (input.outlet === undefined && input.source && URL_SPEC.test(input.source)) input.outlet = outletFromUrl(input.source);
  return { inputs: inputs.filter((i) => i.text?.trim()), messages };
}

type Read = { inputs: ArticleInput[]; messages: Message[] };

/** Reads one file, stdin or URL into article inputs (HTML ones still to be extracted). */
async function readSpec(spec: string, options: ReadOptions, network: () => Promise<Remote>): Promise<Read> {
  if (URL_SPEC.test(spec)) {
    const { readUrl } = await import('./remote.js');
    return readUrl(spec, await network());
  }
  const source = spec === '-' ? 'stdin' : spec;
  const bytes = spec === '-' ? await readStream(options.stdin ?? process.stdin) : await readFile(spec);
  if ('error' in bytes) return { inputs: [], messages: [message('INPUT_NOT_FOUND', 'ingest', { file: source, detail: bytes.error, severity: 'error' })] };
  const messages: Message[] = [];
  if (bytes.truncated) messages.push(message('INPUT_TOO_LARGE', 'ingest', { file: source, detail: `over ${MAX_INPUT_BYTES / 1048576} MB` }));
  const decoded = decodeBytes(bytes.bytes, source);
  if ('skipped' in decoded) return { inputs: [], messages: [...messages, decoded.skipped] };
  messages.push(...decoded.messages);
  const format = detectFormat(spec === '-' ? '' : source, decoded.text);
  if (format === 'feed') {
    const { readFeedText } = await import('./remote.js');
    const read = await readFeedText(decoded.text, source, await network());
    return { inputs: read.inputs, messages: [...messages, ...read.messages] };
  }
  const parsed = parse(decoded.text, source, format, options);
  return { inputs: parsed.inputs, messages: [...messages, ...parsed.messages] };
}

/**
 * Reads a list of URLs (`--urls file.txt`, `-` for stdin): one a line, `#` comments. A bad line or an
 * unreadable file gives a message naming it.
 * @example const { urls, messages } = await readUrlList('urls.txt')
 */
export async function readUrlList(spec: string, stdin?: NodeJS.ReadableStream): Promise<{ urls: string[]; messages: Message[] }> {
  const source = spec === '-' ? 'stdin' : spec;
  const read = spec === '-' ? await readStream(stdin ?? process.stdin) : await readFile(spec);
  if ('error' in read) return { urls: [], messages: [message('INPUT_NOT_FOUND', 'ingest', { file: source, detail: read.error, severity: 'error' })] };
  const decoded = decodeBytes(read.bytes, source);
  if ('skipped' in decoded) return { urls: [], messages: [decoded.skipped] };
  const list = parseUrlList(decoded.text, source);
  return { urls: list.urls, messages: [...decoded.messages, ...list.messages] };
}

function parse(text: string, source: string, format: 'text' | 'html' | 'json', options: ReadOptions): Read {
  if (format === 'html') return { inputs: [{ html: text, source, ...outletOf(options) }], messages: [] };
  if (format === 'text') return { inputs: [fromText(text, source, outletOf(options))], messages: [] };
  const { inputs, messages } = parseJsonLines(text, source);
  const base = baseName(source);
  for (const input of inputs) {
    // `file:line` is no name: give articles without an id one from the file and line.
    input.id ??= `${base}-${input.source?.slice(source.length + 1)}`;
    input.outlet ??= options.outlet ?? input.id;
  }
  return { inputs, messages };
}

/** Turns HTML inputs into text in place. Imported only when needed: linkedom and Readability are slow to load. */
async function extractPages(inputs: ArticleInput[], messages: Message[], options: ReadOptions): Promise<void> {
  const { extractArticle } = await import('../extract/index.js');
  for (const input of inputs) {
    if (input.html === undefined || input.text) continue;
    const source = input.source ?? 'input';
    let page: ArticleInput = { text: '' };
    try {
      const extracted = extractArticle(input.html, source);
      page = extracted.input;
      messages.push(...extracted.messages);
    } catch {
      // A page the HTML parser cannot handle is a page without an article, not a crash.
      messages.push(message('HTML_NO_ARTICLE', 'extract', { file: source }));
    }
    delete input.html;
    input.text = page.text;
    // The caller's fields win over what the page says; --outlet wins over the page's site name.
    input.outlet ??= options.outlet ?? page.outlet;
    for (const key of ['title', 'url', 'date', 'authors', 'language'] as const) if (input[key] === undefined && page[key] !== undefined) Object.assign(input, { [key]: page[key] });
  }
}

function baseName(source: string): string {
  return (source.split(/[\\/]/).pop() ?? source).replace(/\.[a-z0-9]{1,6}$/i, '');
}

function outletOf(options: ReadOptions): { outlet?: string } {
  return options.outlet ? { outlet: options.outlet } : {};
}
