import { describe, expect, it } from 'vitest';
import { makeArticle } from './fixture.js';
import { frame } from './index.js';

/** Wire-style sentences with no framing in them: the false-positive guard. */
const NEUTRAL = `The central bank raised its main interest rate by a quarter of a percentage point on Wednesday.
Inflation slowed to 3.2 percent in October from 3.7 percent in September, the statistics office said.
The company reported a net profit of $1.2 billion for the quarter, up 8 percent from a year earlier.
The prime minister met the French president in Paris on Monday to discuss energy supplies and migration.
Police said two people were arrested after a car struck a barrier outside the parliament building.
The court adjourned the trial until March 4 after the defence asked for more time to review new evidence.
The senator, a Republican from Ohio, voted against the bill, which passed the Senate by 52 votes to 48.
The government imposed new sanctions on three companies accused of supplying military equipment.
The sanctions regime was extended for another six months.
Russian forces launched 40 drones overnight, the air force said, adding that 35 were shot down.
The United Nations said about 1.5 million people had been displaced by the fighting.
The anti-tank missiles were delivered in March, the defence ministry said.
He was questioned by investigators for several hours and released without charge.`;

describe('frame', () => {
  it('finds nothing in neutral wire copy', () => {
    const a = makeArticle(NEUTRAL);
    expect(a.sentences.length).toBeGreaterThanOrEqual(13);
    expect(frame([a], []).framing).toEqual([]);
  });

  it('keeps the reporter’s own characterisation after a quote in the reporter’s voice', () => {
    const quote = 'We fully back this agreement, which is the right step for every family and every business in the country, and we hope that others will not try to block it now,';
    const text = `The minister praised the deal in a post, writing: ‘${quote}’ referring to the opposition’s longstanding anti-trade stance.`;
    const a = makeArticle(text, { quotes: [{ text: quote, speaker: 'The Minister', kind: 'post', cue: 'writing' }] });
    expect(a.sentences[0].voice).toBe('quoted');
    const { framing, speakers } = frame([a], []);
    expect(framing).toMatchObject([{ text: 'anti-trade stance', kind: 'loaded', voice: 'reporter', speaker: null }]);
    expect(speakers).toMatchObject([{ speaker: 'The Minister', quotes: 1, stance: 'supportive' }]);
  });

  it('returns spans of every kind in article order, each pointing at its exact text', () => {
    const a = makeArticle('Unfortunately, the regime reportedly jailed the activist.', { id: 'a' });
    const b = makeArticle('Critics slammed the decision, which may be appealed.', { id: 'b' });
    const { framing } = frame([a, b], []);
    expect(framing.map((s) => [s.article, s.kind, s.text])).toEqual([
      ['a', 'opinion', 'Unfortunately'],
      ['a', 'loaded', 'regime'],
      ['a', 'hedge', 'reportedly'],
      ['b', 'loaded', 'slammed'],
      ['b', 'hedge', 'may'],
    ]);
    for (const s of framing) expect(s.text).toBe((s.article === 'a' ? a : b).text.slice(s.start, s.end));
  });

  it('flags a writer\'s profanity as loaded', () => {
    const { framing } = frame([makeArticle('When the news broke, people lost their damn minds.', { id: 'a' })], []);
    expect(framing.map((s) => [s.kind, s.text])).toContainEqual(['loaded', 'damn']);
  });
});
