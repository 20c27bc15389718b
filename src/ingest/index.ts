import { open } from 'node:fs/promises';
import type { ArticleInput, Message } from '../model/index.js';
import { message } from '../model/index.js';
import { decodeBytes } from './decode.js';
import { detectFormat } from './format.js';
import { parseJsonLines } from './jsonl.js';
import { fromText } from './text.js';

export { decodeBytes, guessEncoding, looksBinary } from './decode.js';
export { detectFormat } from './format.js';
export type { InputFormat } from './format.js';
export { parseJsonLines } from './jsonl.js';
export { fromText } from './text.js';
export { toArticles, MAX_ARTICLE_CHARS } from './normalize.js';

/** Options for `readInputs`. */
export interface ReadOptions {
  /** Outlet of every plain-text and HTML file, and of JSON Lines articles that name none. */
  outlet?: string;
  /** Where `-` reads from; defaults to `process.stdin`. */
  stdin?: NodeJS.ReadableStream;
}

/** Bytes read from one file or stdin at most; past this, only the start is read (INPUT_TOO_LARGE). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
const URL_SPEC = /^https?:\/\//i;

/**
 * Reads the files a user named (`-` is stdin) into article inputs. This is the adapter: it does the
 * reading and leaves the parsing to the pure readers (plain text, JSON Lines, HTML). Every problem is a
 * message naming the file; nothing throws for bad input.
 * @example const { inputs, messages } = await readInputs(['a.txt', 'b.html'], { outlet: 'Daily' })
 */
export async function readInputs(
  specs: string[],
  options: ReadOptions = {},
): Promise<{ inputs: ArticleInput[]; messages: Message[] }> {
  const inputs: ArticleInput[] = [];
  const messages: Message[] = [];
  for (const spec of specs) {
    if (URL_SPEC.test(spec)) {
      messages.push(message('URL_NOT_SUPPORTED', 'ingest', { file: spec, severity: 'error' }));
      continue;
    }
    const source = spec === '-' ? 'stdin' : spec;
    const read = spec === '-' ? await readStream(options.stdin ?? process.stdin) : await readFile(spec);
    if ('error' in read) {
      messages.push(message('INPUT_NOT_FOUND', 'ingest', { file: source, detail: read.error, severity: 'error' }));
      continue;
    }
    if (read.truncated) messages.push(message('INPUT_TOO_LARGE', 'ingest', { file: source, detail: `over ${MAX_INPUT_BYTES / 1048576} MB` }));
    const decoded = decodeBytes(read.bytes, source);
    if ('skipped' in decoded) {
      messages.push(decoded.skipped);
      continue;
    }
    messages.push(...decoded.messages);
    const parsed = parse(decoded.text, source, spec === '-', options);
    inputs.push(...parsed.inputs);
    messages.push(...parsed.messages);
  }
  if (inputs.some((i) => i.html !== undefined && !i.text)) await extractPages(inputs, messages, options);
  return { inputs: inputs.filter((i) => i.text?.trim()), messages };
}

function parse(text: string, source: string, isStdin: boolean, options: ReadOptions) {
  const format = detectFormat(isStdin ? '' : source, text);
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
    for (const key of ['title', 'url', 'date', 'authors'] as const) if (input[key] === undefined && page[key] !== undefined) Object.assign(input, { [key]: page[key] });
  }
}

type Read = { bytes: Uint8Array; truncated: boolean } | { error: string };

async function readFile(path: string): Promise<Read> {
  try {
    const handle = await open(path, 'r');
    try {
      const stats = await handle.stat();
      if (stats.isDirectory()) return { error: 'it is a directory, not a file' };
      // A pipe or device (`<(cmd)`, /dev/stdin) has no size: read it as a stream.
      if (!stats.isFile()) return await readStream(handle.createReadStream({ autoClose: false }));
      const length = Math.min(stats.size, MAX_INPUT_BYTES);
      const bytes = Buffer.alloc(length);
      let read = 0;
      while (read < length) {
        const { bytesRead } = await handle.read(bytes, read, length - read, read);
        if (bytesRead === 0) break;
        read += bytesRead;
      }
      return cut(bytes.subarray(0, read), stats.size > MAX_INPUT_BYTES);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { error: describe(error) };
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Read> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      chunks.push(buf);
      total += buf.length;
      if (total > MAX_INPUT_BYTES) break;
    }
  } catch (error) {
    return { error: describe(error) };
  }
  const bytes = Buffer.concat(chunks);
  return cut(bytes.subarray(0, MAX_INPUT_BYTES), total > MAX_INPUT_BYTES);
}

/** A truncated read ends at its last line break, so no character or JSON line is cut in half. */
function cut(bytes: Buffer, truncated: boolean): Read {
  if (!truncated) return { bytes, truncated };
  const end = bytes.lastIndexOf(0x0a);
  return { bytes: end > 0 ? bytes.subarray(0, end + 1) : bytes, truncated };
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function baseName(source: string): string {
  return (source.split(/[\\/]/).pop() ?? source).replace(/\.[a-z0-9]{1,6}$/i, '');
}

function outletOf(options: ReadOptions): { outlet?: string } {
  return options.outlet ? { outlet: options.outlet } : {};
}
