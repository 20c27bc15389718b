import { parseHTML } from 'linkedom';

/** Elements that belong in `<head>` wherever the markup put them. */
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT']);

/**
 * Parses a page with linkedom and makes sure its content sits under `<body>`.
 * linkedom does not repair trees as browsers do: text before `<html>`, a fragment without `<html>`, or
 * paragraphs between `</head>` and `<body>` leave `document.body` empty while the page has text
 * (DEPENDENCY-NOTES: 31 of 990 real pages). Such a page is rebuilt with everything outside the head
 * moved into the body.
 */
export function parsePage(html: string): Document {
  const { document } = parseHTML(html) as unknown as { document: Document };
  if (!needsRepair(document)) return document;
  const head: string[] = [];
  const body: string[] = [];
  let lang = '';
  const place = (node: Node, inHead: boolean): void => {
    if (node.nodeType === 3) {
      (inHead ? head : body).push(escapeText(node.textContent ?? ''));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'HTML' || tag === 'HEAD' || tag === 'BODY') {
      if (tag === 'HTML' && !lang) lang = el.getAttribute('lang') ?? '';
      for (const child of Array.from(el.childNodes)) place(child, tag === 'HEAD');
      return;
    }
    const toHead = HEAD_TAGS.has(tag) && (inHead || tag !== 'SCRIPT' || el.getAttribute('type') === 'application/ld+json');
    (toHead ? head : body).push(el.outerHTML);
  };
  for (const node of Array.from(document.childNodes)) place(node, false);
  const langAttr = lang ? ` lang="${escapeText(lang).replace(/"/g, '&quot;')}"` : '';
  const rebuilt = `<!doctype html><html${langAttr}><head>${head.join('')}</head><body>${body.join('')}</body></html>`;
  return (parseHTML(rebuilt) as unknown as { document: Document }).document;
}

/** True when the page has text outside `<head>` that is not inside `<body>`. */
function needsRepair(document: Document): boolean {
  const root = document.documentElement;
  if (!root || root.tagName.toUpperCase() !== 'HTML' || !document.body) return true;
  for (const node of Array.from(document.childNodes)) if (node !== root && hasText(node)) return true;
  for (const node of Array.from(root.childNodes)) {
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (tag === 'BODY') continue;
    if (tag === 'HEAD') {
      for (const child of Array.from(node.childNodes)) {
        const t = child.nodeType === 1 ? (child as Element).tagName.toUpperCase() : '';
        if (!HEAD_TAGS.has(t) && hasText(child)) return true;
      }
    } else if (hasText(node)) return true;
  }
  return false;
}

function hasText(node: Node): boolean {
  return (node.nodeType === 1 || node.nodeType === 3) && (node.textContent ?? '').trim().length > 0;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
