import { describe, expect, it } from 'vitest';
import { canonicalUrl, contentHash, domainChain, hostOf, paragraphPrints } from './identity.js';

describe('canonicalUrl', () => {
  it('drops the scheme difference, www, fragment, tracking parameters and trailing slash', () => {
    expect(canonicalUrl('http://www.News.example/world/flood/?utm_source=rss&fbclid=x#top')).toBe('https://news.example/world/flood');
    expect(canonicalUrl('https://news.example/world/flood')).toBe('https://news.example/world/flood');
  });

  it('keeps parameters that choose the article, in a stable order', () => {
    expect(canonicalUrl('https://site.example/view.php?story=12&id=3&utm_medium=x')).toBe('https://site.example/view.php?id=3&story=12');
    expect(canonicalUrl('https://site.example/view.php?story=12')).not.toBe(canonicalUrl('https://site.example/view.php?story=13'));
  });

  it('leaves what is not a web URL as it is, and gives null for nothing', () => {
    expect(canonicalUrl(' urn:uuid:1234 ')).toBe('urn:uuid:1234');
    expect(canonicalUrl('not a url')).toBe('not a url');
    expect(canonicalUrl('')).toBeNull();
    expect(canonicalUrl(null)).toBeNull();
  });
});

describe('hostOf and domainChain', () => {
  it('reads the domain of a URL or a bare domain', () => {
    expect(hostOf('https://www.bbc.co.uk/news/1')).toBe('bbc.co.uk');
    expect(hostOf('edition.cnn.com/world')).toBe('edition.cnn.com');
    expect(hostOf('WWW.Example.COM:8080')).toBe('example.com');
    expect(hostOf(null)).toBe('');
  });

  it('lists a domain and its parents down to two labels', () => {
    expect(domainChain('a.b.cnn.com')).toEqual(['a.b.cnn.com', 'b.cnn.com', 'cnn.com']);
    expect(domainChain('localhost')).toEqual([]);
  });
});

describe('contentHash and paragraphPrints', () => {
  it('hashes the same text alike however it is wrapped, and different texts apart', () => {
    expect(contentHash('One two\n\nthree.')).toBe(contentHash(' One two three. '));
    expect(contentHash('One two three.')).not.toBe(contentHash('One two four.'));
  });

  it('prints long paragraphs once each, ignoring case and punctuation, and skips short lines', () => {
    const para = 'Rescue teams used boats to reach villages cut off by the water.';
    const prints = paragraphPrints(`Short line\n${para}\n\n${para.toUpperCase().replace(/\./, '!')}\n`);
    expect(prints).toHaveLength(1);
    expect(prints[0]).toMatch(/^[0-9a-f]{16}$/);
  });

  it('prints a paragraph alike whatever its quotes and dashes, and keeps accented words apart', () => {
    expect(paragraphPrints('“We will rebuild” — the mayor said on Tuesday evening in the town hall.')).toEqual(
      paragraphPrints('"We will rebuild" - the mayor said on Tuesday evening in the town hall.'),
    );
    expect(paragraphPrints('The río crossing was closed on Tuesday evening near the old town hall.')).not.toEqual(
      paragraphPrints('The r o crossing was closed on Tuesday evening near the old town hall.'),
    );
  });
});
