import { describe, expect, it } from 'vitest';
import { annotateTexts } from '../annotate/fixture.js';
import type { AnnotatedArticle } from '../model/index.js';
import type { Claim } from './claims.js';
import { dateConflict } from './date-conflicts.js';

/** The first sentence of each text as a claim, paired as two tellings of one fact. */
function pairOf(a: string, b: string, dates: [string, string]) {
  const { articles } = annotateTexts({ id: 'a', outlet: 'Harbour Gazette', date: dates[0], text: a }, { id: 'b', outlet: 'Valley Courier', date: dates[1], text: b });
  const claim = (art: AnnotatedArticle, article: number): Claim => {
    const s = art.sentences[0];
    return { article, sentence: 0, start: s.start, end: s.end, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, position: 0 };
  };
  return { pair: { a: claim(articles[0], 0), b: claim(articles[1], 1), similarity: 0.9, fact: 'f1', sameFact: true }, articles };
}

describe('dateConflict', () => {
  it('gives two days for one verb told of the same participants', () => {
    const { pair, articles } = pairOf('Police released the ferry captain from custody on Thursday.', 'Police released the ferry captain from custody on Sunday.', ['2024-05-20', '2024-05-20']);
    expect(dateConflict(pair, articles)?.description).toMatch(/Thursday .* Sunday/);
  });

  it('gives none when the verb is told of other participants ("images released Thursday by police" / "released from the hospital Sunday")', () => {
    const { pair, articles } = pairOf('Investigators studied images released Thursday by police.', 'One injured passenger was released from the hospital Sunday.', ['2024-05-20', '2024-05-20']);
    expect(dateConflict(pair, articles)).toBeNull();
  });

  it('gives none for the ends of a span of days ("closed Monday through Saturday")', () => {
    const { pair, articles } = pairOf('The ferry offices will be closed Monday through Saturday.', 'The ferry offices were closed on Sunday.', ['2024-05-20', '2024-05-20']);
    expect(dateConflict(pair, articles)).toBeNull();
  });
});
