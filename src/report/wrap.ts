import { plain } from './escape.js';

/**
 * Word-wraps plain text to `width` columns. The first line starts after `first` (already printed,
 * e.g. a bullet); the others are indented by `indent` spaces. Words longer than a line are cut.
 * @example wrap('a b c', 3, '- ', 2) // ['- a', '  b', '  c']
 */
export function wrap(text: string, width: number, first = '', indent = first.length): string[] {
  const words = plain(text).split(' ').filter(Boolean);
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let line = first;
  let lineWidth = visible(first);
  let empty = true;
  for (let word of words) {
    const room = () => width - lineWidth - (empty ? 0 : 1);
    if (!empty && visible(word) > room()) {
      lines.push(line);
      line = pad;
      lineWidth = indent;
      empty = true;
    }
    while (visible(word) > room() && room() > 0 && empty) {
      const cut = [...word].slice(0, room()).join('');
      lines.push(line + cut);
      word = word.slice(cut.length);
      line = pad;
      lineWidth = indent;
    }
    line += (empty ? '' : ' ') + word;
    lineWidth += (empty ? 0 : 1) + visible(word);
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** Shortens plain text to at most `max` columns, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...plain(text)];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Pads plain text with spaces to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visible(text)));
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Columns a plain string takes (code points; ANSI codes are never passed in). */
export function visible(text: string): number {
  return SURROGATE.test(text) ? [...text].length : text.length;
}
