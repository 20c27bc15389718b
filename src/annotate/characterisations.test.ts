import { describe, expect, it } from 'vitest';
import { compare } from '../compare.js';
import { annotateTexts, entityName } from './fixture.js';

const descriptions = (text: string) => {
  const r = annotateTexts(text);
  return r.articles[0].entities.filter((m) => m.form === 'description').map((m) => `${m.text} → ${entityName(r, m)}`);
};

describe('characterising descriptions', () => {
  it('regime-by-nationality-and-owner: the Syrian regime, Assad’s regime and a later "the regime" are Syria', () => {
    expect(descriptions('Syrian President Bashar al-Assad spoke. The Syrian regime denied it. Assad’s brutal regime has lied before. The regime said nothing more.')).toEqual([
      'Syrian regime → Syria',
      'brutal regime → Syria',
      'regime → Syria',
    ]);
  });

  it('sanctions-regime: a compound noun is not a characterisation', () => {
    expect(descriptions('The sanctions regime was tightened on Monday.')).toEqual([]);
  });

  it('group-owner: "Hamas militants" label Hamas, and "the militants" after them too', () => {
    expect(descriptions('Leaders of Hamas met in Doha. Hamas militants fired rockets. The militants said they would fight on.')).toEqual([
      'militants → Hamas',
      'militants → Hamas',
    ]);
  });

  it('person-label-by-role: "billionaire Donald Trump … the billionaire"', () => {
    expect(descriptions('Voters met billionaire Donald Trump in Iowa. The billionaire said he would win.')).toEqual(['billionaire → Donald Trump']);
  });

  it('person-label-by-nationality: "the Russian strongman" is the Russian president', () => {
    expect(descriptions('Russian President Vladimir Putin met the envoy. The Russian strongman smiled.')).toContain('Russian strongman → Vladimir Putin');
  });

  it('unresolved-label: a strongman nobody is named for stays its own entity', () => {
    expect(descriptions('The strongman spoke for two hours.')).toEqual(['strongman → Strongman']);
  });

  it('labels-across-outlets: "the Syrian regime" and "the Syrian government" are one entity the framing stage can compare', () => {
    const lead = 'Syrian President Bashar al-Assad spoke in Damascus on Monday.\n\n';
    const r = compare([
      { id: 'a', outlet: 'A', text: `${lead}The Syrian regime said on Monday it would free 300 prisoners held since the war began.` },
      { id: 'b', outlet: 'B', text: `${lead}The Syrian government said on Monday it would free 300 prisoners held since the war began.` },
    ]);
    const label = r.framing.find((f) => f.kind === 'label');
    expect(label).toMatchObject({ article: 'a', text: 'Syrian regime' });
    expect(label?.note).toContain('"syrian government" (B)');
  });
});
