import { describe, expect, it } from 'vitest';
import { detectFormat } from './format.js';

describe('detectFormat', () => {
  it('goes by the extension first', () => {
    expect(detectFormat('a.jsonl', 'plain words')).toBe('json');
    expect(detectFormat('a.json', '[]')).toBe('json');
    expect(detectFormat('page.HTM', 'no tags at all')).toBe('html');
  });

  it('sniffs a page by its doctype or html tag, after blanks, an XML prolog or comments', () => {
    expect(detectFormat('saved.txt', '\n  <!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(detectFormat('page', '<?xml version="1.0"?>\n<!-- saved --><html lang="en">')).toBe('html');
    expect(detectFormat('page', '<div class="story"><p>One</p><p>Two</p></div>')).toBe('html');
  });

  it('sniffs JSON only without a known text extension', () => {
    expect(detectFormat('', '{"id": "a", "text": "x"}\n{"id": "b"}')).toBe('json');
    expect(detectFormat('dump', '[{"text": "x"}]')).toBe('json');
    expect(detectFormat('notes.txt', '{"id": "a", "text": "x"}')).toBe('text');
  });

  it('takes everything else for plain text, even with a stray angle bracket', () => {
    expect(detectFormat('a.txt', 'Prices rose <5% in March, the office said.')).toBe('text');
    expect(detectFormat('', '{braces} open this article')).toBe('text');
    expect(detectFormat('', '[Updated] The storm moved north overnight.')).toBe('text');
  });
});
