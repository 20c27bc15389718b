import { describe, expect, it } from 'vitest';
import { firstSentence } from './neus.js';
import { contentCounts, isNamed, sameSpeaker } from './polnear.js';
import { lexiconSpans } from './lexicon.js';

describe('PolNeAR scoring', () => {
  const gold = [{ content: [{ start: 0, end: 10 }, { start: 30, end: 40 }], contentText: '', source: null, sourceText: null, cueText: null }];

  it('measures a quote against the pieces of a discontinuous content', () => {
    // The quote covers the second piece exactly: Jaccard 10 / 20, not 10 / 40 as against the hull.
    expect(contentCounts([{ start: 30, end: 40 }], gold, 0.5)).toEqual({ predHit: 1, pred: 1, goldHit: 1, gold: 1 });
    expect(contentCounts([{ start: 12, end: 28 }], gold)).toEqual({ predHit: 0, pred: 1, goldHit: 0, gold: 1 });
  });

  it('matches speakers by a shared name word', () => {
    expect(sameSpeaker('Donald Trump', 'Mr. Trump')).toBe(true);
    expect(sameSpeaker('Hillary Clinton', 'the newspaper')).toBe(false);
    expect(sameSpeaker('Associated Press', 'the AP')).toBe(true);
    expect(sameSpeaker('DNC', 'the Democratic National Committee')).toBe(true);
    expect(sameSpeaker('Associated Press', 'the NYT')).toBe(false);
    expect(sameSpeaker('He', 'he')).toBe(false);
  });

  it('tells names from pronouns and descriptions', () => {
    expect(isNamed('Sen. Bernie Sanders')).toBe(true);
    expect(isNamed('The newspaper')).toBe(false);
    expect(isNamed('she')).toBe(false);
  });
});

describe('lead baseline', () => {
  it('takes the first sentence, not stopping at abbreviations followed by lower case', () => {
    expect(firstSentence('The U.S. economy grew 3 p.c. in May. Markets rose.')).toBe('The U.S. economy grew 3 p.c. in May.');
  });
});

describe('lexicon baseline', () => {
  it('flags lexicon words and their inflections', () => {
    const text = 'They attacked the radical plan.';
    expect(lexiconSpans(text, new Set(['attack', 'radical'])).map((r) => text.slice(r.start, r.end))).toEqual(['attacked', 'radical']);
  });
});
