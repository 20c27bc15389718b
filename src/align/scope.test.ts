import { describe, expect, it } from 'vitest';
import { compareStory } from '../compare.js';

const LEAD = 'Leaders of Norway and Sweden spoke by phone for two hours on Tuesday about the fishing dispute.';
const scopes = (a: string, b: string) =>
  compareStory([
    { id: 'a', outlet: 'Harbour Gazette', date: '2024-05-20', text: `${LEAD} ${a}` },
    { id: 'b', outlet: 'Valley Courier', date: '2024-05-20', text: `${LEAD} ${b}` },
  ]).conflicts.filter((c) => c.kind === 'scope');

describe('scope conflicts', () => {
  it('finds one side refraining against an arrangement told as binding both', () => {
    const found = scopes(
      'Norway agreed to stop seizing Swedish fishing boats for 30 days after the call, officials said.',
      'The agreement applies to fishing boats on both sides of the border, officials said.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].description).toMatch(/binding one side \(Norway stop seizing Swedish fishing boats/);
  });

  it('finds none when the mutual claim is about no arrangement, or about something else', () => {
    expect(scopes(
      'Norway agreed to stop seizing Swedish fishing boats for 30 days after the call, officials said.',
      'Both countries have accused the fishing boats of breaking quotas, officials said.',
    )).toEqual([]);
    expect(scopes(
      'Norway agreed to stop seizing Swedish fishing boats for 30 days after the call, officials said.',
      'The agreement applies to oil platforms on both sides of the border, officials said.',
    )).toEqual([]);
  });
});
