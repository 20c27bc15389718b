import { describe, expect, it } from 'vitest';
import { annotateTexts } from './fixture.js';

const numbers = (text: string) => annotateTexts(text).articles[0].numbers.map((n) => [n.value, n.counts, text.slice(n.start, n.end)]);

describe('findNumbers', () => {
  it('counts the last noun of a compound: "two oil tankers" counts tankers', () => {
    expect(numbers('Attackers struck two oil tankers near the coast.')).toEqual([[2, 'tanker', 'two oil tankers']]);
  });

  it('stops at a unit of time or money inside a run of nouns', () => {
    expect(numbers('The talks lasted 90 minutes Tuesday.')[0]).toEqual([90, 'minute', '90 minutes']);
    expect(numbers('Rescuers pulled 40 people from the water.')[0]).toEqual([40, 'people', '40 people']);
  });
});
