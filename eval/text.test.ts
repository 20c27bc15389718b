import { describe, expect, it } from 'vitest';
import { codePointMapper, detokenize } from './text.js';

describe('detokenize', () => {
  it('rebuilds readable text and keeps every token findable', () => {
    const lines = [['Mr.', 'Kim', "'s", 'aide', 'said', ',', '``', 'no', "''", '.'], ['A', '90', '-', 'day', 'stay', '(', 'maybe', ')', '.']];
    const { text, tokens } = detokenize(lines);
    expect(text).toBe('Mr. Kim\'s aide said, "no".\nA 90-day stay (maybe).');
    const flat = lines.flat().map((t) => (t === '``' || t === "''" ? '"' : t));
    tokens.forEach((r, i) => expect(text.slice(r.start, r.end)).toBe(flat[i]));
  });

  it('attaches straight quotes to the words they enclose', () => {
    expect(detokenize([['He', 'said', '"', 'yes', '"', 'today']]).text).toBe('He said "yes" today');
  });
});

describe('codePointMapper', () => {
  it('turns code-point offsets into string offsets after an emoji', () => {
    const text = 'a😀b c';
    const map = codePointMapper(text);
    // "b" is code point 2 but UTF-16 index 3.
    expect(text[map(2)]).toBe('b');
    expect(map(4)).toBe(5);
  });

  it('is the identity for plain text', () => {
    expect(codePointMapper('plain')(3)).toBe(3);
  });
});
