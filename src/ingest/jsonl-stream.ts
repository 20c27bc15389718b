import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { ArticleInput, Message } from '../model/index.js';
import { message } from '../model/index.js';
import { parseNumberedLines } from './jsonl.js';

/** Lines read per piece: the memory held at once is a piece, not the file. */
export const LINES_PER_PIECE = 1000;

/** A JSON Lines file, plain or gzip: by name (.jsonl, .ndjson, optionally .gz). */
export const isJsonLinesFile = (path: string): boolean => /\.(jsonl|ndjson)(\.gz)?$/i.test(path);

/** One piece of a file read in pieces, with how far into the file it got (0..1). */
export interface Piece {
  inputs: ArticleInput[];
  messages: Message[];
  /** Bytes of the file read so far over its size: for a progress bar. */
  fraction: number;
}

/**
 * Reads a JSON Lines file of any size (gzip when it starts with gzip's magic bytes) a piece of
 * `size` lines at a time; each article's source is `file:line` as in the whole file. A file that
 * cannot be read yields one piece holding an INPUT_NOT_FOUND message.
 * @example for await (const piece of readJsonLinesPieces('articles.jsonl.gz')) await ingest(store, piece.inputs)
 */
export async function* readJsonLinesPieces(path: string, size = LINES_PER_PIECE): AsyncGenerator<Piece> {
  let total: number;
  let gzip: boolean;
  try {
    const handle = await open(path, 'r');
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    total = (await handle.stat()).size;
    await handle.close();
    gzip = head[0] === 0x1f && head[1] === 0x8b;
  } catch (e) {
    yield { inputs: [], messages: [message('INPUT_NOT_FOUND', 'ingest', { file: path, detail: (e as Error).message, severity: 'error' })], fraction: 1 };
    return;
  }
  const file = createReadStream(path);
  const lines = createInterface({ input: gzip ? file.pipe(createGunzip()) : file, crlfDelay: Infinity });
  const fraction = () => (total ? Math.min(1, file.bytesRead / total) : 1);
  let held: Array<[number, string]> = [];
  let n = 0;
  try {
    for await (const line of lines) {
      held.push([++n, line]);
      if (held.length >= size) {
        yield { ...parseNumberedLines(held, path), fraction: fraction() };
        held = [];
      }
    }
  } catch (e) {
    // A truncated or corrupt gzip file: keep what was read, say where it stopped.
    if (held.length) yield { ...parseNumberedLines(held, path), fraction: 1 };
    yield { inputs: [], messages: [message('INPUT_NOT_FOUND', 'ingest', { file: path, detail: `unreadable after line ${n}: ${(e as Error).message}`, severity: 'error' })], fraction: 1 };
    return;
  } finally {
    file.destroy();
  }
  if (held.length) yield { ...parseNumberedLines(held, path), fraction: 1 };
}
