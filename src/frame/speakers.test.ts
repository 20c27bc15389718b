import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/index.js';
import { viewArticle } from './context.js';
import { makeArticle } from './fixture.js';
import { speakers } from './speakers.js';

const entities: Entity[] = [
  { key: 'ana', name: 'Ana Lima', type: 'person', aliases: ['Lima'], nationality: null },
  { key: 'ministry', name: 'Foreign Ministry', type: 'organization', aliases: [], nationality: null },
];

describe('speakers', () => {
  it('counts quotes per speaker and reads stance from the cue verb', () => {
    const text = 'Ana Lima welcomed the deal, saying: “This is a good day.” The Foreign Ministry condemned the agreement. “It will not hold,” the ministry said.';
    const a = makeArticle(text, {
      quotes: [
        { text: 'This is a good day.', speaker: 'Ana Lima', cue: 'saying', by: 'Ana Lima' },
        { text: 'the agreement', speaker: 'Foreign Ministry', cue: 'condemned', kind: 'reported', by: 'Foreign Ministry' },
        { text: 'It will not hold,', speaker: 'Foreign Ministry', cue: 'said' },
      ],
    });
    const stats = speakers([viewArticle(a)], entities);
    expect(stats).toEqual([
      { article: 'a', outlet: 'a', speaker: 'Ana Lima', type: 'person', quotes: 1, stance: 'supportive' },
      { article: 'a', outlet: 'a', speaker: 'Foreign Ministry', type: 'organization', quotes: 2, stance: 'critical' },
    ]);
  });

  it('leaves stance null when nothing makes it clear', () => {
    const a = makeArticle('“We will study the text,” Ana Lima said.', {
      quotes: [{ text: 'We will study the text,', speaker: 'Ana Lima', cue: 'said' }],
    });
    expect(speakers([viewArticle(a)], entities)[0].stance).toBeNull();
  });

  it('counts a post once when the text also quotes parts of it', () => {
    const text = 'Lima posted: “Great news today. We fully support the agreement.” Lima said “we fully support the agreement”.';
    const a = makeArticle(text, {
      quotes: [
        { text: 'Great news today. We fully support the agreement.', speaker: 'Ana Lima', kind: 'post' },
        { text: 'we fully support the agreement', speaker: 'Ana Lima', cue: 'said' },
      ],
    });
    const [stat] = speakers([viewArticle(a)], entities);
    expect(stat).toMatchObject({ speaker: 'Ana Lima', quotes: 1, stance: 'supportive' });
  });

  it('skips quotes outside the story', () => {
    const a = makeArticle('The talks ended. In other news, “prices rose,” Ana Lima said.', {
      quotes: [{ text: 'prices rose,', speaker: 'Ana Lima', cue: 'said' }], offStory: ['other news'],
    });
    expect(speakers([viewArticle(a)], entities)).toEqual([]);
  });
});
