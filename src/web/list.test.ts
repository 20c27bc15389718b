import { describe, expect, it } from 'vitest';
import type { StoryRecord } from '../store/types.js';
import { parsePage } from './fixture.js';
import { listHtml, PAGE_SIZE, readListQuery } from './list.js';

const story = (i: number, over: Partial<StoryRecord> = {}): StoryRecord => ({
  id: `s${i}`,
  title: `Story ${i}`,
  firstSeen: '2025-03-18T10:00:00Z',
  lastSeen: '2025-03-18T12:00:00Z',
  articles: ['a', 'b'],
  outlets: ['Wire', 'Daily'],
  sources: 2,
  coverage: { left: 1, center: 0, right: 1, unknown: 0 },
  oneSided: null,
  version: 1,
  ...over,
});

describe('the story list', () => {
  it('reads the filter form into a store filter, asking for one story more than a page', () => {
    const { filter, notes } = readListQuery({ q: ' ceasefire ', lean: 'right', outlet: 'wire.example', since: '2d', sources: '3', oneSided: '1', offset: '30' });
    expect(notes).toEqual([]);
    expect(filter).toMatchObject({ query: 'ceasefire', lean: 'right', outlet: 'wire.example', minSources: 3, oneSided: true, offset: 30, limit: PAGE_SIZE + 1 });
    expect(Date.parse(filter.since!)).toBeLessThan(Date.now() - 47 * 3_600_000);
  });

  it('pages on with the filters kept, and back', () => {
    const stories = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => story(i));
    const { query } = readListQuery({ lean: 'left', q: 'a&b', sources: '2', offset: String(PAGE_SIZE) });
    const page = parsePage(listHtml(stories, query, []));
    expect(page.byClass('story-card')).toHaveLength(PAGE_SIZE);
    const links = page.all('a').map((a) => a.attribs.href);
    expect(links).toContain(`/?q=a%26b&lean=left&sources=2&offset=${2 * PAGE_SIZE}`);
    expect(links).toContain('/?q=a%26b&lean=left&sources=2');
  });

  it('drops a number of sources that is not one, with a note, and offers the one asked for', () => {
    const bad = readListQuery({ sources: 'lots' });
    expect(bad.filter.minSources).toBeUndefined();
    expect(bad.notes).toEqual(['“lots” is not a number of sources: ignored.']);
    const page = parsePage(listHtml([story(1)], readListQuery({ sources: '4' }).query, []));
    expect(page.all('option').filter((o) => o.attribs.selected !== undefined).map((o) => o.attribs.value)).toContain('4');
  });

  it('flags a one-sided story and draws its coverage in proportion', () => {
    const page = parsePage(listHtml([story(1, { oneSided: 'left', coverage: { left: 3, center: 0, right: 1, unknown: 0 } })], readListQuery({}).query, []));
    expect(page.text).toContain('One-sided: Left');
    const rects = page.all('rect').map((r) => [r.attribs.class, r.attribs.width]);
    expect(rects).toEqual([['l', '75'], ['r', '25']]);
    expect(page.all('svg').find((s) => s.attribs.role === 'img')?.attribs['aria-label']).toBe('Coverage by lean: 4 sources: 3 left, 0 center, 1 right, 0 of unknown lean');
  });
});
