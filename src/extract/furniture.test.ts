import { describe, expect, it } from 'vitest';
import { furniture, looksLikeContent, looksLikeFurniture } from './furniture.js';
import { find, parseTree, type El } from './tree.js';

const el = (html: string): El => parseTree(html).children[0] as El;
const byClass = (root: El, cls: string): El => find(root, (e) => e.attrs.class === cls)!;

describe('looksLikeFurniture', () => {
  it('takes navigation, asides, footers, hidden elements and ARIA furniture roles for furniture', () => {
    for (const html of ['<nav></nav>', '<aside></aside>', '<footer></footer>', '<div hidden></div>', '<div style="display: none"></div>', '<div aria-hidden="true"></div>', '<div role="navigation"></div>']) {
      expect(looksLikeFurniture(el(html)), html).toBe(true);
    }
  });

  it('reads furniture from class and id words, unless a content word overrides a weak one', () => {
    expect(looksLikeFurniture(el('<div class="sidebar"></div>'))).toBe(true);
    expect(looksLikeFurniture(el('<div id="share-buttons"></div>'))).toBe(true);
    expect(looksLikeFurniture(el('<div class="related-stories"></div>'))).toBe(true);
    expect(looksLikeFurniture(el('<div class="sidebar-content"></div>'))).toBe(false);
    expect(looksLikeFurniture(el('<div class="comment-body"></div>'))).toBe(true);
    expect(looksLikeFurniture(el('<div class="entry-content entry-content-read-more"></div>'))).toBe(false);
    expect(looksLikeFurniture(el('<div class="article-text"></div>'))).toBe(false);
  });

  it('keeps embedded posts, even in a box called "social"', () => {
    expect(looksLikeFurniture(el('<div class="social-media-embed"></div>'))).toBe(false);
  });
});

describe('looksLikeContent', () => {
  it('knows the article by its tag, itemprop or class', () => {
    expect(looksLikeContent(el('<article></article>'))).toBe(true);
    expect(looksLikeContent(el('<div itemprop="articleBody"></div>'))).toBe(true);
    expect(looksLikeContent(el('<div class="entry-content"></div>'))).toBe(true);
    expect(looksLikeContent(el('<div class="wrapper"></div>'))).toBe(false);
  });
});

describe('furniture', () => {
  it('keeps a furniture-looking wrapper that holds the article, drops furniture inside it', () => {
    const prose = '<p>The harbour bridge will close for six weeks from March to replace corroded cables, the port said.</p>'.repeat(5);
    const root = parseTree(`<div class="page-ad-margins"><article>${prose}<div class="share-bar">Share</div></article></div><div class="ad-slot">Buy</div>`);
    const out = furniture(root);
    expect(out.has(byClass(root, 'page-ad-margins'))).toBe(false);
    expect(out.has(byClass(root, 'share-bar'))).toBe(true);
    expect(out.has(byClass(root, 'ad-slot'))).toBe(true);
  });

  it('does not let teaser cards (short <article>s) vouch for a related-stories box', () => {
    const root = parseTree('<div class="related-stories"><article><a href="/1">Headline</a><p>One line about another story.</p></article></div>');
    expect(furniture(root).has(byClass(root, 'related-stories'))).toBe(true);
  });

  it('drops hidden elements and asides even when they hold something marked as content', () => {
    const root = parseTree('<div class="meta" style="display:none"><div itemprop="articleBody">copy</div></div><aside class="x"><article>teaser</article></aside>');
    const out = furniture(root);
    expect(out.has(byClass(root, 'meta'))).toBe(true);
    expect(out.has(byClass(root, 'x'))).toBe(true);
  });
});
