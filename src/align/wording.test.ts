import { describe, expect, it } from 'vitest';
import { compareStory } from '../compare.js';

describe("a fact's wording", () => {
  it('marks a clause cut from inside a sentence with an ellipsis at the cut', () => {
    const r = compareStory([
      { id: 'a', outlet: 'Harbour Gazette', date: '2024-05-20', text: 'Opposition councillors said the ban would hurt businesses in the town centre, but the mayor rejected the criticism at a meeting on Monday.' },
      { id: 'b', outlet: 'Valley Courier', date: '2024-05-20', text: 'The council voted to ban cars from the town centre from June.' },
    ]);
    const texts = r.facts.map((f) => f.text);
    expect(texts).toContain('Opposition councillors said the ban would hurt businesses in the town centre …');
    expect(texts).toContain('… but the mayor rejected the criticism at a meeting on Monday.');
    const cut = r.facts.find((f) => f.text.startsWith('… but'))!;
    expect(cut.mentions[0].text).toBe('but the mayor rejected the criticism at a meeting on Monday.');
  });
});
