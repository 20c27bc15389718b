import { describe, expect, it } from 'vitest';
import { makeArticle } from '../frame/fixture.js';
import { conceptsOf, conceptStats, tokenRange } from './concepts.js';

const A = makeArticle('The ferry capsized on Lake Varesk on Friday. Divers searched the lake.', { id: 'a' });
const B = makeArticle('A ferry capsized on Lake Varesk, killing twelve people. The captain was questioned.', { id: 'b' });

describe('conceptsOf', () => {
  it('gives content lemmas and neighbouring pairs, not function words alone', () => {
    const c = conceptsOf(A.tokens, A.sentences[0].tokenStart, A.sentences[0].tokenEnd);
    expect(c.has('ferry')).toBe(true);
    expect(c.has('capsize')).toBe(true);
    expect(c.has('ferry capsize')).toBe(true);
    expect(c.has('the')).toBe(false);
  });
});

describe('conceptStats', () => {
  it('weighs what several outlets tell above what one tells', () => {
    const stats = conceptStats([A, B]);
    expect(stats.outlets('ferry')).toBe(2);
    expect(stats.outlets('search')).toBe(1);
    expect(stats.weight('capsize')).toBeGreaterThan(stats.weight('search'));
    expect(stats.weight('ferry capsize')).toBeGreaterThan(stats.weight('captain'));
  });

  it('leaves out sentences that are not about the story', () => {
    const off = makeArticle('A ferry capsized on Lake Varesk. The marathon route changes next year.', { id: 'c', offStory: ['marathon'] });
    expect(conceptStats([A, off]).outlets('marathon')).toBe(0);
  });
});

describe('tokenRange', () => {
  it('finds the tokens of a character span inside its sentence', () => {
    const start = B.text.indexOf('killing');
    const [from, to] = tokenRange(B, { start, end: start + 'killing twelve people'.length }, 0);
    expect(B.tokens.slice(from, to).map((t) => t.value)).toEqual(['killing', 'twelve', 'people']);
  });
});
