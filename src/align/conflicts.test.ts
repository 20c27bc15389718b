import { describe, expect, it } from 'vitest';
import { compareStory } from '../compare.js';

const story = (a: string, b: string, dates: [string, string]) =>
  compareStory([
    { id: 'a', outlet: 'Harbour Gazette', date: dates[0], text: a },
    { id: 'b', outlet: 'Valley Courier', date: dates[1], text: b },
  ]);

const BASE = 'The Halden ferry capsized near Port Kestrel, killing 12 passengers. Rescuers pulled 40 people from the water.';

describe('date conflicts', () => {
  it('finds two days given for one happening', () => {
    const s = story(`${BASE} The ferry capsized on Saturday evening in high winds.`, `${BASE} The ferry capsized on Friday evening in high winds.`, ['2024-05-20', '2024-05-20']);
    expect(s.conflicts.filter((c) => c.kind === 'date')).toHaveLength(1);
  });

  it('finds none when both say the same weekday and only their publication days differ', () => {
    const s = story(`${BASE} Officials said schools in the district would remain closed Tuesday because of safety concerns.`, `${BASE} Officials said schools in the district would remain closed Tuesday because of safety concerns.`, ['2024-05-20', '2024-05-13']);
    expect(s.conflicts.filter((c) => c.kind === 'date')).toEqual([]);
  });
});
