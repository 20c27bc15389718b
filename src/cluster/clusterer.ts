import type { ClusterOptions } from './options.js';
import { DEFAULTS } from './options.js';
import { Postings } from './postings.js';
import type { ClusterInput, Sketch } from './sketch.js';
import { sketch } from './sketch.js';
import type { ClustererState, StoryState } from './state.js';
import type { Centroid, TermVector } from './vector.js';
import { addInto, dotWith, strongest, vectorize } from './vector.js';
import { Vocabulary } from './vocabulary.js';

/** Where an article went: its story, whether the article started it, and its similarity to the story. */
export interface Assignment {
  story: string;
  isNew: boolean;
  score: number;
}

/** A story as callers see it: its articles in arrival order, outlets, first and last day (ISO). */
export interface StorySummary {
  id: string;
  title: string | null;
  articles: string[];
  outlets: string[];
  first: string | null;
  last: string | null;
}

/** An incremental clusterer: feed articles in arrival order, read the stories at any time. */
export interface Clusterer {
  /** Puts an article (or its sketch) into a story; adding an id again returns where it went. */
  add(article: ClusterInput | Sketch): Assignment;
  /**
   * Puts an article into the story `story` (started with it when the clusterer does not hold that
   * story), changing everything `add` would have changed had it chosen that story: replaying
   * another process's assignments in their order brings this clusterer to that process's state.
   */
  place(article: ClusterInput | Sketch, story: string, score: number): Assignment;
  /** Stories in the order they were started. */
  stories(): StorySummary[];
  /**
   * The state as plain JSON, for `createClusterer(options, state)` to resume from: the open stories
   * only, since a closed story takes no more articles (`stories()` of the resumed clusterer lists
   * only those).
   */
  state(): ClustererState;
}

/** A story while the clusterer runs. */
interface Live extends Omit<StoryState, 'centroid'> {
  centroid: Centroid;
  norm: number;
  stamp: number;
}

/** Length of a unit vector's three strongest terms: near 1 when a few words carry the article. */
const focus = (v: TermVector): number => Math.hypot(v.weights[0] ?? 0, v.weights[1] ?? 0, v.weights[2] ?? 0);

const isoDay = (day: number | null): string | null => (day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10));

/**
 * Creates a clusterer with `options` over DEFAULTS, or resumes one from a saved `state` (whose
 * options then apply). Single pass: an article joins the most similar open story in the time
 * window when the similarity reaches `threshold` and is not ambiguous (see `margin`), else it
 * starts a story. The same articles in the same order always give the same stories.
 * @example const c = createClusterer(); c.add({id: 'a', title: 'Quake hits Chile', text: '…', date: '2024-03-01'})
 */
