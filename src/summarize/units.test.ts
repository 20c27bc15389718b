import { describe, expect, it } from 'vitest';
import { makeArticle } from '../frame/fixture.js';
import type { AnnotatedArticle, Fact, FactMention, FramingSpan } from '../model/index.js';
import { conceptStats } from './concepts.js';
import { unitsOf } from './units.js';

function at(a: AnnotatedArticle, words: string): FactMention {
  const start = a.text.indexOf(words);
  const sentence = a.sentences.findIndex((s) => s.start <= start && start < s.end);
  return { article: a.id, sentence, start, end: start + words.length, text: words };
}
const fact = (id: string, ...mentions: FactMention[]): Fact => ({
  id, text: mentions[0].text, status: 'single', articles: [...new Set(mentions.map((m) => m.article))], mentions,
  confidence: 1, voice: 'reporter', entities: [], rank: 0,
});

const A = makeArticle(
  'Trump held a 90-minute call with Putin on Tuesday, with further talks set to begin soon in the Middle East. ' +
    'He said the call went well. ' +
    '“We will not stop until every family is safe,” the mayor said. ' +
    'Well, we should rethink the harbour policy before the storm season. ' +
    '“Such poor leadership by the mayor,” Trump wrote. “They want everything done for them. Ten thousand federal workers are on the island.”',
  { id: 'a', quotes: [
    { text: 'We will not stop until every family is safe', speaker: 'Mayor' },
    { text: 'They want everything done for them. Ten thousand federal workers are on the island.', speaker: 'Trump' },
  ] },
);
const call = fact('call', at(A, 'Trump held a 90-minute call with Putin on Tuesday'));
const talks = fact('talks', at(A, 'with further talks set to begin soon in the Middle East.'));
const went = fact('went', at(A, 'He said the call went well.'));
const mayor = fact('mayor', at(A, '“We will not stop until every family is safe,” the mayor said.'));
const workers = fact('workers', at(A, 'Ten thousand federal workers are on the island.”'));
const rethink = fact('rethink', at(A, 'Well, we should rethink the harbour policy before the storm season.'));
const units = unitsOf([A], [call, talks, went, mayor, workers, rethink], [], conceptStats([A]));
const unit = (text: RegExp) => units.find((u) => text.test(u.text));

describe('unitsOf', () => {
  it('offers a clean clause on its own, and its whole sentence too', () => {
    expect(unit(/^Trump held a 90-minute call with Putin on Tuesday\.$/)?.facts).toEqual(['call']);
    expect(unit(/^Trump held .* Middle East\.$/)?.facts.sort()).toEqual(['call', 'talks']);
  });

  it('replaces a fragment by its whole sentence, which cites every fact told in it', () => {
    expect(units.some((u) => /^With further/i.test(u.text))).toBe(false);
    const whole = unit(/Middle East/)!;
    expect(whole.start).toBe(A.sentences[0].start);
    expect(whole.articles).toEqual(['a']);
  });

  it('weighs a quotation and a sentence leaning on a pronoun below a plain report', () => {
    const plain = unit(/^Trump held a 90-minute call with Putin on Tuesday\.$/)!;
    expect(unit(/^He said/)!.quality).toBeLessThan(plain.quality);
    expect(unit(/We will not stop/)!.quality).toBeLessThan(plain.quality);
  });

  it('weighs the writer speaking in the first person below a plain report', () => {
    const plain = unit(/^Trump held a 90-minute call with Putin on Tuesday\.$/)!;
    expect(unit(/^Well, we should rethink/)!.quality).toBeLessThan(0.6 * plain.quality);
  });

  it('keeps fragments and the words of a quotation without its attribution as last resorts', () => {
    expect(unit(/^Ten thousand federal workers/)!.lastResort).toBe(true);
    expect(unit(/We will not stop/)!.lastResort).toBe(false);
    expect(unit(/^Trump held a 90-minute call with Putin on Tuesday\.$/)!.lastResort).toBe(false);
    expect(units.filter((u) => u.lastResort).map((u) => u.text)).toHaveLength(1);
  });

  it('keeps a sentence that opens inside a quotation as a last resort, attribution after it or not', () => {
    const B = makeArticle('The count was close. “The results are the closest in our history. Ana Ruiz has been awarded 699 delegates,” the party chair said.', {
      id: 'b', quotes: [{ text: 'The results are the closest in our history. Ana Ruiz has been awarded 699 delegates,', speaker: 'Chair' }],
    });
    const awarded = fact('awarded', at(B, 'Ana Ruiz has been awarded 699 delegates,” the party chair said.'));
    const [u] = unitsOf([B], [awarded], [], conceptStats([B]));
    expect(u.lastResort).toBe(true);
  });

  it('keeps a transcript turn as a last resort, its speaker label before it', () => {
    const C = makeArticle('The mayor took questions.\nANA RUIZ: What I find interesting is how often this comes up at the harbour.', {
      id: 'c', quotes: [{ text: 'What I find interesting is how often this comes up at the harbour.', speaker: 'Ana Ruiz' }],
    });
    const turn = fact('turn', at(C, 'ANA RUIZ: What I find interesting is how often this comes up at the harbour.'));
    expect(unitsOf([C], [turn], [], conceptStats([C]))[0].lastResort).toBe(true);
  });

  it('weighs a mention with loaded wording in the reporter’s voice far below', () => {
    const start = A.text.indexOf('90-minute');
    const span: FramingSpan = { article: 'a', start, end: start + 9, text: '90-minute', kind: 'loaded', voice: 'reporter', speaker: null, note: 'test' };
    const flagged = unitsOf([A], [call], [span], conceptStats([A]))[0];
    expect(flagged.quality).toBeLessThan(0.5 * unit(/^Trump held a 90-minute call with Putin on Tuesday\.$/)!.quality);
  });

  it('counts a syndicated copy and its original once in a unit\'s cover', () => {
    const text = 'The council voted on Wednesday to ban private cars from the old town.';
    const [orig, copy, other] = [makeArticle(text, { id: 'wire' }), { ...makeArticle(text, { id: 'copy' }), copyOf: 'wire' }, makeArticle(text, { id: 'paper' })];
    const vote = fact('vote', ...[orig, copy, other].map((a) => at(a, text)));
    const cover = (arts: AnnotatedArticle[]) => {
      const told = vote.mentions.filter((m) => arts.some((a) => a.id === m.article));
      return unitsOf(arts, [{ ...vote, mentions: told, articles: told.map((m) => m.article) }], [], conceptStats(arts))[0].cover;
    };
    expect(cover([orig, copy])).toBe(1);
    expect(cover([orig, other])).toBe(2);
  });

  it('counts the position of a sentence among the in-story sentences', () => {
    expect(unit(/^He said/)!.position).toBe(1);
  });
});
