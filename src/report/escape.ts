/**
 * Escaping for untrusted article text, titles, outlet names and URLs in each output format.
 * Article content is never trusted: it may carry markup, Markdown syntax or terminal control codes.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const HTML_SPECIAL = /[&<>"']/g;
// C0/C1 control characters (ESC starts terminal sequences), bidi overrides and isolates.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const SPACE_RUN = /\s+/g;
// Backslash-escapable ASCII punctuation that can start Markdown or inline HTML.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+!|~&$]/g;

/** Escapes text for HTML content and quoted attribute values: `& < > " '`. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '').replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]);
}

/** Removes control characters (so no terminal escape sequence survives) and collapses whitespace. */
export function plain(text: string): string {
  return text.replace(CONTROL, ' ').replace(SPACE_RUN, ' ').trim();
}

/** Escapes text for inline Markdown, a table cell included: one line, no live syntax, no raw HTML. */
export function escapeMarkdown(text: string): string {
  return plain(text).replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/**
 * The URL in canonical form when it is an absolute http(s) URL, else null: only such URLs may go
 * into an `href` (never `javascript:`, `data:` or relative paths).
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}
