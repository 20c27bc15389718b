import type { Span } from '../../model/index.js';

const OPEN_BEFORE = /[\s([{—–\-/:]/;

/**
 * Finds the insides of quotation marks in one block of text: “…”, "…", ‘…’ and '…', telling a
 * closing single quote from an apostrophe (Russia’s). A quote left open at the end of the block
 * runs to its end, as quotes that continue into the next paragraph do.
 */
export function quoteSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    const prev = i > from ? text[i - 1] : ' ';
    if (ch === '“' || (ch === '"' && OPEN_BEFORE.test(prev))) {
      const close = findClose(text, i + 1, to, ch === '“' ? '”' : '"');
      out.push({ start: i + 1, end: close });
      i = close + 1;
    } else if ((ch === '‘' || ch === "'") && OPEN_BEFORE.test(prev) && /\S/.test(text[i + 1] ?? '')) {
      const close = findSingleClose(text, i + 1, to, ch === '‘' ? '’' : "'");
      if (close > 0) {
        out.push({ start: i + 1, end: close });
        i = close + 1;
      } else i++;
    } else i++;
  }
  return out.filter((s) => s.end - s.start >= 2);
}

function findClose(text: string, from: number, to: number, mark: string): number {
  const at = text.indexOf(mark, from);
  return at < 0 || at >= to ? to : at;
}

/** A closing single quote: the mark followed by a space, punctuation or the end, not by a letter. */
function findSingleClose(text: string, from: number, to: number, mark: string): number {
  for (let i = from; i < to; i++) {
    if (text[i] !== mark) continue;
    const next = text[i + 1] ?? ' ';
    if (i + 1 >= to || /[\s.,;:!?)\]—–-]/.test(next)) return i;
  }
  return -1;
}

/** Trims spaces and a trailing post marker ("… / X") off a quote span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const inner = text.slice(start, end);
  const tail = /\s*\/\s*(X|Twitter|Facebook|Instagram|Telegram)\s*$/.exec(inner);
  if (tail) end = start + tail.index;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
