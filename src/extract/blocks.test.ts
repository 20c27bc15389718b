import { describe, expect, it } from 'vitest';
import { blockText, collectBlocks } from './blocks.js';
import { parseTree, type El } from './tree.js';

describe('blockText', () => {
  it('puts each block on its own line, <br> as a break, inline elements in the line', () => {
    const html = '<h2>Head</h2><p>One <b>bold</b> <a href="#">link</a>.</p><p>Two<br>lines</p><ul><li>a</li><li>b</li></ul>';
    expect(blockText(parseTree(html))).toBe('Head\nOne bold link.\nTwo\nlines\na\nb');
  });

  it('collapses spaces, no-break and zero-width characters, and drops empty blocks', () => {
    expect(blockText(parseTree('<p>  a\u00a0\u00a0b\u200b c\n d </p><p> </p><div><p>e</p></div>'))).toBe('a b c d\ne');
  });

  it('skips scripts, styles and form controls but keeps preformatted line breaks', () => {
    expect(blockText(parseTree('<script>x()</script><style>p{}</style><pre>l1\nl2</pre><button>Share</button>'))).toBe('l1\nl2');
  });

  it('reads a table row of plain cells as one line, and a cell holding paragraphs as a container', () => {
    const html = '<table><tr><th>Pos</th><th>Driver</th></tr><tr><td>1</td><td>Ann Lee</td></tr><tr><td><p>Long cell.</p><p>Second.</p></td></tr></table>';
    expect(blockText(parseTree(html))).toBe('Pos Driver\n1 Ann Lee\nLong cell.\nSecond.');
  });

  it('does not overflow the stack on very deep nesting', () => {
    let node: El = { tag: 'span', attrs: {}, children: ['deep'], parent: null };
    for (let i = 0; i < 100_000; i++) {
      const parent: El = { tag: 'span', attrs: {}, children: [node], parent: null };
      node.parent = parent;
      node = parent;
    }
    expect(blockText(node)).toBe('deep');
  });
});

describe('collectBlocks', () => {
  it('counts link characters, marks headings and names the element that holds each line', () => {
    const [title, line] = collectBlocks(parseTree('<h2>Title</h2><p>Read <a href="/x">this story</a></p>'));
    expect(title).toMatchObject({ text: 'Title', heading: 2, linkChars: 0 });
    expect(line).toMatchObject({ text: 'Read this story', chars: 13, linkChars: 9, heading: 0 });
    expect(line!.owner.tag).toBe('p');
  });

  it('leaves out what `skip` says and writes what `replace` gives as one line', () => {
    const root = parseTree('<div class="ad"><p>Buy now</p></div><blockquote class="x"><p>a</p><p>b</p></blockquote><p>Kept.</p>');
    const blocks = collectBlocks(root, {
      skip: (el) => el.attrs.class === 'ad',
      replace: (el) => (el.tag === 'blockquote' ? 'one line' : null),
    });
    expect(blocks.map((b) => [b.text, b.embed])).toEqual([['one line', true], ['Kept.', false]]);
  });
});
