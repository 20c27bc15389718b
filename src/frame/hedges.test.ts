import { describe, expect, it } from 'vitest';
import { viewArticle } from './context.js';
import { hedges } from './hedges.js';
import { makeArticle, type FixtureOptions } from './fixture.js';

const find = (text: string, options?: FixtureOptions) => hedges(viewArticle(makeArticle(text, options)));

describe('hedges', () => {
  it('flags hedging adverbs, modals and unnamed sourcing', () => {
    const spans = find('The minister reportedly plans to resign, according to unnamed sources. The vote might be delayed.');
    expect(spans.map((s) => s.text)).toEqual(['reportedly', 'according to unnamed sources', 'might']);
    expect(spans.every((s) => s.kind === 'hedge' && s.voice === 'reporter')).toBe(true);
  });

  it('joins the words of one hedged attribution', () => {
    expect(find('Media reports speculated that he was considering it.').map((s) => s.text)).toEqual(['Media reports speculated']);
    expect(find('He is believed to have left the country.').map((s) => s.text)).toEqual(['is believed to']);
  });

  it('flags hedges in any voice, with the speaker inside a quote', () => {
    const text = '“The talks could collapse,” said Tom Reed.';
    const spans = find(text, { quotes: [{ text: 'The talks could collapse,', speaker: 'Tom Reed', cue: 'said' }] });
    expect(spans).toMatchObject([{ text: 'could', voice: 'quoted', speaker: 'Tom Reed' }]);
  });

  it('leaves plain statements and "could not" alone', () => {
    expect(find('The court ruled on Tuesday. He could not be reached for comment.')).toEqual([]);
  });
});
