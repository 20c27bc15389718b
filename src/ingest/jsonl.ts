import type { ArticleInput, Message } from '../model/index.js';
import { message } from '../model/index.js';

/** Broken lines reported one by one; past this, the rest are counted in one message. */
const MAX_LINE_MESSAGES = 10;
/** Splits an `authors` string: "A. Smith, B. Jones and C. Lee". */
const AUTHOR_SEPARATOR = /\s*(?:[,;&|]|\band\b)\s*/;

/**
 * Reads articles from JSON Lines (one object a line: id, outlet, url, title, date, authors, text or
 * html — the AllSides layout) or from JSON holding an array or a single object. A broken line gives a
 * JSONL_BAD_LINE message naming the file and line, and the other lines are still read.
 * Each article's `source` is `file:line`.
 * @example parseJsonLines('{"outlet":"A","text":"…"}\n', 'a.jsonl').inputs[0].outlet === 'A'
 */
export function parseJsonLines(text: string, source: string): { inputs: ArticleInput[]; messages: Message[] } {
  const whole = parseWhole(text);
  if (whole !== undefined) {
    const items = Array.isArray(whole) ? whole : [whole];
    return collect(items.map((value, i) => ({ value, line: i + 1 })), [], source);
  }
  // Not one JSON document: JSON Lines, or a broken array, read line by line so one bad line costs one article.
  const inArray = text.trimStart().startsWith('[');
  const rows: { value: unknown; line: number }[] = [];
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = inArray ? arrayItem(raw.trim()) : raw.trim();
    if (!line) return;
    try {
      rows.push({ value: JSON.parse(line), line: i + 1 });
    } catch {
      bad.push(i + 1);
    }
  });
  return collect(rows, bad, source);
}

/**
 * Reads numbered lines of a JSON Lines file (a part of a large file read in pieces): each line one
 * article, numbered as in the whole file, so that messages and sources name the right line.
 */
export function parseNumberedLines(lines: Array<[line: number, text: string]>, source: string): { inputs: ArticleInput[]; messages: Message[] } {
  const rows: { value: unknown; line: number }[] = [];
  const bad: number[] = [];
  for (const [line, raw] of lines) {
    const trimmed = raw.trim();
    if (!trimmed || /^[[\],\s]+$/.test(trimmed)) continue;
    try {
      rows.push({ value: JSON.parse(trimmed), line });
    } catch {
      // An array written one object a line: `[{…},` or `{…}]`.
      try {
        rows.push({ value: JSON.parse(arrayItem(trimmed)), line });
      } catch {
        bad.push(line);
      }
    }
  }
  return collect(rows, bad, source);
}

/** Parses the text as one JSON document when it is one: an array, or a single (pretty-printed) object. */
function parseWhole(text: string): unknown {
  const start = text.trimStart();
  if (!start.startsWith('[') && !(start.startsWith('{') && !isJsonLines(start))) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A line of a broken array written one object a line: `[{…},` or `{…}]` read as `{…}`. */
function arrayItem(line: string): string {
  return line.replace(/^\[\s*(?=\{)/, '').replace(/\}[\s,\]]*$/, '}').replace(/^[[\],\s]+$/, '');
}

/** JSON Lines when the first line alone is a complete object. */
function isJsonLines(start: string): boolean {
  try {
    JSON.parse(start.split('\n', 1)[0] ?? '');
    return true;
  } catch {
    return false;
  }
}

function collect(rows: { value: unknown; line: number }[], bad: number[], source: string) {
  const messages: Message[] = bad.slice(0, MAX_LINE_MESSAGES).map((line) => message('JSONL_BAD_LINE', 'ingest', { file: source, detail: line }));
  if (bad.length > MAX_LINE_MESSAGES) {
    const detail = `${bad[MAX_LINE_MESSAGES]} (and ${bad.length - MAX_LINE_MESSAGES - 1} more lines)`;
    messages.push(message('JSONL_BAD_LINE', 'ingest', { file: source, detail }));
  }
  const inputs: ArticleInput[] = [];
  for (const { value, line } of rows) {
    const input = toInput(value, `${source}:${line}`);
    if (input) inputs.push(input);
    else messages.push(message('JSONL_NO_TEXT', 'ingest', { file: source, detail: line }));
  }
  return { inputs, messages };
}

/** One JSON object → an article input, or null when it holds no text. Unknown fields are ignored. */
function toInput(value: unknown, source: string): ArticleInput | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  const text = str(o.text);
  const html = str(o.html);
  if (!text?.trim() && !html?.trim()) return null;
  const input: ArticleInput = { source };
  if (text?.trim()) input.text = text;
  else input.html = html;
  for (const key of ['id', 'outlet', 'url', 'title', 'date'] as const) {
    const v = str(o[key]);
    if (v?.trim()) input[key] = v.trim();
  }
  const authors = toAuthors(o.authors ?? o.author);
  if (authors.length) input.authors = authors;
  return input;
}

function toAuthors(value: unknown): string[] {
  const list = Array.isArray(value) ? value.map(authorName) : (str(value) ?? '').split(AUTHOR_SEPARATOR);
  return list.map((a) => a?.trim() ?? '').filter((a) => a.length > 0);
}

function authorName(value: unknown): string | undefined {
  return value && typeof value === 'object' ? str((value as { name?: unknown }).name) : str(value);
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
