import { describe, expect, it } from 'vitest';
import { annotateTexts } from '../annotate/fixture.js';
import { claimTerms, stem } from './features.js';

describe('stem', () => {
  it('cuts a word to five letters', () => {
    expect(stem('investigation')).toBe('inves');
    expect(stem('riot')).toBe('riot');
  });

  it('cuts each part of a hyphenated word, so words sharing a prefix stay apart', () => {
    expect(stem('anti-aircraft')).toBe('anti-aircr');
    expect(stem('anti-riot')).toBe('anti-riot');
    expect(stem('anti-aircraft')).not.toBe(stem('anti-riot'));
    expect(stem('motorcycle-mounted')).toBe('motor-mount');
  });
});

describe('claimTerms', () => {
  /** The terms of sentence `n` of the text, taken as one claim. */
  const termsOf = (text: string, n = 0) => {
    const art = annotateTexts(text).articles[0];
    const s = art.sentences[n];
    return [...claimTerms(art, { article: 0, sentence: n, start: s.start, end: s.end, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, position: n }, null).keys()];
  };

  it('takes a person for the title before the name and for a role description ("Vice President Joe Biden", "the vice president")', () => {
    const titled = termsOf('Vice President Joe Biden visited the harbour on Monday.');
    expect(titled).toContain('@joe biden');
    expect(titled.filter((t) => /^(vice|presi)/.test(t))).toEqual([]);
    const described = termsOf('Vice President Joe Biden spoke on Monday. Voters in the harbour town endorsed the vice president.', 1);
    expect(described).toContain('@joe biden');
    expect(described.filter((t) => /presi/.test(t))).toEqual([]);
    expect(termsOf('The harbour board elected a new vice president on Monday.')).toContain('presi');
  });
});
