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

describe('toArticles: mojibake', () => {
  it('repairs text and title read in the wrong encoding, and says so', () => {
    const { articles, messages } = toArticles([
      { source: 'a.txt', title: 'Obama camp wages war over Bain Ã¢â‚¬ËœcloudÃ¢â‚¬â„¢', text: 'The courtâ€™s ruling stands, â€œfor nowâ€\u009d.' },
      { source: 'b.txt', title: 'Café in São Paulo', text: 'The naïve plan — “as drafted” — failed.' },
    ]);
    expect(articles.map((a) => [a.title, a.text])).toEqual([
      ['Obama camp wages war over Bain ‘cloud’', 'The court’s ruling stands, “for now”.'],
      ['Café in São Paulo', 'The naïve plan — “as drafted” — failed.'],
    ]);
    expect(messages.map((m) => [m.code, m.file])).toEqual([['MOJIBAKE_REPAIRED', 'a.txt']]);
    expect(messages[0].reason).toContain('text and title');
  });

  it('drops an audio player\'s label from a title ("… Listen· 5:29")', () => {
    const { articles, messages } = toArticles([{ text: 'The vote was held on Monday.', title: 'House Votes To Strip Ethics Office  Listen· 5:29' }]);
    expect(articles[0].title).toBe('House Votes To Strip Ethics Office');
    expect(messages).toEqual([]);
  });
});
