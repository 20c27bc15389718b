import type { El } from './tree.js';

/**
 * Elements that start and end a line of their own. Headings, paragraphs, list items and quotes each
 * become one line, so the article keeps its paragraph structure.
 */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'td', 'th', 'thead', 'tfoot', 'tr', 'ul', 'details', 'summary', 'body', 'html', 'menu',
]);
/** Elements whose text is never article text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'button', 'select',
  'option', 'textarea', 'input', 'head', 'title', 'meta', 'link', 'video', 'audio', 'map', 'dialog',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Spaces a browser would collapse, including no-break and zero-width ones. */
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** One line of a page: the text between two block boundaries, with what it sits in. */
export interface Block {
  text: string;
  /** The innermost block element holding the line (`p`, `li`, `td`, `div`…). */
  owner: El;
  /** Characters (spaces excluded) inside links: navigation is mostly links, prose is mostly not. */
  linkChars: number;
  /** Characters, spaces excluded. */
  chars: number;
  /** The heading level (1–6) when the line is in a heading, else 0. */
  heading: number;
  /** Position in the page, for keeping order. */
  index: number;
  /** The line is an embedded post (a tweet…), written as `Name on X: “…”`. */
  embed: boolean;
}

/** Marks, on the walker's stack, the end of an element. */
interface End {
  end: El;
}

/** How `collectBlocks` treats particular elements. */
export interface BlockOptions {
  /** Elements left out whole (navigation, share bars…). */
  skip?: (el: El) => boolean;
  /** Elements that become one line of the returned text (an embedded post), or null to read them as usual. */
  replace?: (el: El) => string | null;
}

/**
 * Splits a tree into lines: one per paragraph, heading, list item, quote or table row, `<br>` as a
 * break, preformatted text with its own breaks. Spaces inside a line are collapsed and empty lines
 * dropped.
 */
export function collectBlocks(root: El, options: BlockOptions = {}): Block[] {
  const { skip, replace } = options;
  const blocks: Block[] = [];
  const owners: El[] = [root];
  let line = '';
  let linkChars = 0;
  let inLink = 0;
  let heading = 0;
  let embed = false;
  const flush = (): void => {
    const text = line.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
    if (text) {
      const chars = text.length - (text.match(/ /g)?.length ?? 0);
      blocks.push({ text, owner: owners[owners.length - 1]!, linkChars: Math.min(linkChars, chars), chars, heading, index: blocks.length, embed });
    }
    line = '';
    linkChars = 0;
  };
  // An explicit stack rather than recursion: deeply nested pages must not overflow the call stack.
  const stack: (El | string | End)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      line += node;
      if (inLink) linkChars += node.replace(SPACES, '').length;
      continue;
    }
    if ('end' in node) {
      const el = node.end;
      if (el.tag === 'a') inLink--;
      if (BLOCK_TAGS.has(el.tag) && owners[owners.length - 1] === el) {
        flush();
        owners.pop();
      }
      if (HEADINGS.has(el.tag)) heading = 0;
      continue;
    }
    const tag = node.tag;
    if (SKIP_TAGS.has(tag) || (node !== root && skip?.(node))) continue;
    const replaced = replace?.(node);
    if (replaced) {
      flush();
      owners.push(node);
      line = replaced;
      embed = true;
      flush();
      embed = false;
      owners.pop();
      continue;
    }
    if (tag === 'br' || tag === 'hr') {
      flush();
      continue;
    }
    if (tag === 'pre') {
      flush();
      owners.push(node);
      for (const part of preText(node).split('\n')) {
        line = part;
        flush();
      }
      owners.pop();
      continue;
    }
    if ((tag === 'td' || tag === 'th') && !hasBlocks(node)) {
      // A cell of plain text is part of its row's line: a table row reads as one line.
      line += ' ';
      stack.push(' ');
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      owners.push(node);
    }
    if (tag === 'a') inLink++;
    if (HEADINGS.has(tag)) heading = Number(tag[1]);
    stack.push({ end: node });
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return blocks;
}

/**
 * The text of an element with one line per block element (p, h1–h6, li, blockquote, …) and `<br>`
 * as a line break; spaces inside a line collapsed, empty lines dropped.
 * @example blockText(parseTree('<h1>Title</h1><p>One <b>two</b></p>')) === 'Title\nOne two'
 */
export function blockText(root: El): string {
  return collectBlocks(root).map((b) => b.text).join('\n');
}

/** True when a table cell holds block elements or line breaks: such a cell is a container, not a value. */
function hasBlocks(cell: El): boolean {
  const stack: El[] = [cell];
  while (stack.length) {
    const el = stack.pop()!;
    for (const child of el.children) {
      if (typeof child === 'string') continue;
      if (child.tag === 'br' || (BLOCK_TAGS.has(child.tag) && child.tag !== 'td' && child.tag !== 'th')) return true;
      stack.push(child);
    }
  }
  return false;
}

function preText(el: El): string {
  let out = '';
  const stack: (El | string)[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else if (node.tag === 'br') out += '\n';
    else if (!SKIP_TAGS.has(node.tag)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}
