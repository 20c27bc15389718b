import { describe, expect, it } from 'vitest';
import { makeArticle } from '../frame/fixture.js';
import type { AnnotatedArticle } from '../model/index.js';
import { headlineQuality, stemOf, tidyHeadline } from './headline.js';
import { pickTitle } from './title.js';

const BODIES = [
  'Harbourton city council voted on Wednesday to ban private cars from the old town from March 1. Councillors approved the plan by 31 votes to 17.',
  'Harbourton councillors voted to ban private cars from the old town, to cheers from the public gallery. Council leader Amira Castell said the streets were given back to people.',
  'The council rammed through a ban on private cars in the old town. Council leader Amira Castell calls it giving the streets back to people.',
];
const story = (titles: (string | null)[]): AnnotatedArticle[] =>
  titles.map((title, i) => ({ ...makeArticle(BODIES[i], { id: `a${i}` }), title }));

describe('pickTitle', () => {
  it('picks the headline whose words the other outlets use', () => {
    const t = pickTitle(story(['Harbourton votes to ban private cars from old town', 'Cheers in the gallery as councillors meet', 'A grim day for Harbourton']), []);
    expect(t).toBe('Harbourton votes to ban private cars from old town');
  });

  it('passes over a headline that quotes someone, however much it shares (golden jsonl-three)', () => {
    const t = pickTitle(story(["Council leader: streets 'given back to people'", 'Harbourton votes to ban private cars from historic centre', null]), []);
    expect(t).toBe('Harbourton votes to ban private cars from historic centre');
  });

  it('passes over loaded and opinion wording, however much it shares', () => {
    const t = pickTitle(story(['Outrageous ban on private cars in Harbourton old town', 'Harbourton votes to ban private cars from historic centre', null]), []);
    expect(t).toBe('Harbourton votes to ban private cars from historic centre');
  });

  it('passes over the headline of a page filed under opinion', () => {
    const articles = story(['Harbourton votes to ban private cars from old town', 'Harbourton votes to ban private cars from old town centre', null]);
    articles[1].url = 'https://example.com/opinion/2024/05/harbourton-car-ban';
    articles[0].title = 'Car ban: a victory for Harbourton';
    articles[0].url = 'https://example.com/news/2024/05/ban';
    expect(pickTitle(articles, [])).toBe('Car ban: a victory for Harbourton');
    articles[0].url = 'https://example.com/opinion/2024/05/ban';
    articles[1].url = 'https://example.com/news/2024/05/harbourton-car-ban';
    expect(pickTitle(articles, [])).toBe('Harbourton votes to ban private cars from old town centre');
  });

  it('ignores the title of an article that is not about the story', () => {
    const articles = story(['Harbourton bans cars from old town', 'Harbourton votes to ban private cars from old town in historic council vote', null]);
    articles[1].sentences.forEach((s) => (s.inStory = false));
    expect(pickTitle(articles, [])).toBe('Harbourton bans cars from old town');
  });

  it('falls back to the lead sentence, cut to a headline, when no article has a title', () => {
    const t = pickTitle(story([null, null, null]), [], 'Harbourton city council voted on Wednesday to ban private cars from the old town from March 1, one of the most far-reaching traffic schemes in the country.');
    expect(t).toBe('Harbourton city council voted on Wednesday to ban private cars from the old town…');
  });
});

describe('headlineQuality', () => {
  it('is 1 for a plain news headline and lower for quotes, questions, explainers and loaded words', () => {
    const plain = headlineQuality('Judge quashes approval for second runway');
    expect(plain).toBe(1);
    for (const h of ["'Heroic' parishioners end church shootout", 'Should the WHO face consequences? We asked an expert', 'What we know about the cyberattack on the Treasury', 'Senator slams outrageous budget plan']) {
      expect(headlineQuality(h)).toBeLessThan(plain);
    }
  });

  it('is lower for a heading in capitals, a section label', () => {
    expect(headlineQuality('COUNCIL MESSAGE TO DRIVERS')).toBeLessThan(0.5);
    expect(headlineQuality('UN says NATO and EU must act')).toBe(1);
  });

  it('does not take an apostrophe for a quotation, nor the WHO for a question', () => {
    expect(headlineQuality("Drivers' strike brings Westshire trains to a halt")).toBe(1);
    expect(headlineQuality('WHO declares mpox outbreak a global emergency')).toBe(1);
  });
});

describe('tidyHeadline', () => {
  it('drops format labels and a final stop but keeps abbreviations', () => {
    expect(tidyHeadline('The Latest: US forces halt anti-IS operations in Iraq.')).toBe('US forces halt anti-IS operations in Iraq');
    expect(tidyHeadline('Polish authorities send Spencer back to the U.S.')).toBe('Polish authorities send Spencer back to the U.S.');
    expect(tidyHeadline('Storm Edda: man killed and thousands without power')).toBe('Storm Edda: man killed and thousands without power');
  });
});

describe('stemOf', () => {
  it('gives inflections of a word one form', () => {
    expect(new Set(['votes', 'voted', 'voting', 'vote'].map(stemOf)).size).toBe(1);
    expect(stemOf("Harbourton's")).toBe(stemOf('Harbourton'));
  });
});
