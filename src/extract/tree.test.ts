import { describe, expect, it } from 'vitest';
import { find, findAll, parseTree, textOf, type El } from './tree.js';

const tags = (node: El | string): unknown => (typeof node === 'string' ? node : [node.tag, ...node.children.map(tags)]);

describe('parseTree', () => {
  it('builds elements with lower-case tags, attributes, text with entities decoded, and parents', () => {
    const root = parseTree('<DIV Class="a">Fish &amp; chips<B>hot</B></DIV>');
    const div = root.children[0] as El;
    expect(div).toMatchObject({ tag: 'div', attrs: { class: 'a' } });
    expect(tags(div)).toEqual(['div', 'Fish & chips', ['b', 'hot']]);
    expect((div.children[1] as El).parent).toBe(div);
  });

  it('closes paragraphs and list items the way browsers do', () => {
    const root = parseTree('<p>one<p>two<ul><li>a<li>b</ul>');
    expect(root.children.map(tags)).toEqual([['p', 'one'], ['p', 'two'], ['ul', ['li', 'a'], ['li', 'b']]]);
  });

  it('keeps text that a page puts before <html> or between </head> and <body>', () => {
    const root = parseTree('<p>before</p><html><head><title>T</title></head><p>between</p><body><p>inside</p></body></html>');
    expect(findAll(root, (e) => e.tag === 'p').map(textOf)).toEqual(['before', 'between', 'inside']);
  });

  it('drops script and style text but keeps JSON-LD', () => {
    const root = parseTree('<script>var x = "<p>no</p>"</script><style>p{}</style><script type="application/ld+json">{"a":1}</script><p>yes</p>');
    expect(textOf(root)).toBe('yes');
    expect(find(root, (e) => e.attrs.type === 'application/ld+json')!.children).toEqual(['{"a":1}']);
  });

  it('parses 20,000 nested elements without overflowing the stack', () => {
    const root = parseTree(`${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`);
    expect(textOf(root)).toBe('deep');
    expect(find(root, (e) => e.children[0] === 'deep')).not.toBeNull();
  });
});
