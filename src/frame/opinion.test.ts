import { describe, expect, it } from 'vitest';
import { viewArticle } from './context.js';
import { makeArticle, type FixtureOptions } from './fixture.js';
import { opinion } from './opinion.js';

const find = (text: string, options?: FixtureOptions) => opinion(viewArticle(makeArticle(text, options)));

describe('opinion in the reporter’s voice', () => {
  it('flags evaluative words, sentence adverbs and judgement modals in reporter sentences', () => {
    const spans = find('Unfortunately, the disastrous plan was approved. The council should never have allowed it.');
    expect(spans.map((s) => s.text)).toEqual(['Unfortunately', 'disastrous', 'should never have']);
    expect(spans.every((s) => s.kind === 'opinion' && s.voice === 'reporter')).toBe(true);
  });

  it('does not flag the same words inside a quotation: sources may hold opinions', () => {
    const text = 'The mayor said: “Unfortunately, this disastrous plan should never have been approved.”';
    const spans = find(text, {
      quotes: [{ text: 'Unfortunately, this disastrous plan should never have been approved.', speaker: 'Mayor', cue: 'said' }],
    });
    expect(spans).toEqual([]);
  });

  it('does not flag a judgement a source is reported to make, nor a manner adverb', () => {
    expect(find('The minister said the plan was disastrous.')).toEqual([]);
    expect(find('She spoke clearly and slowly to the court.')).toEqual([]);
  });

  it('flags intensifiers in the reporter’s voice', () => {
    expect(find('The results were truly staggering.').map((s) => s.text)).toEqual(['truly staggering']);
  });
});
