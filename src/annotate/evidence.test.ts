import { describe, expect, it } from 'vitest';
import { annotateTexts, mentionsOf } from './fixture.js';

describe('types from what the text says next', () => {
  it('it-refers-back: "Marden Kestrel said it would appeal" makes an organisation', () => {
    const art = annotateTexts('Marden Kestrel said it would appeal against the fine. The ruling came on Friday.').articles[0];
    expect(mentionsOf(art, 'Marden Kestrel')[0].type).toBe('organization');
  });

  it('he-refers-back: "Marden Kestrel said he would appeal" stays a person', () => {
    const art = annotateTexts('Marden Kestrel said he would appeal against the fine. The ruling came on Friday.').articles[0];
    expect(mentionsOf(art, 'Marden Kestrel')[0].type).toBe('person');
  });

  it('a pronoun inside a quotation refers to no name before it ("We owe it to ourselves," she said)', () => {
    const art = annotateTexts('Marden Kestrel, a 33-year-old resident, called the violence heartbreaking. "We owe it to ourselves to do better," she said.').articles[0];
    expect(mentionsOf(art, 'Marden Kestrel')[0].type).toBe('person');
    expect(art.quotes[0]?.speaker).toBe('Marden Kestrel');
  });

  it('a surname alone that speaks and is then "he" is a person, and "He said" is his', () => {
    const art = annotateTexts('In a televised statement Thursday, Kestrelson said the refugees were saved.\nBecause of the effort, Kestrelson said, most refugees had escaped. He said no further rescue operation is needed, according to Rear Adm. Tom Vale.').articles[0];
    expect(mentionsOf(art, 'Kestrelson')[0].type).toBe('person');
    expect(art.quotes.find((q) => art.text.slice(q.start, q.end).includes('no further'))?.speaker).toBe('Kestrelson');
  });

  it('a people named by their nationality stays no person ("Americans said … she")', () => {
    const art = annotateTexts('Tom Vale met voters. Most Americans say the harbour plan went too far, she said.').articles[0];
    expect(mentionsOf(art, 'Americans')[0]?.type ?? 'other').not.toBe('person');
  });

  it('facility: "the airport said it" makes the airport an organisation that can speak', () => {
    const art = annotateTexts('Kestrel Valley Airport said it was disappointed by the ruling.').articles[0];
    expect(mentionsOf(art, 'Kestrel Valley Airport')[0].type).toBe('organization');
    expect(art.quotes[0]?.speaker).toBe('Kestrel Valley Airport');
  });
});

describe('surnames', () => {
  it('a surname that is also a nationality speaks as the person named in full before ("French wrote")', () => {
    const art = annotateTexts('Conservative writer Tom French criticised the order. “This order does neither,” French wrote. The French said nothing.').articles[0];
    expect(art.quotes.find((q) => q.kind === 'direct')?.speaker).toBe('Tom French');
    expect(mentionsOf(art, 'French').map((m) => m.type)).toEqual(['person']);
  });
});

describe('kin', () => {
  it('a name of no known kind after a word for kin is a person, there and elsewhere ("Vale’s wife, Nydra, told …")', () => {
    const art = annotateTexts('Tom Vale’s wife, Nydra, told the Gazette she was relieved. Nydra left the harbour on Monday.').articles[0];
    expect(mentionsOf(art, 'Nydra').map((m) => m.type)).toEqual(['person', 'person']);
  });
});
