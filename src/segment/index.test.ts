import { describe, expect, it } from 'vitest';
import { clean } from '../clean/index.js';
import { toArticles } from '../ingest/normalize.js';
import { tokenize } from '../tokenize/index.js';
import { segment } from './index.js';

/** Each section of the first article (a roundup), with whether it stays in the story. */
const staying = (roundup: string, other: string) => {
  const [a, b] = toArticles([{ source: 'roundup.txt', text: roundup }, { source: 'other.txt', text: other }]).articles.map((x) => tokenize(clean(x)));
  const [out] = segment([a, b], 0.2);
  return out.segments.map((g) => [g.heading, g.inStory]);
};

const OTHER = [
  'The Supreme Court ruled on Monday that federal law protects workers from discrimination over sexual orientation and gender identity.',
  'The 6-3 decision was written by Justice Neil Gorsuch. Employers may no longer fire workers for being gay or transgender, the court said.',
  'Civil rights groups called the ruling a landmark for equality at work.',
].join('\n');

const ROUNDUP = [
  'The Supreme Court extended workplace protections to gay and transgender employees on Monday in a 6-3 ruling written by Justice Neil Gorsuch.',
  'Employers cannot fire workers for being gay or transgender, the court held.',
  'What the ruling means',
  'Experts say the ruling could have ramifications beyond employment, for housing and schools.',
  'Nondiscrimination policies that include sex but exclude gender identity and sexual orientation will be hard to defend.',
  'Harbour Street library reopens',
  'The Harbour Street library reopens on Monday after flood repairs costing £310,000.',
  'Volunteers restocked the shelves and a new reading room opens in June.',
].join('\n');

describe('segment', () => {
  it('keeps a short section that shares what happened with the other articles, though not their names', () => {
    expect(staying(ROUNDUP, OTHER)).toContainEqual(['What the ruling means', true]);
  });

  it('leaves out a section about another event', () => {
    expect(staying(ROUNDUP, OTHER)).toContainEqual(['Harbour Street library reopens', false]);
  });
});
