import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/index.js';
import { viewArticle } from './context.js';
import { makeArticle } from './fixture.js';
import { labels } from './labels.js';

const gov: Entity = { key: 'gov', name: 'Government of Syria', type: 'organization', aliases: [], nationality: null };
const putin: Entity = { key: 'putin', name: 'Vladimir Putin', type: 'person', aliases: [], nationality: null };

describe('labels across outlets', () => {
  it('flags a loaded description one outlet uses and says what the others call the entity', () => {
    const a = makeArticle('The regime said on Monday it would free prisoners.', {
      id: 'a', outlet: 'Outlet A', entities: [{ text: 'regime', entity: 'gov', form: 'description', type: 'organization' }],
    });
    const b = makeArticle('The government said on Monday it would free prisoners.', {
      id: 'b', outlet: 'Outlet B', entities: [{ text: 'government', entity: 'gov', form: 'description', type: 'organization' }],
    });
    const spans = labels([a, b].map(viewArticle), [gov]);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ article: 'a', text: 'regime', kind: 'label', voice: 'reporter' });
    expect(spans[0].note).toContain('here "regime"');
    expect(spans[0].note).toMatch(/elsewhere "government" \(Outlet B\)/);
  });

  it('leaves the description of something no outlet names, unless a word of it is loaded', () => {
    const court: Entity = { key: 'court', name: 'secret court', type: 'organization', aliases: [], nationality: null };
    const a = makeArticle('The order came from a secret court on Monday.', {
      id: 'a', outlet: 'Outlet A', entities: [{ text: 'secret court', entity: 'court', form: 'description', type: 'organization' }],
    });
    const b = makeArticle('The order came from the court on Monday.', {
      id: 'b', outlet: 'Outlet B', entities: [{ text: 'court', entity: 'court', form: 'description', type: 'organization' }],
    });
    expect(labels([a, b].map(viewArticle), [court])).toEqual([]);
  });

  it('flags a judging role beside a name that the other outlet does not use', () => {
    const a = makeArticle('The strongman Vladimir Putin spoke for two hours.', {
      id: 'a', entities: [{ text: 'Vladimir Putin', entity: 'putin', roles: ['strongman'] }],
    });
    const b = makeArticle('President Vladimir Putin spoke for two hours.', {
      id: 'b', entities: [{ text: 'Vladimir Putin', entity: 'putin', roles: ['president'] }],
    });
    const spans = labels([a, b].map(viewArticle), [putin]);
    expect(spans.map((s) => [s.article, s.text])).toEqual([['a', 'strongman']]);
  });

  it('leaves neutral role titles alone, even when only one outlet uses them', () => {
    const a = makeArticle('The Russian president spoke for two hours.', {
      id: 'a', entities: [{ text: 'Russian president', entity: 'putin', form: 'description' }],
    });
    const b = makeArticle('The Russian leader spoke for two hours.', {
      id: 'b', entities: [{ text: 'Russian leader', entity: 'putin', form: 'description' }],
    });
    expect(labels([a, b].map(viewArticle), [putin])).toEqual([]);
  });

  it('needs a second outlet that mentions the entity', () => {
    const a = makeArticle('The regime said it would free prisoners.', {
      entities: [{ text: 'regime', entity: 'gov', form: 'description' }],
    });
    expect(labels([viewArticle(a)], [gov])).toEqual([]);
  });
});
