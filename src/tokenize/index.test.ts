import { describe, expect, it } from 'vitest';
import { clean } from '../clean/index.js';
import type { Article } from '../model/index.js';
import { tokenize } from './index.js';

const sentences = (text: string) => {
  const article = { id: 'a', source: 'a.txt', outlet: null, title: null, date: null, url: null, authors: [], language: 'en', text, messages: [] } as unknown as Article;
  const t = tokenize(clean(article));
  return t.sentences.map((s) => text.slice(s.start, s.end));
};

const tokens = (text: string) => {
  const article = { id: 'a', source: 'a.txt', outlet: null, title: null, date: null, url: null, authors: [], language: 'en', text, messages: [] } as unknown as Article;
  return tokenize(clean(article)).tokens.map((t) => text.slice(t.start, t.end));
};

describe('tokenize: tokens', () => {
  it('cuts a possessive off a name after a title, and in every later document alike', () => {
    expect(tokens('The plan, including Ms. Vallory’s, runs counter to it.')).toEqual(['The', 'plan', ',', 'including', 'Ms.', 'Vallory', '’s', ',', 'runs', 'counter', 'to', 'it', '.']);
    // wink, having met "Vallory’s" whole, would keep it whole from then on.
    expect(tokens('Many in Vallory’s staff left.')).toEqual(['Many', 'in', 'Vallory', '’s', 'staff', 'left', '.']);
  });

  it('reads an opening single quote between letters as an apostrophe ("Stone‘s", "shouldn‘t")', () => {
    expect(tokens('Stone‘s wife said he shouldn‘t go.')).toEqual(['Stone', '‘s', 'wife', 'said', 'he', 'should', 'n‘t', 'go', '.']);
  });

  it('keeps an abbreviated title before a name as one token ("Maj." like "Gen.")', () => {
    expect(tokens('It killed Maj. Gen. Qassem Soleimani.')).toEqual(['It', 'killed', 'Maj.', 'Gen.', 'Qassem', 'Soleimani', '.']);
    expect(tokens('Rear Adm. John Kirby spoke.').slice(0, 3)).toEqual(['Rear', 'Adm.', 'John']);
  });

  it('leaves a full stop after a title word not followed by a name', () => {
    expect(tokens('He outranks a Maj. and left.')).toContain('Maj');
  });
});

describe('tokenize: sentences', () => {
  it('goes on after a title before a name ("Rear Adm. Hossein Khanzadi")', () => {
    expect(sentences("Iran's naval commander, Rear Adm. Hossein Khanzadi, said the drone was shot down. Officials left.")).toEqual([
      "Iran's naval commander, Rear Adm. Hossein Khanzadi, said the drone was shot down.",
      'Officials left.',
    ]);
  });

  it('goes on before a figure that opens with a full stop ("a .45-caliber handgun")', () => {
    expect(sentences('He used a .45-caliber handgun with a suppressor. The index rose to 3.5. It fell.')).toEqual([
      'He used a .45-caliber handgun with a suppressor.',
      'The index rose to 3.5.',
      'It fell.',
    ]);
    expect(sentences('The plane took off at 6.13am on Wednesday. It crashed.')).toEqual(['The plane took off at 6.13am on Wednesday.', 'It crashed.']);
  });

  it('still ends a sentence at a place name with a full stop', () => {
    expect(sentences('The vote was held in Iowa. Officials left.')).toHaveLength(2);
  });

  it('goes on when wink cut at an exclamation that continues in lower case', () => {
    expect(sentences('He called the deal “historic!” and left. Officials stayed.')).toHaveLength(2);
  });
});

describe('tokenize: sentences in brackets', () => {
  it('goes on inside a party and state label ("(R-S.C.)", "(D-N.Y.)")', () => {
    expect(sentences('Sen. Lindsey Graham (R-S.C.) said no Republican would vote. Rep. Jerry Nadler (D-N.Y.) disagreed.')).toEqual([
      'Sen. Lindsey Graham (R-S.C.) said no Republican would vote.',
      'Rep. Jerry Nadler (D-N.Y.) disagreed.',
    ]);
  });

  it('goes on inside a party and state label set off by commas ("D-N.J.,")', () => {
    expect(sentences('“It is dangerous,” said Sen. Bob Menendez, D-N.J., the top Democrat on the committee. He left.')).toEqual([
      '“It is dangerous,” said Sen. Bob Menendez, D-N.J., the top Democrat on the committee.',
      'He left.',
    ]);
  });

  it('still ends a sentence that closes inside a bracket of its own', () => {
    expect(sentences('They met at noon. (It was late.) They left.')).toEqual(['They met at noon.', '(It was late.)', 'They left.']);
  });
});
