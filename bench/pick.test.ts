import { describe, expect, it } from 'vitest';
import type { AllsidesArticle } from './pick.js';
import { pickStory } from './pick.js';

const art = (id: string, topic: string, outlet: string, date: string): AllsidesArticle => ({ id, topic, outlet, date, title: id, text: 'x' });

describe('pickStory', () => {
  const articles = [
    art('a1', 'tax', 'A', '2020-01-01'),
    art('a2', 'tax', 'B', '2020-01-09'),
    art('a3', 'tax', 'C', '2020-01-10'),
    art('a4', 'tax', 'B', '2020-01-10'),
    art('b1', 'war', 'A', '2020-02-01'),
    art('b2', 'war', 'A', '2020-02-01'),
    art('b3', 'war', 'B', '2020-02-05'),
  ];

  it('takes the tightest window of distinct outlets', () => {
    const s = pickStory(articles, 2)!;
    expect(s.topic).toBe('tax');
    expect(s.articles.map((a) => a.id)).toEqual(['a3', 'a4']);
  });

  it('never takes two articles of one outlet', () => {
    const s = pickStory(articles, 3)!;
    expect(new Set(s.articles.map((a) => a.outlet)).size).toBe(3);
    expect(s.from).toBe('2020-01-01');
  });

  it('returns null when no topic has enough outlets', () => {
    expect(pickStory(articles, 4)).toBeNull();
  });
});