export function createClusterer(options: Partial<ClusterOptions> = {}, state?: ClustererState): Clusterer {
  const o: ClusterOptions = state ? { ...DEFAULTS, ...state.options } : { ...DEFAULTS, ...options };
  const vocabulary = new Vocabulary(o.priorDocuments);
  const stories: Live[] = [];
  const byId = new Map<string, number>();
  let open: number[] = [];
  const where = new Map<string, [story: number, score: number]>();
  const index = new Postings();
  let newest = state?.newest ?? null;
  let arrivals = state?.arrivals ?? 0;

  const live = (s: number, stamp: number): boolean => stories[s].open && stories[s].stamp === stamp;
  const list = (s: number): void => {
    const st = stories[s];
    st.stamp++;
    index.add(s, st.stamp, strongest(st.centroid, o.indexTerms).map(([t, w]) => [t, w / st.norm]));
  };
  const inWindow = (st: Live, day: number | null): boolean => {
    if (st.first === null || st.last === null) return arrivals - st.arrival <= o.undatedArrivals;
    return day === null || (day >= st.first - o.windowDays && day <= st.last + o.windowDays);
  };

  /**
   * Closes the stories that fell behind the window (undated ones once `undatedArrivals` articles
   * came after their last), and rebuilds the index once stale entries pile up.
   */
  function close(): void {
    const horizon = newest === null ? -Infinity : newest - o.windowDays - o.latenessDays;
    open = open.filter((s) => {
      const st = stories[s];
      if (st.last === null ? arrivals - st.arrival <= o.undatedArrivals : st.last >= horizon) return true;
      st.open = false;
      st.centroid = new Map();
      return false;
    });
    if (index.entries > 4 * open.length * o.indexTerms + 100_000) {
      index.clear();
      for (const s of open) list(s);
    }
  }

  /** The most similar open story in the window, its score, and the runner-up's score. */
  function best(v: TermVector, day: number | null, weekdays: number): [story: number, score: number, second: number] {
    const n = Math.min(o.queryTerms, v.ids.length);
    const found = index.candidates(v.ids.slice(0, n), v.weights.slice(0, n), stories.length, o.postingScan, o.candidates, live);
    let top = -1;
    let score = 0;
    let second = 0;
    for (const s of found) {
      const st = stories[s];
      if (!inWindow(st, day)) continue;
      const named = day !== null && st.first !== null ? 0 : st.weekdays ?? 0;
      const days = !weekdays || !named ? 1 : weekdays & named ? o.sameWeekday : o.otherWeekday;
      const c = days * dotWith(v, st.centroid, st.norm ** (1 - o.linkage) * st.articles.length ** o.linkage);
      if (c > score) [top, score, second] = [s, c, score];
      else if (c > second) second = c;
    }
    return [top, score, second];
  }

  function join(s: number, a: Sketch, v: TermVector, score: number): void {
    const st = stories[s];
    st.articles.push(a.id);
    st.scores.push(score);
    if (a.outlet && !st.outlets.includes(a.outlet)) st.outlets.push(a.outlet);
    st.weekdays = (st.weekdays ?? 0) | (a.weekdays ?? 0);
    if (a.day !== null) {
      st.first = st.first === null ? a.day : Math.min(st.first, a.day);
      st.last = st.last === null ? a.day : Math.max(st.last, a.day);
    }
    st.norm = addInto(st.centroid, v, o.storyTerms);
    st.arrival = arrivals;
    where.set(a.id, [s, score]);
    list(s);
  }

  function restore(saved: StoryState): void {
    const centroid: Centroid = new Map(Object.entries(saved.centroid).map(([t, w]) => [vocabulary.id(t), w]));
    let norm = 0;
    for (const w of centroid.values()) norm += w * w;
    const s = stories.push({ ...saved, articles: [...saved.articles], scores: [...saved.scores], outlets: [...saved.outlets], centroid, norm: Math.sqrt(norm), stamp: 0 }) - 1;
    byId.set(saved.id, s);
    saved.articles.forEach((id, i) => where.set(id, [s, saved.scores[i]]));
    if (saved.open) open.push(s);
  }

  if (state) {
    if (state.version !== 1) throw new Error(`corroborate: clusterer state version ${String(state.version)} is not supported (expected 1)`);
    vocabulary.restore(state.documents, state.counts);
    state.stories.forEach(restore);
    // Listed in the order they last changed, as they were: the index is read most recent first.
    for (const s of [...open].sort((a, b) => stories[a].arrival - stories[b].arrival || a - b)) list(s);
  }

  /** Counts the article's terms and moves the clock, as every arrival does; its vector. */
  function arrive(a: Sketch): TermVector {
    const ids = a.terms.map((t) => vocabulary.id(t));
    vocabulary.count(ids);
    const v = vectorize(ids, a.weights, vocabulary, o.articleTerms);
    arrivals++;
    if (a.day !== null && (newest === null || a.day > newest)) {
      newest = a.day;
      close();
    } else if (arrivals % 1000 === 0) close();
    return v;
  }

  /** Starts a story with the article. */
  function start(a: Sketch, v: TermVector, id: string): Assignment {
    const story: Live = { id, title: a.title, articles: [], scores: [], outlets: [], first: null, last: null, weekdays: 0, arrival: arrivals, centroid: new Map(), norm: 0, stamp: 0, open: true };
    const fresh = stories.push(story) - 1;
    byId.set(id, fresh);
    open.push(fresh);
    join(fresh, a, v, 1);
    return { story: id, isNew: true, score: 1 };
  }

  /** Where an article already added went, or null. */
  function seen(a: Sketch): Assignment | null {
    const at = where.get(a.id);
    return at ? { story: stories[at[0]].id, isNew: stories[at[0]].articles[0] === a.id, score: at[1] } : null;
  }

  return {
    add(article) {
      const a = 'terms' in article ? article : sketch(article, o);
      const known = seen(a);
      if (known) return known;
      const v = arrive(a);
      const [s, score, second] = best(v, a.day, a.weekdays ?? 0);
      const threshold = o.focus ? (o.threshold * focus(v)) / o.focus : o.threshold;
      if (s >= 0 && score >= threshold && (score >= threshold + o.margin || score - second >= o.margin)) {
        join(s, a, v, score);
        return { story: stories[s].id, isNew: false, score };
      }
      return start(a, v, a.id);
    },
    place(article, story, score) {
      const a = 'terms' in article ? article : sketch(article, o);
      const known = seen(a);
      if (known) return known;
      const v = arrive(a);
      const s = byId.get(story);
      if (s === undefined || !stories[s].open) return start(a, v, story);
      join(s, a, v, score);
      return { story, isNew: false, score };
    },
    stories() {
      return stories.map((st) => ({ id: st.id, title: st.title, articles: [...st.articles], outlets: [...st.outlets], first: isoDay(st.first), last: isoDay(st.last) }));
    },
    state() {
      return {
        version: 1,
        options: { ...o },
        documents: vocabulary.documents,
        counts: vocabulary.counts(),
        newest,
        arrivals,
        stories: stories.filter((st) => st.open).map((st) => ({
          id: st.id, title: st.title, articles: [...st.articles], scores: [...st.scores], outlets: [...st.outlets],
          first: st.first, last: st.last, weekdays: st.weekdays, arrival: st.arrival, open: st.open,
          centroid: Object.fromEntries([...st.centroid].map(([t, w]) => [vocabulary.term(t), w])),
        })),
      };
    },
  };
}
