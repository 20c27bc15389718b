import type { Block } from './blocks.js';
import type { El } from './tree.js';
import { bareWords } from '../text/bare.js';

/** A byline line ("By Ann Lee", "By Ann Lee, Reuters"), dropped when among the first lines. */
const BYLINE = /^(?:by|written by|von|par|por)\s+\S[^.!?]{0,80}$/i;
/** Bylines and repeated titles are looked for only among the first lines. */
const LEAD_LINES = 3;
/** A line that is only a web address: authors write those into the text (sources, shop links), menus do not. */
export const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/;
/** Inside these, figure text is content (a quoted passage, a table of figures), not a caption. */
const CONTENT_IN_FIGURE = new Set(['blockquote', 'table', 'pre']);

/**
 * The article's lines out of its container's blocks: the headline (`<h1>`, or a line repeating the
 * title), a byline at the top, figure captions and credits, and lines that are mostly links
 * (related stories, share prompts) are dropped, and so are headings that end the text. Embedded
 * posts are kept once.
 */
export function articleLines(blocks: Block[], title: string | null): string[] {
  const lines: string[] = [];
  const headings: boolean[] = [];
  const seenEmbeds = new Set<string>();
  const titleKey = title ? key(title) : '';
  for (const b of blocks) {
    if (b.heading === 1 || inCaption(b.owner)) continue;
    if (isLinkLine(b) && !BARE_URL.test(b.text)) continue;
    if (lines.length < LEAD_LINES && (BYLINE.test(b.text) || (titleKey && key(b.text) === titleKey))) continue;
    if (b.embed) {
      if (seenEmbeds.has(b.text)) continue;
      seenEmbeds.add(b.text);
    }
    lines.push(b.text);
    headings.push(b.heading > 0);
  }
  // Headings with nothing after them head furniture that was left out ("Comments", "Related").
  while (headings.at(-1)) {
    headings.pop();
    lines.pop();
  }
  return lines;
}

/** A line that is mostly link text and has little text of its own. */
export function isLinkLine(b: Block): boolean {
  return b.linkChars > b.chars / 2 && b.chars - b.linkChars < 80;
}

function inCaption(el: El): boolean {
  let figure = false;
  for (let e: El | null = el; e; e = e.parent) {
    if (e.tag === 'figcaption') return true;
    if (CONTENT_IN_FIGURE.has(e.tag)) return false;
    if (e.tag === 'figure') figure = true;
  }
  return figure;
}

function key(text: string): string {
  return bareWords(text);
}
