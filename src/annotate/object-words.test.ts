/**
 * Regression: an article containing the word "constructor" (or "toString", "valueOf") crashed the
 * whole comparison with "Invalid time value": word tables looked up with `in` and `[]` found
 * Object's own properties. Found by posting an XSS payload to the HTTP API.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../compare.js';

const TEXT = (extra: string) =>
  `The team's constructor said on Monday that ${extra} the car would be rebuilt. Repairs will take three weeks and cost $2 million, toString valueOf hasOwnProperty engineers said.`;

describe('words that name Object properties', () => {
  it('are ordinary words: the comparison runs and numbers stay numbers', () => {
    const report = compare([
      { outlet: 'A', date: '2024-06-01', text: TEXT("{{constructor.constructor('x')()}}") },
      { outlet: 'B', date: '2024-06-01', text: TEXT('constructor toString') },
    ]);
    expect(report.articles).toHaveLength(2);
    const json = JSON.stringify(report);
    expect(json).not.toMatch(/function|NaN/);
    expect(report.facts.length).toBeGreaterThan(0);
  });
});
