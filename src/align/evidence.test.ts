import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareStory } from '../compare.js';
import { evidenceFactor, otherParticipants, sharedPieces, unsupported, type Profile } from './evidence.js';

const profile = (p: Partial<Profile>): Profile => ({ numbers: new Map(), qualifiers: new Map(), persons: new Set(), ...p });
const vector = (...terms: string[]) => new Map(terms.map((t) => [t, 1]));

describe('unsupported shared terms', () => {
  it('flags a number whose nouns differ on each side', () => {
    const a = profile({ numbers: new Map([['#30:day', new Set(['energ', 'targe'])], ['#30', new Set(['energ', 'targe'])]]) });
    const b = profile({ numbers: new Map([['#30:day', new Set(['cease'])], ['#30', new Set(['cease'])]]) });
    expect([...unsupported(vector('#30:day', '#30'), vector('#30:day', '#30'), a, b)].sort()).toEqual(['#30', '#30:day']);
  });

  it('keeps a number counting the same thing, or told without a noun', () => {
    const a = profile({ numbers: new Map([['#90:gbp', new Set(['fine'])]]) });
    const same = profile({ numbers: new Map([['#90:gbp', new Set(['fine', 'permi'])]]) });
    const bare = profile({ numbers: new Map([['#90:gbp', new Set()]]) });
    expect(unsupported(vector('#90:gbp'), vector('#90:gbp'), a, same).size).toBe(0);
    expect(unsupported(vector('#90:gbp'), vector('#90:gbp'), a, bare).size).toBe(0);
  });

  it('keeps two figures in common, whatever the words around them', () => {
    const a = profile({ numbers: new Map([['#31', new Set(['plan'])], ['#17', new Set(['vote'])]]) });
    const b = profile({ numbers: new Map([['#31', new Set(['schem'])], ['#17', new Set(['drive'])]]) });
    expect(unsupported(vector('#31', '#17'), vector('#31', '#17'), a, b).size).toBe(0);
  });

  it('flags a noun qualified differently on each side, and numbers that only share it', () => {
    const a = profile({ qualifiers: new Map([['cease', new Set(['infra'])]]), numbers: new Map([['#30', new Set(['cease'])]]) });
    const b = profile({ qualifiers: new Map([['cease', new Set(['day'])]]), numbers: new Map([['#30', new Set(['cease'])]]) });
    expect([...unsupported(vector('cease', '#30'), vector('cease', '#30'), a, b)].sort()).toEqual(['#30', 'cease']);
    const c = profile({ qualifiers: new Map([['cease', new Set(['day', 'back'])]]) });
    expect(unsupported(vector('cease'), vector('cease'), b, c).size).toBe(0);
  });
});

describe('otherParticipants', () => {
  it('lowers claims naming different people, not claims where one names nobody', () => {
    const call = profile({ persons: new Set(['trump', 'putin']) });
    expect(otherParticipants(profile({ persons: new Set(['starmer', 'trump', 'putin']) }), call)).toBeLessThan(1);
    expect(otherParticipants(profile({ persons: new Set(['putin', 'trump']) }), call)).toBe(1);
    expect(otherParticipants(profile({}), call)).toBe(1);
  });
});

describe('shared evidence', () => {
  it('counts distinct words and names once, figures twice, and word pairs or units not at all', () => {
    const a = vector('farm', 'produ', 'farm+produ', '@china', '#25', '#25:perce', 'buy');
    const b = vector('farm', 'produ', 'farm+produ', '@china', '#25', '#25:perce', 'tarif');
    expect(sharedPieces(a, b, new Set())).toEqual({ pieces: 5, content: 3, all: false });
  });

  it('leaves out terms that mean different things on each side', () => {
    expect(sharedPieces(vector('#30', 'cease'), vector('#30', 'cease'), new Set(['#30'])).pieces).toBe(1);
  });

  it('lowers a pair that shares one word, or only names', () => {
    expect(evidenceFactor(sharedPieces(vector('tension', 'ripple', 'tarif'), vector('hold', 'tarif'), new Set()))).toBeLessThan(1);
    expect(evidenceFactor(sharedPieces(vector('@huawei', '@china', 'threat'), vector('@huawei', '@china', 'end', 'talk'), new Set()))).toBeLessThan(1);
    expect(evidenceFactor(sharedPieces(vector('@huawei', 'end', 'talk'), vector('@huawei', 'end', 'talk', 'issue'), new Set()))).toBe(1);
  });

  it('keeps a pair that says the same words and nothing else (a wire copy\'s clause)', () => {
    expect(evidenceFactor(sharedPieces(vector('properly'), vector('properly'), new Set()))).toBe(1);
  });
});

describe('cited sources', () => {
  it('two outlets that give one happening on different sources\' word tell one fact', () => {
    const text = (name: string) => readFileSync(new URL(`../../test/fixtures/inputs/${name}`, import.meta.url), 'utf8');
    const r = compareStory([
      { outlet: 'Coastal Herald', text: text('storm-a.txt') },
      { outlet: 'Eastmere Gazette', text: text('storm-b.txt') },
    ]);
    const lead = r.facts.find((f) => f.mentions.some((m) => m.text.includes('according to the electricity company')));
    expect(lead?.status).toBe('consensus');
  });
});
