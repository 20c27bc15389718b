/** Longest page (after scripts and styles are dropped) that is parsed; the rest is cut (INPUT_TOO_LARGE). */
export const MAX_HTML_CHARS = 1_000_000;

/** Markup that never holds article text and can make up most of a page's bytes. JSON-LD scripts stay: they hold metadata. */
const NOISE = [
  /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi,
  /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi,
  /<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi,
  /<!--[\s\S]*?-->/g,
];

/**
 * Makes a page cheap to parse: drops scripts, styles, inline SVG and comments (real pages shrink
 * 2–10×), then cuts it at a tag boundary when it is still longer than `MAX_HTML_CHARS`. linkedom
 * and Readability grow worse than linearly with page size: a 5 MB page would take minutes.
 */
export function prepareHtml(html: string): { html: string; cut: boolean } {
  let out = html;
  for (const re of NOISE) out = out.replace(re, '');
  if (out.length <= MAX_HTML_CHARS) return { html: out, cut: false };
  const boundary = out.lastIndexOf('<', MAX_HTML_CHARS);
  return { html: out.slice(0, boundary > 0 ? boundary : MAX_HTML_CHARS), cut: true };
}
