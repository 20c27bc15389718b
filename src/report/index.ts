import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './schema.js';
import { renderText } from './text.js';

/** The formats a report renders to. */
export type ReportFormat = 'text' | 'md' | 'html' | 'json';

/** Rendering options; `color` applies to the terminal text only and is off by default. */
export interface RenderOptions {
  color?: boolean;
}

/**
 * Renders a JSON report in one format. Works from the report alone, so a stored report renders later.
 * @example render(compare(inputs), 'md')
 */
export function render(report: Report, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color === true });
    case 'md':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    default:
      throw new TypeError(`corroborate: unknown report format "${String(format)}"; use text, md, html or json`);
  }
}

export { renderText } from './text.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
