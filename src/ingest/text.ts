import type { ArticleInput } from '../model/index.js';

/** Options for a plain-text article; unset fields are left for `toArticles` to settle from the file name. */
export interface TextOptions {
  outlet?: string;
  id?: string;
}

/** A first line this short, with no closing punctuation and more text below, reads as a headline. */
const MAX_TITLE_CHARS = 150;
const SENTENCE_END = /[.!?:;,…"”’)\]]$/;

/**
 * A plain-text article. The text is kept exactly as given (offsets point into it); a short first
 * line without closing punctuation is also taken as the title.
 * @example fromText('Storm hits coast\nThe storm …', 'a.txt', { outlet: 'Daily' }).title === 'Storm hits coast'
 */
export function fromText(text: string, source: string, options: TextOptions = {}): ArticleInput {
  const input: ArticleInput = { text, source };
  if (options.id) input.id = options.id;
  if (options.outlet) input.outlet = options.outlet;
  const title = headline(text);
  if (title) input.title = title;
  return input;
}

function headline(text: string): string | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = (lines[0] ?? '').trim();
  const rest = lines.slice(1).join('\n').trim();
  if (!first || !rest || first.length > MAX_TITLE_CHARS || SENTENCE_END.test(first)) return null;
  if (first.split(/\s+/).length < 2) return null;
  return first;
}
