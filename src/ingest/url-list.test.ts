import { describe, expect, it } from 'vitest';
import { idFromUrl, outletFromUrl } from './names.js';
import { parseUrlList } from './url-list.js';

describe('parseUrlList', () => {
  it('reads one URL a line, skipping blanks, comments and repeats, and names each bad line', () => {
    const text = '\uFEFF# story one\nhttps://a.example/1\n\n  http://b.example/2   # wire copy\nhttps://a.example/1\nftp://c.example/3\nwww.d.example/4\nhttps://a.example/x#frag\n';
    const { urls, messages } = parseUrlList(text, 'urls.txt');
    expect(urls).toEqual(['https://a.example/1', 'http://b.example/2', 'https://a.example/x#frag']);
    expect(messages.map((m) => m.reason)).toEqual([
      'urls.txt:6: "ftp://c.example/3" is not an http or https URL: skipped',
      'urls.txt:7: "www.d.example/4" is not an http or https URL: skipped',
    ]);
  });
});

describe('names from URLs', () => {
  it('takes the id from the last path segment, the outlet from the host', () => {
    expect(idFromUrl('https://www.herald.example/news/storm-floods-town.html')).toBe('storm-floods-town');
    expect(idFromUrl('https://herald.example/news/2024/12345')).toBe('2024-12345');
    expect(idFromUrl('https://www.herald.example/')).toBe('herald.example');
    expect(idFromUrl('https://herald.example/a/index.html')).toBe('herald.example');
    expect(idFromUrl('not a url')).toBeUndefined();
    expect(outletFromUrl('https://www.herald.example/x')).toBe('herald.example');
  });
});
