/**
 * Elements that start and end a line of their own. Headings, paragraphs, list items and quotes each
 * become one line, so the article keeps its paragraph structure instead of Readability's run-on text.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'DETAILS', 'SUMMARY',
]);
/** Elements whose text is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'HEAD']);
/** Spaces a browser would collapse, including no-break and zero-width ones. */
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Marks, on the walker's stack, the end of a block element. */
const END_BLOCK = Symbol('end of block');

/** The minimal node shape the walker needs; linkedom's and browsers' nodes both fit. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The text of an element with one line per block element (p, h1–h6, li, blockquote, …) and `<br>`
 * as a line break; spaces inside a line collapsed, empty lines dropped.
 * @example blockText(parse('<h1>Title</h1><p>One <b>two</b></p>')) === 'Title\nOne two'
 */
export function blockText(root: DomNode): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const clean = line.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  // An explicit stack rather than recursion: deeply nested pages must not overflow the call stack.
  const stack: (DomNode | typeof END_BLOCK)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === END_BLOCK) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR' || name === 'PRE') {
      flush();
      // Preformatted text keeps its own line breaks.
      for (const part of name === 'PRE' ? (node.textContent ?? '').split('\n') : []) {
        line = part;
        flush();
      }
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      stack.push(END_BLOCK);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return lines.join('\n');
}
