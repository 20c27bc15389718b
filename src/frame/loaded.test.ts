import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../model/index.js';
import { viewArticle } from './context.js';
import { makeArticle, type FixtureOptions } from './fixture.js';
import { loaded } from './loaded.js';

const find = (text: string, options?: FixtureOptions) => {
  const article: AnnotatedArticle = makeArticle(text, options);
  const spans = loaded(viewArticle(article));
  for (const s of spans) expect(s.text).toBe(article.text.slice(s.start, s.end));
  return spans;
};

describe('loaded wording', () => {
  it('flags a loaded term in the reporter’s own sentence as reporter voice', () => {
    const spans = find('The regime arrested dozens of students on Monday.');
    expect(spans).toMatchObject([{ text: 'regime', kind: 'loaded', voice: 'reporter', speaker: null }]);
    expect(spans[0].note).toMatch(/regime/);
  });

  it('flags the same term inside a quote as quoted, with the quote’s speaker', () => {
    const text = 'Ana Lima said: “The regime arrested dozens of students.” Police declined to comment.';
    const spans = find(text, { quotes: [{ text: 'The regime arrested dozens of students.', speaker: 'Ana Lima', cue: 'said' }] });
    expect(spans).toMatchObject([{ text: 'regime', voice: 'quoted', speaker: 'Ana Lima' }]);
  });

  it('treats words between quotation marks as quoted even when the annotator missed the quote', () => {
    const spans = find('He called the plan “a witch hunt” and left.');
    expect(spans).toMatchObject([{ text: 'witch hunt', voice: 'quoted' }]);
  });

  it('covers a modifier with its head noun and joins the parts of one phrase', () => {
    const spans = find('The so-called reforms were described as draconian measures.');
    expect(spans.map((s) => s.text)).toEqual(['so-called reforms', 'draconian measures']);
    const idiom = find('She told voters to resist the siren call of the fearmongers camp.');
    expect(idiom.map((s) => s.text)).toEqual(['siren call of the fearmongers camp']);
  });

  it('flags pro-/anti- compounds that characterise an actor, not technical ones', () => {
    expect(find("The party's pro-gun agenda dominated the debate.").map((s) => s.text)).toEqual(['pro-gun agenda']);
    expect(find("Critics pointed to the bloc's longstanding pro-war stance.").map((s) => s.text)).toEqual(['pro-war stance']);
    expect(find("The senator's anti-immigrant remarks drew attention.").map((s) => s.text)).toEqual(['anti-immigrant remarks']);
    expect(find('The army received anti-tank weapons and anti-aircraft systems.')).toEqual([]);
    expect(find('Pro-democracy protesters gathered in the square.')).toEqual([]);
  });

  it('leaves neutral uses alone: a sanctions regime, a blast, a patriot missile battery', () => {
    expect(find('The sanctions regime was extended for six months.')).toEqual([]);
    expect(find('A blast damaged the depot, officials said.')).toEqual([]);
  });

  it('ignores sentences outside the story', () => {
    const spans = find('The talks resumed. Thugs attacked a bus in another city.', { offStory: ['Thugs'] });
    expect(spans).toEqual([]);
  });
});

describe('loaded wording a source chose', () => {
  it('gives a characterisation after "called … a" or "decried … as" to the source, not the reporter', () => {
    expect(find('The president called the inquiry a hoax on Monday.')).toMatchObject([{ text: 'hoax', voice: 'quoted' }]);
    expect(find('Opposition leaders decried the meeting as a sham.')).toMatchObject([{ text: 'sham', voice: 'quoted' }]);
    expect(find('Protesters called for an end to the regime.')).toMatchObject([{ text: 'regime', voice: 'reporter' }]);
    expect(find('The so-called Tubbs Fire destroyed 5,000 homes.')).toEqual([]);
  });
});
