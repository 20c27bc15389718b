import { describe, expect, it } from 'vitest';
import { budgetOf, select, SUMMARY_DEFAULTS } from './select.js';
import type { Unit } from './units.js';

/** A unit with these concepts, `words` long, at `position` in its article. */
function unit(id: string, concepts: string[], words: number, position = 0, extra: Partial<Unit> = {}): Unit {
  return {
    facts: [id], articles: ['a'], article: 'a', sentence: position, start: 0, end: 1, text: id, words,
    concepts: new Set(concepts), position, cover: 1, quality: 1, lastResort: false, ...extra,
  };
}
const one = () => 1;

describe('budgetOf', () => {
  it('grows with the articles’ length between a floor and a cap', () => {
    expect(budgetOf([2000, 1500, 900])).toBe(SUMMARY_DEFAULTS.maxWords);
    expect(budgetOf([60, 60, 60])).toBe(Math.round(SUMMARY_DEFAULTS.share * 180));
    expect(budgetOf([30, 20])).toBe(SUMMARY_DEFAULTS.minWords);
    expect(budgetOf([12])).toBe(12);
  });
});

describe('select', () => {
  it('takes the sentence that tells most over short clauses that tell little', () => {
    // By value per word the clauses come first and then leave no room for the sentence.
    const long = unit('long', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 30);
    const short = [unit('s1', ['x1', 'y1'], 2), unit('s2', ['x2', 'y2'], 2), unit('s3', ['x3', 'y3'], 2)];
    expect(select([...short, long], one, 28).map((u) => u.text)).toEqual(['long']);
  });

  it('does not repeat a fact or most of a chosen sentence', () => {
    const first = unit('f1', ['vote', 'ban', 'car', 'town'], 12);
    const again = unit('f1b', ['vote', 'ban', 'car', 'town', 'wednesday'], 12, 1, { facts: ['f1'] });
    const echo = unit('f2', ['vote', 'ban', 'car', 'council'], 12, 1);
    const other = unit('f3', ['fine', 'camera', 'permit'], 12, 2);
    const ids = select([first, again, echo, other], one, 60).map((u) => u.text);
    expect(ids).toContain('f1');
    expect(ids).toContain('f3');
    expect(ids).not.toContain('f1b');
    expect(ids).not.toContain('f2');
  });

  it('prefers wide facts, leads and clean wording when they tell as much', () => {
    const pick = (a: Unit, b: Unit) => select([a, b], one, 12)[0].text;
    expect(pick(unit('narrow', ['x', 'y'], 10), unit('wide', ['p', 'q'], 10, 0, { cover: 3 }))).toBe('wide');
    expect(pick(unit('late', ['x', 'y'], 10, 6), unit('lead', ['p', 'q'], 10, 0))).toBe('lead');
    expect(pick(unit('flagged', ['x', 'y'], 10, 0, { quality: 0.3 }), unit('clean', ['p', 'q'], 10))).toBe('clean');
  });

  it('takes a last resort only when nothing else is left, however wide its fact', () => {
    const broken = unit('broken', ['x', 'y', 'z'], 10, 0, { cover: 12, quality: 0.3, lastResort: true });
    const plain = unit('plain', ['p', 'q'], 10, 3);
    expect(select([broken, plain], one, 40).map((u) => u.text)).toEqual(['plain']);
    expect(select([broken], one, 40).map((u) => u.text)).toEqual(['broken']);
  });

  it('stays within the budget, the ceiling and the sentence limit', () => {
    const many = Array.from({ length: 20 }, (_, i) => unit(`u${i}`, [`c${i}`, `d${i}`], 18, i));
    const chosen = select(many, one, 80);
    expect(chosen.length).toBeLessThanOrEqual(SUMMARY_DEFAULTS.maxSentences);
    expect(chosen.reduce((n, u) => n + u.words, 0)).toBeLessThanOrEqual(SUMMARY_DEFAULTS.ceiling);
  });
});
