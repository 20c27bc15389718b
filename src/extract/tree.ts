import { Parser } from 'htmlparser2';

/**
 * An element of a parsed page: its lower-case tag, attributes and children (elements and text).
 * Deliberately smaller than a DOM: extraction needs only these, and building it costs a fraction of
 * a DOM's time and memory.
 */
export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: (El | string)[];
  parent: El | null;
}

/** Elements whose content is not text (scripts, styles): their text is not kept, except JSON-LD. */
const RAW = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);

/**
 * Parses HTML into a light tree with htmlparser2. The root is a `#root` element holding whatever the
 * page has, so text outside `<html>` or `<body>` (broken pages) is kept. Comments are dropped, as is
 * the text of scripts and styles (JSON-LD scripts keep theirs: they hold metadata).
 * @example parseTree('<p>Hi <b>there</b></p>').children[0] // {tag: 'p', children: ['Hi ', {tag: 'b', …}]}
 */
export function parseTree(html: string): El {
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null };
  let current = root;
  let raw = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: El = { tag: name, attrs, children: [], parent: current };
        current.children.push(el);
        current = el;
        if (isRaw(el)) raw++;
      },
      // htmlparser2 closes every element it opened exactly once (void and implied ones included).
      onclosetag() {
        if (isRaw(current)) raw--;
        if (current.parent) current = current.parent;
      },
      ontext(text) {
        if (raw > 0) return;
        const children = current.children;
        const last = children.length - 1;
        if (last >= 0 && typeof children[last] === 'string') children[last] += text;
        else children.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return root;
}

/** True for elements whose text is not kept: scripts and styles, but not JSON-LD. */
function isRaw(el: El): boolean {
  return RAW.has(el.tag) && !(el.tag === 'script' && /ld\+json/i.test(el.attrs.type ?? ''));
}

/** The first element, in document order, that `test` accepts. */
export function find(root: El, test: (el: El) => boolean): El | null {
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (test(el)) return el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return null;
}

/** Every element, in document order, that `test` accepts. */
export function findAll(root: El, test: (el: El) => boolean): El[] {
  const out: El[] = [];
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (test(el)) out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return out;
}

/** Elements whose edges separate words even without spaces in the markup. */
const BREAKS = new Set(['br', 'p', 'div', 'li', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article']);

/** The text inside an element, spaces collapsed (no line structure: for metadata and short fields). */
export function textOf(el: El): string {
  const parts: string[] = [];
  const stack: (El | string)[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') parts.push(node);
    else if (!RAW.has(node.tag)) {
      if (BREAKS.has(node.tag)) {
        parts.push(' ');
        stack.push(' ');
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
