import { describe, expect, it } from 'vitest';
import { readMetadata, splitAuthors } from './metadata.js';
import { parseTree } from './tree.js';

describe('readMetadata', () => {
  it('reads JSON-LD in a mainEntity, with raw line breaks inside its strings', () => {
    const html = `<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"ReportageNewsArticle","headline":"Quay reopens","datePublished":"2024-01-02","author":"By Ann Lee and Bo Chen","articleBody":"First line.\nSecond line."}}</script>`;
    expect(readMetadata(parseTree(html))).toMatchObject({
      title: 'Quay reopens',
      date: '2024-01-02',
      authors: ['Ann Lee', 'Bo Chen'],
      articleBody: 'First line. Second line.',
      declaresArticle: true,
    });
  });

  it('turns Open Graph locales into language tags and ignores values that are not languages', () => {
    expect(readMetadata(parseTree('<meta property="og:locale" content="pt_BR">')).language).toBe('pt-BR');
    expect(readMetadata(parseTree('<html lang="{{lang}}"><body></body></html>')).language).toBeNull();
  });

  it('finds authors and dates marked in the markup when no tag names them', () => {
    const html = '<article><span itemprop="author" itemscope><span itemprop="name">Carl Webb</span></span><span itemprop="datePublished" content="2023-11-20">20 Nov</span></article>';
    expect(readMetadata(parseTree(html))).toMatchObject({ authors: ['Carl Webb'], date: '2023-11-20' });
  });

  it('says whether the page declares an article', () => {
    expect(readMetadata(parseTree('<meta property="og:type" content="article">')).declaresArticle).toBe(true);
    expect(readMetadata(parseTree('<meta property="og:type" content="website">')).declaresArticle).toBe(false);
  });
});

describe('splitAuthors', () => {
  it('cleans bylines into names and drops links', () => {
    expect(splitAuthors('By A. Smith, B. Jones & C. Wu')).toEqual(['A. Smith', 'B. Jones', 'C. Wu']);
    expect(splitAuthors('https://example.com/authors/ann')).toEqual([]);
  });
});
