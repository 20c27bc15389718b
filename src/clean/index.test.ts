import { describe, expect, it } from 'vitest';
import { toArticles } from '../ingest/normalize.js';
import { clean } from './index.js';

/** The lines of a text that clean keeps. */
const kept = (text: string): string[] => {
  const article = clean(toArticles([{ source: 'a.txt', text }]).articles[0]);
  return article.blocks.filter((b) => !b.dropped).map((b) => article.text.slice(b.start, b.end));
};

describe('clean', () => {
  it('drops page furniture lines and keeps the article', () => {
    expect(kept('The council voted on Monday.\nRelated articles:\nAdvertisement\nThe vote was close.')).toEqual(['The council voted on Monday.', 'The vote was close.']);
    expect(kept('This article is more than 4 months old\nThe council voted on Monday.\nSlideshow (4 Images)')).toEqual(['The council voted on Monday.']);
  });

  it('drops image captions that carry a photographer\'s credit', () => {
    const text = [
      'The summit opened in Osaka on Saturday.',
      'Leaders pose for a photo in Osaka, Japan. | Jane Ruiz/AP Photo',
      'Enlarge this image toggle caption Tom Vale/AFP/Getty Images Tom Vale/AFP/Getty Images',
      'The president speaks at the White House, July 9, 2018. (Ann Marsh/Reuters)',
      'Talks resumed after the meeting.',
    ].join('\n');
    expect(kept(text)).toEqual(['The summit opened in Osaka on Saturday.', 'Talks resumed after the meeting.']);
  });

  it('keeps a sentence that only mentions an agency', () => {
    expect(kept('Officials told AP and Reuters that the talks would resume / continue.')).toHaveLength(1);
  });
});
