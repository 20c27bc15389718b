import { describe, expect, it } from 'vitest';
import { annotateTexts } from '../annotate/fixture.js';
import { claimsOf } from './claims.js';
import { ageOwner, distanceOwner } from './happening.js';

/** The owner of the first age in `text`, as `ageOwner` finds it in the claim that holds it. */
function ownerOfAge(text: string): string | null | undefined {
  const art = annotateTexts(text).articles[0];
  const n = art.numbers[0];
  const claim = claimsOf(art, 0).find((c) => c.start <= n.start && n.end <= c.end)!;
  return ageOwner(art, claim, n);
}

describe('ageOwner', () => {
  it('is the person named right after the age, or the one the apposition follows', () => {
    expect(ownerOfAge('Police arrested 19-year-old Tomas Rell on Friday.')).toBe('tomas rell');
    expect(ownerOfAge('Tomas Rell, a 19-year-old student, was arrested on Friday.')).toBe('tomas rell');
  });

  it('is no one across a verb ("The 53-year-old was runner-up to Neil Gorsuch")', () => {
    expect(ownerOfAge('The 53-year-old was runner-up to Tomas Rell last year.')).toBeNull();
  });

  it('is undefined for a figure that is no age', () => {
    expect(ownerOfAge('Police arrested 19 people on Friday.')).toBeUndefined();
  });
});

describe('distanceOwner', () => {
  const ownerOfDistance = (text: string): string | undefined => {
    const art = annotateTexts(text).articles[0];
    const n = art.numbers[0];
    return distanceOwner(art, claimsOf(art, 0).find((c) => c.start <= n.start && n.end <= c.end)!, n);
  };

  it('is the place the distance stands in apposition to', () => {
    expect(ownerOfDistance('Police surrounded a building in Ellerby, about 90 miles northeast of Port Kestrel.')).toBe('ellerby');
    expect(ownerOfDistance('Police surrounded a building 90 miles northeast of Port Kestrel.')).toBeUndefined();
  });
});
