import { describe, expect, it } from 'vitest';
import { makeArticle } from '../frame/fixture.js';
import type { AnnotatedArticle, Fact, FactMention, FramingSpan } from '../model/index.js';
import { compareStory } from '../compare.js';
import { summarize } from './index.js';

/** The mention of `words` (a stretch of one sentence) in article `a`. */
function at(a: AnnotatedArticle, words: string): FactMention {
  const start = a.text.indexOf(words);
  if (start < 0) throw new Error(`not in ${a.id}: ${words}`);
  const sentence = a.sentences.findIndex((s) => s.start <= start && start < s.end);
  return { article: a.id, sentence, start, end: start + words.length, text: words };
}

let n = 0;
/** A fact told by these mentions, its status from how many articles tell it. */
function fact(total: number, ...mentions: FactMention[]): Fact {
  const articles = [...new Set(mentions.map((m) => m.article))];
  const status = articles.length === 1 ? 'single' : articles.length === total ? 'consensus' : 'partial';
  return {
    id: `f${++n}`, text: mentions[0].text, status, articles, mentions, confidence: 1, voice: 'reporter', entities: [],
    rank: Math.min(...mentions.map((m) => m.sentence)),
  };
}

const A = makeArticle(
  'The council voted on Wednesday to ban private cars from the old town from March 1. ' +
    'Councillors approved the plan by 31 votes to 17 after a five-hour debate. ' +
    'Delivery vans will be allowed in before 10 a.m. ' +
    'The cameras will cost £4.5 million, paid for by a national clean-air grant.',
  { id: 'wire', outlet: 'Wire' },
);
const B = makeArticle(
  'Harbourton councillors voted late on Wednesday to ban private cars from the old town. ' +
    'The 31-17 vote means that from March 1 only residents, taxis and buses may drive in. ' +
    'Parents and cyclists welcomed the decision.',
  { id: 'chronicle', outlet: 'Chronicle' },
);
const C = makeArticle(
  'Zealots on the council rammed through a ban on private cars in the old town on Wednesday. ' +
    'The scheme, passed by 31 votes to 17, will shut the old town to drivers from March 1. ' +
    'Traders fear they will lose half their customers.',
  { id: 'clarion', outlet: 'Clarion' },
);

