import { describe, expect, it } from 'vitest';
import { MAX_HTML_CHARS, prepareHtml } from './prepare.js';

describe('prepareHtml', () => {
  it('drops scripts, styles, inline SVG and comments but keeps JSON-LD', () => {
    const html =
      '<head><script>var a = "<p>not text</p>";</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
      '<style>p{}</style></head><body><!-- ad --><svg><text>icon</text></svg><p>Kept.</p></body>';
    expect(prepareHtml(html)).toEqual({
      html: '<head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>Kept.</p></body>',
      cut: false,
    });
  });

  it('cuts a page that is still too long at a tag boundary', () => {
    const html = '<p>word word word</p>'.repeat(MAX_HTML_CHARS / 10);
    const { html: out, cut } = prepareHtml(html);
    expect(cut).toBe(true);
    expect(out.length).toBeLessThanOrEqual(MAX_HTML_CHARS);
    expect(out.endsWith('</p>')).toBe(true);
  });
});
