import { describe, expect, it } from 'vitest';
import { quotedRanges } from './context.js';

const quoted = (text: string) => quotedRanges(text, 0, text.length).map((r) => text.slice(r.start, r.end));

describe('quotedRanges', () => {
  it('pairs double marks, curly and straight', () => {
    expect(quoted('He called it “obscene” and "outrageous".')).toEqual(['obscene', 'outrageous']);
  });

  it('pairs single marks, not apostrophes', () => {
    expect(quoted('It’s what he called ‘a disgrace’, the mayor’s aide said.')).toEqual(['a disgrace']);
    expect(quoted("Al Gore: 'Secret blanket surveillance obscenely outrageous'")).toEqual(['Secret blanket surveillance obscenely outrageous']);
    expect(quoted("It's the Joneses' car, and it's 'a wreck' now.")).toEqual(['a wreck']);
  });
});
