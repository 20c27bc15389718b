import { describe, expect, it } from 'vitest';
import { createClusterer } from './index.js';
import type { ClusterInput, Sketch } from './index.js';

// Made-up reports: two outlets on one earthquake, and another earthquake with other places, dates and figures.
const chileA: ClusterInput = {
  id: 'chile-a', outlet: 'Daily Wire Service', date: '2024-03-04',
  title: 'Magnitude 7.1 earthquake kills 12 in northern Chile',
  text: 'A magnitude 7.1 earthquake struck northern Chile on Monday, killing at least 12 people and damaging hundreds of homes in Antofagasta, officials said. The quake was centred 40 km east of the port city. President Gabriel Boric flew to the region.',
};
const chileB: ClusterInput = {
  id: 'chile-b', outlet: 'Evening Post', date: '2024-03-05',
  title: 'Chile quake: at least 12 dead as Boric visits Antofagasta',
  text: 'At least 12 people died when a 7.1-magnitude earthquake hit northern Chile on Monday. Homes collapsed in Antofagasta, and President Boric visited the damaged port city, promising aid to families.',
};
const japan: ClusterInput = {
  id: 'japan', outlet: 'Daily Wire Service', date: '2024-03-07',
  title: 'Magnitude 6.4 earthquake injures 30 in southern Japan',
  text: 'A magnitude 6.4 earthquake shook Kyushu in southern Japan on Thursday, injuring 30 people and halting bullet trains near Kumamoto, the fire agency said. No tsunami warning was issued.',
};
const undated = (a: ClusterInput): ClusterInput => ({ ...a, date: null });

describe('createClusterer', () => {
  it('puts two reports of one event in one story', () => {
    const c = createClusterer();
    const first = c.add(chileA);
    const second = c.add(chileB);
    expect(first).toEqual({ story: 'chile-a', isNew: true, score: 1 });
    expect(second.story).toBe('chile-a');
    expect(second.isNew).toBe(false);
    expect(second.score).toBeGreaterThan(0.3);
    expect(c.stories()).toEqual([
      { id: 'chile-a', title: chileA.title, articles: ['chile-a', 'chile-b'], outlets: ['Daily Wire Service', 'Evening Post'], first: '2024-03-04', last: '2024-03-05' },
    ]);
  });

  it('keeps apart two events of the same kind with other places, dates and figures', () => {
    for (const docs of [[chileA, japan, chileB], [chileA, chileB, japan]].map((d) => d.map(undated))) {
      const c = createClusterer();
      const stories = docs.map((d) => c.add(d).story);
      expect(stories[docs.indexOf(docs.find((d) => d.id === 'japan')!)]).toBe('japan');
      expect(c.stories().map((s) => s.articles.sort())).toEqual(expect.arrayContaining([['chile-a', 'chile-b'], ['japan']]));
    }
  });

  it('does not join a story outside the time window', () => {
    const c = createClusterer({ windowDays: 3 });
    c.add(chileA);
    const late = c.add({ ...chileB, date: '2024-03-20' });
    expect(late.isNew).toBe(true);
    const c2 = createClusterer({ windowDays: 30, latenessDays: 30 });
    c2.add(chileA);
    expect(c2.add({ ...chileB, date: '2024-03-20' }).story).toBe('chile-a');
  });

  it('compares undated articles with every story, whatever their dates', () => {
    const c = createClusterer();
    c.add(chileA);
    expect(c.add(undated(chileB)).story).toBe('chile-a');
  });

  it('prefers, of two like stories, the one that names the same day of the week', () => {
    const [monday, thursday] = [1, 1 << 3];
    const sk = (id: string, terms: string[], weekdays: number): Sketch => ({ id, day: null, outlet: null, title: id, terms, weights: terms.map(() => 1), weekdays });
    const dayton = sk('dayton', ['gunman', 'school', 'student', 'dayton', 'cafeteria'], monday);
    const amarillo = sk('amarillo', ['gunman', 'school', 'student', 'amarillo', 'shotgun'], thursday);
    const report = (weekdays: number): Sketch => sk(`report-${weekdays}`, ['gunman', 'school', 'student', 'wounded'], weekdays);
    const storyOf = (weekdays: number, options = {}): string => {
      const c = createClusterer(options);
      c.add(dayton);
      c.add(amarillo);
      return c.add(report(weekdays)).story;
    };
    expect(storyOf(thursday)).toBe('amarillo');
    expect(storyOf(monday)).toBe('dayton');
    // Without the days, the report is as close to both and starts a story of its own.
    expect(storyOf(thursday, { sameWeekday: 1, otherWeekday: 1 })).toBe('report-8');
    // When the article and the stories carry dates, the time window speaks for the day instead.
    const dated = (options = {}): string[] => {
      const c = createClusterer(options);
      return [dayton, amarillo, report(thursday)].map((s) => c.add({ ...s, day: 19_800 }).story);
    };
    expect(dated()).toEqual(dated({ sameWeekday: 1, otherWeekday: 1 }));
  });

  it('resumes from a state saved before stories kept their days of the week', () => {
    const c = createClusterer();
    c.add(chileA);
    const saved = c.state();
    for (const st of saved.stories) delete st.weekdays;
    const resumed = createClusterer({}, JSON.parse(JSON.stringify(saved)));
    expect(resumed.add(chileB).story).toBe('chile-a');
  });

  it('lets a story without dates go once enough articles came after it', () => {
    const c = createClusterer({ undatedArrivals: 1 });
    c.add(undated(chileA));
    c.add(undated(japan));
    expect(c.add(undated(chileB)).isNew).toBe(true);
  });

  it('returns where an article went when the same id comes again', () => {
    const c = createClusterer();
    c.add(chileA);
    const again = c.add(chileB);
    expect(c.add(chileB)).toEqual(again);
    expect(c.stories()[0].articles).toEqual(['chile-a', 'chile-b']);
  });

  it('resumes from its state as JSON and gives the same stories as an uninterrupted run', () => {
    const whole = createClusterer();
    const part = createClusterer();
    for (const d of [chileA, japan]) {
      whole.add(d);
      part.add(d);
    }
    const saved = JSON.parse(JSON.stringify(part.state()));
    const resumed = createClusterer({}, saved);
    expect(resumed.state()).toEqual(saved);
    expect(resumed.add(chileB)).toEqual(whole.add(chileB));
    expect(resumed.stories()).toEqual(whole.stories());
    expect(resumed.add(chileA).story).toBe('chile-a');
  });

  it('reaches the same state by replaying another clusterer\'s assignments with place', () => {
    const leader = createClusterer();
    const follower = createClusterer();
    for (const d of [chileA, japan, chileB]) {
      const went = leader.add(d);
      follower.place(d, went.story, went.score);
    }
    expect(follower.state()).toEqual(leader.state());
    expect(follower.stories()).toEqual(leader.stories());
  });

  it('keeps only open stories in its state', () => {
    const c = createClusterer({ undatedArrivals: 1 });
    c.add(undated(chileA));
    for (const d of [japan, chileB]) c.add(undated({ ...d, id: `${d.id}-2` }));
    for (let i = 0; i < 1000; i++) c.add(undated({ ...japan, id: `filler-${i}` }));
    const ids = c.state().stories.map((s) => s.id);
    expect(ids).not.toContain('chile-a');
    expect(c.stories().map((s) => s.id)).toContain('chile-a');
  });

  it('refuses a state of another version', () => {
    const state = { ...createClusterer().state(), version: 2 as unknown as 1 };
    expect(() => createClusterer({}, state)).toThrow(/version 2/);
  });
});
