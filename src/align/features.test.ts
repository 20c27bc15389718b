import { describe, expect, it } from 'vitest';
import { stem } from './features.js';

describe('stem', () => {
  it('cuts a word to five letters', () => {
    expect(stem('investigation')).toBe('inves');
    expect(stem('riot')).toBe('riot');
  });

  it('cuts each part of a hyphenated word, so words sharing a prefix stay apart', () => {
    expect(stem('anti-aircraft')).toBe('anti-aircr');
    expect(stem('anti-riot')).toBe('anti-riot');
    expect(stem('anti-aircraft')).not.toBe(stem('anti-riot'));
    expect(stem('motorcycle-mounted')).toBe('motor-mount');
  });
});
