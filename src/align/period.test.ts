import { describe, expect, it } from 'vitest';
import { annotateTexts } from '../annotate/fixture.js';
import { claimsOf } from './claims.js';
import { periodOf } from './period.js';

const periodAt = (text: string, figure: string) => {
  const art = annotateTexts(text).articles[0];
  const c = claimsOf(art, 0)[0];
  const n = art.numbers.find((x) => x.text.startsWith(figure))!;
  return periodOf(art, c, n);
};

describe('the period a figure counts over', () => {
  it('reads the stretch of time named right after the figure', () => {
    expect(periodAt('The governor granted only one commutation in his first term.', 'one')).toBe('first term');
    expect(periodAt('The governor has granted only ten commutations in more than five years in office.', 'ten')).toBe('five year');
    expect(periodAt('The storm killed 12 people over two days.', '12')).toBe('two day');
  });

  it('is null when none is named, or a place follows', () => {
    expect(periodAt('The governor has granted 52 pardons and nine commutations.', 'nine')).toBeNull();
    expect(periodAt('The storm killed 12 people in the harbour town.', '12')).toBeNull();
  });
});
