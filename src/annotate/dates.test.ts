import { describe, expect, it } from 'vitest';
import { annotateTexts } from './fixture.js';

/** The dates of a text published on Wednesday 15 April 2020, as "words → ISO day". */
const dates = (text: string) =>
  annotateTexts({ id: 'a', outlet: 'A', date: '2020-04-15', text }).articles[0].dates.map((d) => `${d.text} → ${d.iso}`);

describe('dates', () => {
  it('resolves a weekday to the one on or before the article date', () => {
    expect(dates('The governor signed the order on Monday.')).toEqual(['Monday → 2020-04-13']);
  });

  it('resolves a weekday after "effective", "starting" or "next" to the one on or after it', () => {
    expect(dates('Masks are required in stores effective Saturday.')).toEqual(['Saturday → 2020-04-18']);
    expect(dates('Schools close starting Friday.')).toEqual(['Friday → 2020-04-17']);
    expect(dates('The order will expire Monday.')).toEqual(['Monday → 2020-04-20']);
    expect(dates('The vote is scheduled for Thursday.')).toEqual(['Thursday → 2020-04-16']);
    expect(dates('It will rain, officials said Monday.')).toEqual(['Monday → 2020-04-13']);
    expect(dates('The Senate faces a Saturday deadline for the bill.')).toEqual(['Saturday → 2020-04-18']);
  });

  it('takes "TODAY" or a capitalised "Today" inside a sentence ("the Today Show") for no day', () => {
    expect(dates('A USA TODAY poll found support fell today.')).toEqual(['today → 2020-04-15']);
    expect(dates('After the interview aired on the Today Show, viewers wrote in.')).toEqual([]);
    expect(dates('Today the council meets. He said: “Today we vote.”')).toEqual(['Today → 2020-04-15', 'Today → 2020-04-15']);
  });

  it('gives a month and day without a year the article year', () => {
    expect(dates('The rule applies as of April 18.')).toEqual(['April 18 → 2020-04-18']);
  });
});
