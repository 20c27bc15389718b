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

/**
 * Where a double quotation opened before `from` closes: at its own closing mark, or at the other
 * kind of closing mark when a page mixes them ("I lived through it,” Emanuel said), or at an opening
 * mark written for the closing one; `to` when it stays open.
 */
function findClose(text: string, from: number, to: number, mark: string): number {
  const at = text.indexOf(mark, from);
  let end = at < 0 || at >= to ? to : at;
  if (mark === '"') {
    const curly = text.indexOf('”', from);
    if (curly >= 0 && curly < end) end = curly;
    return end;
  }
  // A straight mark closes only when no straight quotation was opened inside: “He said "no" to me”.
  let nested = false;
  for (let i = text.indexOf('"', from); i >= 0 && i < end; i = text.indexOf('"', i + 1)) {
    if (!nested && closes(text, i)) return i;
    nested = !nested;
  }
  return Math.min(end, miswrittenClose(text, from, end));
}

/** A mark after a word or punctuation and before a space, punctuation or the end: where a quotation closes. */
const closes = (text: string, i: number): boolean => /\S/.test(text[i - 1] ?? ' ') && (i + 1 >= text.length || /[\s,.;:!?)\]—–]/.test(text[i + 1]));

/**
 * An opening mark written where the closing one belongs, as some pages print every double quote
 * (“I thought it was ridiculous,“ the president said): a “ after a word or punctuation and before
 * a space, punctuation or the end closes the quote. Its position, or `to` when there is none.
 */
function miswrittenClose(text: string, from: number, to: number): number {
  for (let i = text.indexOf('“', from); i >= 0 && i < to; i = text.indexOf('“', i + 1)) {
    if (i > from && closes(text, i)) return i;
  }
  return to;
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