describe('summarize', () => {
  const ban = fact(3, at(A, 'The council voted on Wednesday to ban private cars from the old town from March 1.'), at(B, 'Harbourton councillors voted late on Wednesday to ban private cars from the old town.'), at(C, 'Zealots on the council rammed through a ban on private cars in the old town on Wednesday.'));
  const vote = fact(3, at(A, 'Councillors approved the plan by 31 votes to 17 after a five-hour debate.'), at(B, 'The 31-17 vote means that from March 1 only residents, taxis and buses may drive in.'), at(C, 'The scheme, passed by 31 votes to 17, will shut the old town to drivers from March 1.'));
  const vans = fact(3, at(A, 'Delivery vans will be allowed in before 10 a.m.'));
  const cameras = fact(3, at(A, 'The cameras will cost £4.5 million, paid for by a national clean-air grant.'));
  const parents = fact(3, at(B, 'Parents and cyclists welcomed the decision.'));
  const traders = fact(3, at(C, 'Traders fear they will lose half their customers.'));
  const facts = [ban, vote, vans, cameras, parents, traders];
  const loaded: FramingSpan[] = [
    { article: 'clarion', start: 0, end: 'Zealots'.length, text: 'Zealots', kind: 'loaded', voice: 'reporter', speaker: null, note: 'test' },
    { article: 'clarion', start: C.text.indexOf('rammed through'), end: C.text.indexOf('rammed through') + 14, text: 'rammed through', kind: 'loaded', voice: 'reporter', speaker: null, note: 'test' },
  ];
  const out = summarize([A, B, C], facts, loaded);

  it('opens with the consensus fact, citing every article that reports it', () => {
    expect(out.summary[0].facts).toEqual([ban.id]);
    expect(out.summary[0].articles.sort()).toEqual(['chronicle', 'clarion', 'wire']);
  });

  it('words a fact from a mention free of flagged wording', () => {
    expect(out.summary.map((s) => s.text).join(' ')).not.toMatch(/zealots|rammed/i);
  });

  it('tells each fact once and cites facts and articles for every sentence', () => {
    const cited = out.summary.flatMap((s) => s.facts);
    expect(new Set(cited).size).toBe(cited.length);
    for (const s of out.summary) {
      expect(s.facts.length).toBeGreaterThan(0);
      for (const id of s.facts) expect(s.articles).toEqual(expect.arrayContaining(facts.find((f) => f.id === id)!.articles));
    }
  });

  it('cites the articles in the order the story lists them', () => {
    const told = fact(3, at(C, 'The scheme, passed by 31 votes to 17, will shut the old town to drivers from March 1.'), at(A, 'Councillors approved the plan by 31 votes to 17 after a five-hour debate.'), at(B, 'The 31-17 vote means that from March 1 only residents, taxis and buses may drive in.'));
    const rank = (id: string) => ['wire', 'chronicle', 'clarion'].indexOf(id);
    for (const s of summarize([A, B, C], [told], []).summary) expect(s.articles).toEqual([...s.articles].sort((x, y) => rank(x) - rank(y)));
  });

  it('tells every fact all outlets share', () => {
    expect(out.summary.flatMap((s) => s.facts)).toEqual(expect.arrayContaining([ban.id, vote.id]));
  });

  it('keeps to the articles’ lead order', () => {
    const firstSentence = (id: string) => Math.min(...facts.find((f) => f.id === id)!.mentions.map((m) => m.sentence));
    const order = out.summary.map((s) => firstSentence(s.facts[0]));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it('lists what each outlet adds', () => {
    expect(out.additions.find((x) => x.article === 'wire')!.facts.sort()).toEqual([cameras.id, vans.id].sort());
    expect(out.additions.find((x) => x.article === 'clarion')!.facts).toEqual([traders.id]);
  });
});

describe('summarize: fragments and repeats', () => {
  const X = makeArticle(
    'US President Donald Trump held a 90-minute phone call with Vladimir Putin on Tuesday, with further ceasefire talks set to begin soon in the Middle East. ' +
      'The two leaders agreed that the conflict must end with a lasting peace.',
    { id: 'x' },
  );
  const Y = makeArticle(
    'Donald Trump and Vladimir Putin spoke by phone for 90 minutes on Tuesday about the war. ' +
      'Ceasefire talks will begin soon in the Middle East, officials said.',
    { id: 'y' },
  );
  const call = fact(2, at(X, 'US President Donald Trump held a 90-minute phone call with Vladimir Putin on Tuesday'), at(Y, 'Donald Trump and Vladimir Putin spoke by phone for 90 minutes on Tuesday about the war.'));
  const talks = fact(2, at(X, 'with further ceasefire talks set to begin soon in the Middle East.'), at(Y, 'Ceasefire talks will begin soon in the Middle East, officials said.'));
  const peace = fact(2, at(X, 'The two leaders agreed that the conflict must end with a lasting peace.'));
  const out = summarize([X, Y], [call, talks, peace], []);
  const texts = out.summary.map((s) => s.text);

  it('tells a fact from a whole clause or sentence, never from a fragment such as "with …"', () => {
    expect(out.summary.flatMap((s) => s.facts)).toContain(talks.id);
    for (const t of texts) expect(t).not.toMatch(/^With\b/);
  });

  it('does not tell the same fact twice', () => {
    const cited = out.summary.flatMap((s) => s.facts);
    expect(new Set(cited).size).toBe(cited.length);
    expect(texts.filter((t) => /ceasefire talks/i.test(t)).length).toBeLessThanOrEqual(1);
  });
});

describe('summarize: length', () => {
  const LINES = [
    'Floods closed fourteen bridges across the northern valley on Monday after three days of rain.',
    'The river at Carrow rose to its highest level since records began in 1921.',
    'About 2,300 homes were evacuated overnight, most of them in the low-lying east of the town.',
    'Emergency shelters opened in four schools and a sports hall on the edge of the valley.',
    'Rail services between Carrow and Ellerby were suspended until further notice.',
    'The regional government promised an emergency fund of 40 million euros for repairs.',
    'Farmers said thousands of hectares of winter wheat had been lost under the water.',
    'Forecasters expect more rain on Thursday, though lighter than last weekend.',
    'Two people were rescued by helicopter from the roof of a car near Millbrook.',
    'Schools across the district will stay closed for the rest of the week.',
    'Insurers estimated the damage at several hundred million euros.',
    'The army sent 300 soldiers to help build temporary flood barriers.',
  ];
  const story = (lines: string[]) => {
    const P = makeArticle(lines.join(' '), { id: 'p' });
    const Q = makeArticle(lines.map((l) => l.replace(/\.$/, ', officials said.')).join(' '), { id: 'q' });
    const facts = lines.map((l) => fact(2, at(P, l), at(Q, l.replace(/\.$/, ''))));
    return summarize([P, Q], facts, []).summary;
  };
  const words = (sum: { text: string }[]) => sum.map((s) => s.text).join(' ').split(/\s+/).length;

  it('keeps a long story to a short summary of three to five sentences', () => {
    const sum = story(LINES);
    expect(sum.length).toBeGreaterThanOrEqual(3);
    expect(sum.length).toBeLessThanOrEqual(5);
    expect(words(sum)).toBeGreaterThanOrEqual(50);
    expect(words(sum)).toBeLessThanOrEqual(90);
  });

  it('scales down for a short input', () => {
    const sum = story(LINES.slice(0, 3));
    expect(words(sum)).toBeLessThan(40);
    expect(sum.length).toBeLessThan(3);
  });
});

describe('summarize in a tiny comparison', () => {
  it('builds the summary from sentences of the articles and cites them', () => {
    const story = compareStory([
      { id: 'a', outlet: 'A', title: 'Bridge closes after crack found', text: 'The Elm Street bridge in Dunmore was closed on Monday after engineers found a crack in its main span. Repairs are expected to take three months, the city said.' },
      { id: 'b', outlet: 'B', title: 'Dunmore shuts Elm Street bridge', text: 'Dunmore closed the Elm Street bridge on Monday after engineers discovered a crack in the main span. The city said repairs would take about three months.' },
    ]);
    expect(story.summary.length).toBeGreaterThan(0);
    for (const s of story.summary) {
      expect(s.articles.length).toBeGreaterThan(0);
      expect(s.facts.every((id) => story.facts.some((f) => f.id === id))).toBe(true);
    }
    expect(story.summary[0].text).toMatch(/Elm Street bridge/);
  });
});

describe('summarize: words others quote', () => {
  it('does not say in its own voice what other outlets print as a quotation ("… is a proven LEAKER & LIAR")', () => {
    const lead = 'The mayor of Halden attacked the former harbour master Tom Vale on Friday after Vale published a book about the port.';
    const r = compareStory([
      { outlet: 'A', text: `${lead}\nTom Vale is a proven LEAKER & LIAR. He should be prosecuted for what he did to the port.` },
      { outlet: 'B', text: `${lead}\n“Tom Vale is a proven LEAKER & LIAR,” the mayor wrote on Friday.` },
      { outlet: 'C', text: `${lead}\n“Tom Vale is a proven LEAKER & LIAR,” the mayor posted.` },
    ]);
    expect(r.summary.map((s) => s.text)).not.toContain('Tom Vale is a proven LEAKER & LIAR.');
  });
});
