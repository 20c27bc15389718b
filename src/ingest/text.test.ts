import { describe, expect, it } from 'vitest';
import { fromText } from './text.js';

describe('fromText', () => {
  it('keeps the text exactly and takes a short unpunctuated first line as the title', () => {
    const text = 'Storm floods harbour town\nA storm flooded the town on Tuesday.\n';
    const input = fromText(text, 'a.txt', { outlet: 'Herald' });
    expect(input).toEqual({ text, source: 'a.txt', outlet: 'Herald', title: 'Storm floods harbour town' });
  });

  it('takes no title when the first line is a sentence or the only line', () => {
    expect(fromText('A storm flooded the town.\nCrews worked all night.', 'a.txt').title).toBeUndefined();
    expect(fromText('Storm floods harbour town', 'a.txt').title).toBeUndefined();
  });

  it('leaves id and outlet unset for toArticles to take from the file name', () => {
    const input = fromText('Some text.', 'dir/story.txt');
    expect(input.id).toBeUndefined();
    expect(input.outlet).toBeUndefined();
  });
});
