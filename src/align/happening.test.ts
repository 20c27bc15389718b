import { describe, expect, it } from 'vitest';
import { annotateTexts } from '../annotate/fixture.js';
import type { AnnotatedArticle, NumberMention } from '../model/index.js';
import { claimsOf, type Claim } from './claims.js';
import { ageOwner, distanceOwner, figureMoment, figureQualifiers, figureSense } from './happening.js';

type FigureReader<T> = (art: AnnotatedArticle, claim: Claim, n: NumberMention) => T;

/** What `read` finds of the figure whose text holds `figure` (the first figure when none is given), in the claim that holds it. */
function atFigure<T>(read: FigureReader<T>, text: string, figure?: string): T {
  const art = annotateTexts(text).articles[0];
  const n = figure === undefined ? art.numbers[0] : art.numbers.find((x) => x.text.includes(figure))!;
  const claim = claimsOf(art, 0).find((c) => c.start <= n.start && n.end <= c.end)!;
  return read(art, claim, n);
}

/** The owner of the first age in `text`, as `ageOwner` finds it. */
const ownerOfAge = (text: string): string | null | undefined => atFigure(ageOwner, text);

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
  const ownerOfDistance = (text: string): string | undefined => atFigure(distanceOwner, text);

  it('is the place the distance stands in apposition to', () => {
    expect(ownerOfDistance('Police surrounded a building in Ellerby, about 90 miles northeast of Port Kestrel.')).toBe('ellerby');
    expect(ownerOfDistance('Police surrounded a building 90 miles northeast of Port Kestrel.')).toBeUndefined();
  });
});

describe('figureMoment', () => {
  const momentOf = (text: string, figure: string): string | null => atFigure(figureMoment, text, figure);

  it('is the passing moment the figure is told at, in its clause or the opening phrase', () => {
    expect(momentOf('By midday, the Halden index had lost more than 1,600 points.', '1,600')).toBe('by midday');
    expect(momentOf('The index was briefly down 2,000 points on Monday.', '2,000')).toBe('briefly');
    expect(momentOf('The index fell 900 points in early trading.', '900')).toBe('in early trading');
  });

  it('is null for a figure told as it stands, or when the moment belongs to another figure', () => {
    expect(momentOf('The Halden index lost 1,255 points, or 4.9%, on Monday.', '1,255')).toBeNull();
    expect(momentOf('The Halden index lost 1,255 points, or 4.9%, after briefly being down more than 2,000.', '1,255')).toBeNull();
  });
});

describe('figureSense', () => {
  const senseOf = (text: string, figure: string) => atFigure(figureSense, text, figure);

  it('tells a gap ("175 delegates short of the nomination") and a margin ("won by 12 votes") from a level', () => {
    expect(senseOf('That puts Vale 175 delegates short of the nomination.', '175')).toBe('by');
    expect(senseOf('Vale won the harbour seat by 12 votes.', '12')).toBe('by');
    expect(senseOf('Vale has 950 delegates so far.', '950')).toBe('plain');
  });

  it('takes a threshold ("needs 1,237 delegates", "the 1,237 delegates needed to win") for no count', () => {
    expect(senseOf('Vale needs 1,237 delegates to win the nomination.', '1,237')).toBe('maybe');
    expect(senseOf('Vale is eyeing the 1,237 delegates needed to win the nomination.', '1,237')).toBe('maybe');
    expect(senseOf('Thus 60 votes will be required for a vote on the harbour bill.', '60')).toBe('maybe');
  });
});

describe('figureQualifiers', () => {
  const qualifiers = (text: string, figure?: string): string => atFigure(figureQualifiers, text, figure);

  it('are the adjectives between a figure and what it counts, which narrow the set', () => {
    expect(qualifiers('Only 15 blue states have joined the harbour pact.')).toBe('blue');
    expect(qualifiers('Thirty-two states have joined the harbour pact.')).toBe('');
    expect(qualifiers('The pact holds 196 electoral votes in all.')).toBe('electoral');
    expect(qualifiers('More than 30 people were hurt at the harbour.')).toBe('');
  });
});
