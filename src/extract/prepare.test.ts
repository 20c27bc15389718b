import { describe, expect, it } from 'vitest';
import { MAX_HTML_CHARS, prepareHtml } from './prepare.js';

describe('prepareHtml', () => {
  it('leaves a page of ordinary size as it is', () => {
    const html = '<html><body><p>Kept.</p></body></html>';
    expect(prepareHtml(html)).toEqual({ html, cut: false });
  });

  it('cuts a page that is too long at a tag boundary', () => {
    const html = '<p>word word word</p>'.repeat(MAX_HTML_CHARS / 10);
    const { html: out, cut } = prepareHtml(html);
    expect(cut).toBe(true);
    expect(out.length).toBeLessThanOrEqual(MAX_HTML_CHARS);
    expect(out.endsWith('</p>')).toBe(true);
  });
});
