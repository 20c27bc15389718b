import { describe, expect, it } from 'vitest';
import { clean } from '../clean/index.js';
import { toArticles } from '../ingest/normalize.js';
import { tokenize } from '../tokenize/index.js';
import { splitSections } from './sections.js';

const sectionsOf = (text: string) => {
  const article = tokenize(clean(toArticles([{ source: 'a.txt', title: 'Court rules on district maps', text }]).articles[0]));
  return splitSections(article).map((s) => s.heading);
};

const BODY = 'The court ruled on Thursday that federal judges cannot police district maps. The decision was 5-4. Critics said it would entrench incumbents.';
const OTHER = 'Both parties have drawn maps for advantage. The ruling leaves the matter to legislatures. Supporters called it a victory for voters.';
const NEXT = 'States may now write their own rules. Several ballot measures are planned. Lawmakers in two states have filed bills.';

describe('splitSections', () => {
  it('splits a page at headings that open sections of two or more sentences, the lead standing for the article', () => {
    expect(sectionsOf(`${BODY}\nOpposing view: a victory for voters\n${OTHER}\nWhat comes next for the states\n${NEXT}`)).toEqual([
      'Court rules on district maps', 'Opposing view: a victory for voters', 'What comes next for the states',
    ]);
  });

  it('takes a one-line lead (a byline) into the first section, which then stands for the article', () => {
    expect(sectionsOf(`The Editorial Board\nDaily Courier\n${BODY}\nOpposing view: a victory for voters\n${OTHER}`)).toEqual([
      'Court rules on district maps', 'Opposing view: a victory for voters',
    ]);
  });
});
