import { describe, expect, it } from 'vitest';
import { ecbArticle } from './stories.js';
import type { EcbDoc } from './ecbplus.js';

describe('ecbArticle', () => {
  it('rebuilds the text without the page-address line and labels the sub-event', () => {
    const doc: EcbDoc = {
      name: '3_2ecbplus', topic: '3', event: 'ecbplus', chains: new Map(), selected: new Set(),
      sentences: new Map([
        [0, ['http', ':', '/', '/', 'example', '.', 'com', '/', 'quake']],
        [1, ['Quake', 'hits', 'Chile']],
        [2, ['Rescuers', 'arrive', '.']],
      ]),
    };
    expect(ecbArticle(doc)).toEqual({ id: '3_2ecbplus', text: 'Quake hits Chile\nRescuers arrive.', date: null, gold: '3ecbplus' });
  });
});
