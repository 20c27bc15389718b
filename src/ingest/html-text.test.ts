import { describe, expect, it } from 'vitest';
import { htmlToPlain, htmlWords } from './html-text.js';

describe('htmlToPlain', () => {
  it('drops tags, decodes named and numeric entities and collapses spaces', () => {
    expect(htmlToPlain('<p>Storm &amp; <b>flood</b></p>\n<p>It&#8217;s &#x201C;bad&#x201D;&nbsp;now</p>')).toBe('Storm & flood It’s “bad” now');
    expect(htmlToPlain('<![CDATA[<i>x</i>]]> &unknown; &#0;')).toBe('x &unknown; &#0;');
    expect(htmlWords('<p>one two</p><p>three</p>')).toBe(3);
    expect(htmlWords('  ')).toBe(0);
  });
});
