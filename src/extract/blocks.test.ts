import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText } from './blocks.js';

const body = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body;

describe('blockText', () => {
  it('puts each block on its own line, <br> as a break, inline elements in the line', () => {
    const html = '<h2>Head</h2><p>One <b>bold</b> <a href="#">link</a>.</p><p>Two<br>lines</p><ul><li>a</li><li>b</li></ul>';
    expect(blockText(body(html))).toBe('Head\nOne bold link.\nTwo\nlines\na\nb');
  });

  it('collapses spaces, no-break and zero-width characters, and drops empty blocks', () => {
    expect(blockText(body('<p>  a\u00a0\u00a0b\u200b c\n d </p><p> </p><div><p>e</p></div>'))).toBe('a b c d\ne');
  });

  it('skips scripts, styles and forms controls but keeps preformatted line breaks', () => {
    expect(blockText(body('<script>x()</script><style>p{}</style><pre>l1\nl2</pre><button>Share</button>'))).toBe('l1\nl2');
  });

  it('does not overflow the stack on very deep nesting', () => {
    type N = { nodeType: number; nodeName: string; textContent: string | null; childNodes: N[] };
    let node: N = { nodeType: 3, nodeName: '#text', textContent: 'deep', childNodes: [] };
    for (let i = 0; i < 100_000; i++) node = { nodeType: 1, nodeName: 'SPAN', textContent: null, childNodes: [node] };
    expect(blockText(node)).toBe('deep');
  });
});
