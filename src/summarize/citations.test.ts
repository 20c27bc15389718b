import { describe, expect, it } from 'vitest';
import type { Fact, FactMention } from '../model/index.js';
import { citedBy } from './citations.js';

// "The airport says the new runway would create thousands of jobs, and it is weighing an appeal." (0–95)
const mention = (article: string, start: number, end: number): FactMention => ({ article, sentence: 0, start, end, text: '' });
const fact = (id: string, ...mentions: FactMention[]): Fact => ({
  id, text: '', status: 'partial', articles: [...new Set(mentions.map((m) => m.article))], mentions, confidence: 1, voice: 'reporter', entities: [], rank: 0,
});
const jobs = fact('jobs', mention('national', 0, 62), mention('courier', 10, 60));
const appeal = fact('appeal', mention('national', 64, 95), mention('gazette', 200, 230), mention('courier', 70, 100));
const sentence = { start: 0, end: 95 };

describe('citedBy', () => {
  it('cites the articles that tell most of the sentence, not those that tell one clause of it', () => {
    expect(citedBy('national', sentence, [jobs, appeal])).toEqual(['national', 'courier']);
  });

  it('cites every article of the fact when the sentence is that fact', () => {
    expect(citedBy('national', { start: 64, end: 95 }, [appeal])).toEqual(['national', 'gazette', 'courier']);
  });
});
