import { describe, expect, it } from 'vitest';
import { collectBlocks } from './blocks.js';
import { isErrorPage, looksLikeArticle } from './verdict.js';
import { parseTree } from './tree.js';

const teaser = (i: number): string => `<h3><a href="/${i}">Headline number ${i} of the day</a></h3><p>One sentence about story ${i}, to make readers click.</p>`;
const teasers = collectBlocks(parseTree([1, 2, 3, 4, 5].map(teaser).join('')));

describe('looksLikeArticle', () => {
  it('takes a list of linked headlines with a sentence under each for a front page, not an article', () => {
    expect(looksLikeArticle(teasers, false)).toBe(false);
  });

  it('gives a page that declares itself an article the benefit of the doubt', () => {
    expect(looksLikeArticle(teasers, true)).toBe(true);
  });

  it('takes a container that is mostly link text for a list of links', () => {
    const links = collectBlocks(parseTree('<p>See <a href="/a">the full list of all the stories we published this week</a>.</p>'));
    expect(looksLikeArticle(links, true)).toBe(false);
  });
});

describe('isErrorPage', () => {
  it('recognises error wording or a status code in the title when the text is short', () => {
    expect(isErrorPage(['Page not found | Valley Times'], 'Sorry, this page has moved.')).toBe(true);
    expect(isErrorPage(['404 – Valley Times'], 'Sorry.')).toBe(true);
    expect(isErrorPage(['Seite nicht gefunden'], 'Leider nicht.')).toBe(true);
  });

  it('leaves headlines that only sound like errors, and long texts, alone', () => {
    expect(isErrorPage(['Missing hiker not found after two days'], 'Rescuers searched the ridge.')).toBe(false);
    expect(isErrorPage(['Page not found: the web turns 35'], 'word '.repeat(400))).toBe(false);
  });
});
