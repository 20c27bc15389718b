/**
 * Longest page, in characters of HTML, that is parsed; the rest is cut (INPUT_TOO_LARGE). Real
 * article pages, scripts and all, stay under 2 million; the parser is linear, so the cap only
 * bounds memory on pathological input.
 */
export const MAX_HTML_CHARS = 4_000_000;

/**
 * Cuts a page longer than `MAX_HTML_CHARS` at a tag boundary. (Stripping scripts beforehand with
 * regular expressions was tried and costs more than parsing them.)
 */
export function prepareHtml(html: string): { html: string; cut: boolean } {
  if (html.length <= MAX_HTML_CHARS) return { html, cut: false };
  const boundary = html.lastIndexOf('<', MAX_HTML_CHARS);
  return { html: html.slice(0, boundary > 0 ? boundary : MAX_HTML_CHARS), cut: true };
}
