import { describe, expect, it } from 'vitest';
import { quoteSpans } from './marks.js';

const insides = (text: string) => quoteSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('quoteSpans', () => {
  it('pairs curly and straight double quotes', () => {
    expect(insides('He said “no deal” and left. She said "maybe" then.')).toEqual(['no deal', 'maybe']);
  });

  it('tells a closing single quote from an apostrophe', () => {
    expect(insides("Russia’s envoy called it ‘a farce’, officials said.")).toEqual(['a farce']);
  });

  it('closes at an opening mark written in place of the closing one (“…,“ he said. “…“)', () => {
    expect(insides('“I thought it was ridiculous,“ the president said. “They ought to be ashamed.“')).toEqual([
      'I thought it was ridiculous,',
      'They ought to be ashamed.',
    ]);
  });

  it('closes at the other kind of mark when a page mixes them ("…,” Emanuel said. “…")', () => {
    expect(insides('"I lived through it,” the mayor said. “I couldn\'t be angrier."')).toEqual(['I lived through it,', "I couldn't be angrier."]);
    expect(insides('“He said "no" to me,” she said.')).toEqual(['He said "no" to me,']);
  });

  it('still runs a quote left open to the end of the block', () => {
    expect(insides('He said: “We will be back next year')).toEqual(['We will be back next year']);
  });
});
