import { describe, expect, it } from 'vitest';
import { dropCards, findCards } from './widgets.js';
import { toArticles } from './normalize.js';

describe('inline people cards', () => {
  it('cuts a full name glued to other stories\' headlines, up to "MORE", after the name as written', () => {
    const text = 'Sen. Ann Lee Ann Marie LeeSenate passes farm bill Lee: "We will not wait" Three things to watch MORE (D-Ore.) said the plan failed.';
    expect(dropCards(text)).toEqual({ text: 'Sen. Ann Lee (D-Ore.) said the plan failed.', count: 1 });
  });

  it('reads nicknames, inner capitals and possessives', () => {
    expect(dropCards('Whip Tom Reed Thomas (Tom) Allen ReedHouse votes on budget MORE (R-N.Y.) spoke.').text).toBe('Whip Tom Reed (R-N.Y.) spoke.');
    expect(dropCards('Leader Ed McCall Edward Paul McCallGOP plans vote MORE (R-Ky.) spoke.').text).toBe('Leader Ed McCall (R-Ky.) spoke.');
    expect(dropCards('President Stone Walter James StoneStone faces a test Critics pounce MORE’s plan failed.').text).toBe('President Stone’s plan failed.');
  });

  it('reads the unglued form some scrapers leave, up to the surname', () => {
    expect(dropCards('Speaker Paul Ryan Paul Davis Ryan Retirees should say no to the plan MORE (Wis.) left.').text).toBe('Speaker Paul Ryan (Wis.) left.');
  });

  it('cuts every card of a text', () => {
    const text = 'Sen. Ann Lee Ann Marie LeeSenate passes bill MORE (D-Ore.) and Sen. Bo Dale Robert (Bo) DaleDale wins MORE (R-Ida.) agreed.';
    expect(dropCards(text)).toEqual({ text: 'Sen. Ann Lee (D-Ore.) and Sen. Bo Dale (R-Ida.) agreed.', count: 2 });
  });

  it('leaves "READ MORE" links, all-capital transcripts and a name said twice in prose', () => {
    for (const text of [
      'You can watch it on YouTube. READ MORE about it.',
      'THE CITY BECAME THE CAPITAL. THE GROUP SEIZED TOWNS AND THE CITY GREW MORE DANGEROUS.',
      'A portrait of Mao Zedong. Mao later praised the book, and more followed. Then came MORE of it.',
    ]) expect(findCards(text)).toEqual([]);
  });

  it('never runs over a paragraph break', () => {
    expect(findCards('Sen. Ann Lee Ann Marie LeeSenate passes bill\nA new paragraph with MORE (D-Ore.)')).toEqual([]);
  });

  it('is applied when inputs become articles, with a message', () => {
    const { articles, messages } = toArticles([{ source: 'a.txt', text: 'Sen. Ann Lee Ann Marie LeeSenate passes bill MORE (D-Ore.) said no.' }]);
    expect(articles[0].text).toBe('Sen. Ann Lee (D-Ore.) said no.');
    expect(messages.map((m) => m.code)).toContain('BOILERPLATE_DROPPED');
  });
});
