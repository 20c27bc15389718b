import { describe, expect, it } from 'vitest';
import { annotateTexts } from '../annotate/fixture.js';
import { claimsOf } from './claims.js';
import { periodOf, wholeOf } from './period.js';

const at = (read: typeof periodOf) => (text: string, figure: string) => {
  const art = annotateTexts(text).articles[0];
  const c = claimsOf(art, 0)[0];
  const n = art.numbers.find((x) => x.text.includes(figure))!;
  return read(art, c, n);
};
const periodAt = at(periodOf);
const wholeAt = at(wholeOf);

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

describe('what a share is of', () => {
  it('reads the head noun after "of"', () => {
    expect(wholeAt('He won more than 60% of the vote in the harbour town.', '60')).toBe('vote');
    expect(wholeAt('Sanders needs to win 68 percent of the remaining delegates.', '68')).toBe('delegate');
  });

  it('reads the noun the share qualifies; null when there is none', () => {
    expect(wholeAt('The fuel was enriched to 20 percent purity.', '20')).toBe('purity');
    expect(wholeAt('Among independents, 40 percent said they would back Vale.', '40')).toBe('independent');
    expect(wholeAt('A majority of Republicans (54 percent) say he should stay.', '54')).toBeNull();
    expect(wholeAt('Interest rates doubled on Monday to 6.8% after the vote.', '6.8')).toBeNull();
  });
});
