import { describe, expect, it } from 'vitest';
import { annotateTexts, entityName, mentionsOf, quoteWith } from './fixture.js';

describe('resolving entities', () => {
  it('company-anaphor: "the company said" is the company named before', () => {
    const r = annotateTexts('A fire broke out at a plant run by Voltera Recycling. "We are devastated," the company said in a statement.');
    expect(quoteWith(r.articles[0], 'devastated')?.speaker).toBe('Voltera Recycling');
  });

  it('council-not-wire: "the council" does not join a news agency named in the dateline', () => {
    const r = annotateTexts('HARBOURTON, Nov 7 (Coastal Wire) - The city council voted to ban cars. The council says traffic has risen by a fifth since 2015.');
    const council = mentionsOf(r.articles[0], 'council').at(-1);
    expect(entityName(r, council)).not.toBe('Coastal Wire');
  });

  it('short-org-name: "Voltera said" joins Voltera Recycling, "in Ellerby" stays the town', () => {
    const r = annotateTexts(
      'Voltera Recycling runs the plant. Voltera said it had shut the site.',
      'Runners in the Ellerby Marathon will avoid the bridge. Roads in Ellerby were busy.',
    );
    expect(entityName(r, mentionsOf(r.articles[0], 'Voltera')[0])).toBe('Voltera Recycling');
    expect(entityName(r, mentionsOf(r.articles[1], 'Ellerby')[0])).toBe('Ellerby');
  });

  it('particle-surname: "Assad" joins "Bashar al-Assad"', () => {
    const r = annotateTexts('Syrian President Bashar al-Assad spoke on Monday. Assad said the war was over.');
    expect(entityName(r, mentionsOf(r.articles[0], 'Assad')[0])).toBe('Bashar al-Assad');
  });

  it('double-barrelled-surname: "Ravanchi" joins "Majid Takht-Ravanchi", and is a person', () => {
    const r = annotateTexts('The ambassador, Majid Takht-Ravanchi, spoke on Monday. Ravanchi said the talks were over.');
    const m = mentionsOf(r.articles[0], 'Ravanchi')[0];
    expect(entityName(r, m)).toBe('Majid Takht-Ravanchi');
    expect(r.entities.find((e) => e.name === 'Majid Takht-Ravanchi')?.type).toBe('person');
  });
});
