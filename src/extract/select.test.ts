import { describe, expect, it } from 'vitest';
import { collectBlocks } from './blocks.js';
import { findContainer, lineWeight } from './select.js';
import { parseTree } from './tree.js';

const para = (i: number): string => `<p>Paragraph ${i} of the report says the harbour works will take another two years to finish, the port said.</p>`;
const container = (html: string) => findContainer(collectBlocks(parseTree(html)));

describe('lineWeight', () => {
  it('counts prose for a container, links and labels against it, and headings and table rows as neither', () => {
    const [prose, link, label, heading, row] = collectBlocks(
      parseTree('<p>The harbour works will take another two years to finish, the port said on Monday.</p><div><a href="/x">Read more stories from the harbour</a></div><div>Share</div><h2>Subhead</h2><table><tr><td>1</td><td>Ann</td></tr></table>'),
    );
    expect(lineWeight(prose!)).toBeGreaterThan(0);
    expect(lineWeight(link!)).toBeLessThan(0);
    expect(lineWeight(label!)).toBeLessThan(0);
    expect(lineWeight(heading!)).toBe(0);
    expect(lineWeight(row!)).toBe(0);
  });
});

describe('findContainer', () => {
  it('picks the tightest element around the prose, not the page that also holds the menu', () => {
    const el = container(`<body><div class="menu"><a href="/">Home</a><a href="/n">News</a></div><div id="story">${para(1)}${para(2)}${para(3)}</div></body>`);
    expect(el?.attrs.id).toBe('story');
  });

  it('widens to the ancestor when the article is split into sections made alike', () => {
    const section = (ps: string): string => `<section><div><div class="txt">${ps}</div></div></section>`;
    const html = `<div id="post">${section(para(1))}<div class="promo"><a href="/s">Subscribe</a></div>${section([2, 3, 4, 5, 6].map(para).join(''))}${section(para(7))}</div>`;
    expect(container(html)?.attrs.id).toBe('post');
  });

  it('does not widen to take in teasers whose summaries are made differently from the paragraphs', () => {
    const teasers = [1, 2, 3, 4].map((i) => `<div class="item"><a href="/${i}">Headline ${i}</a><div>Summary ${i} of another story that is long enough to pass for a paragraph of prose in a page.</div></div>`);
    const html = `<div id="page"><div id="story">${[1, 2, 3].map(para).join('')}</div><div class="more">${teasers.join('')}</div></div>`;
    expect(container(html)?.attrs.id).toBe('story');
  });

  it('gives null for a page without prose', () => {
    expect(container('<div><a href="/a">One</a> <a href="/b">Two</a></div>')).toBeNull();
  });
});
