import { describe, expect, it } from 'vitest';
import { toArticles } from './normalize.js';

describe('toArticles', () => {
  it('keeps a plausible date, day only, and drops one that cannot be a publication date', () => {
    const ahead = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const { articles, messages } = toArticles([
      { source: 'a.txt', text: 'One.', date: '2025-03-18T21:40:00+01:00' },
      { source: 'b.txt', text: 'Two.', date: '0001-01-01' },
      { source: 'c.txt', text: 'Three.', date: ahead },
      { source: 'd.txt', text: 'Four.', date: 'last Tuesday' },
    ]);
    expect(articles.map((a) => a.date)).toEqual(['2025-03-18', null, null, null]);
    expect(messages.map((m) => [m.code, m.file])).toEqual([['DATE_IMPOSSIBLE', 'b.txt'], ['DATE_IMPOSSIBLE', 'c.txt']]);
    expect(messages[1].reason).toContain(ahead);
  });
});
