/**
 * The contract every `Store` passes: run by sqlite.test.ts and postgres.test.ts against their own
 * databases. `fresh()` gives the address of a new, empty database; tests open it (sometimes twice).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/index.js';
import type { Report } from '../../src/report/schema.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/index.js';

/** What a backend's test file hands the contract. */
export interface ContractOptions {
  /** Address of a new, empty database for `openStore`. */
  fresh: () => Promise<string>;
  /** Whether two connections may hold transactions that await in between (not SQLite's synchronous driver in one process). */
  concurrentConnections: boolean;
}

/** A made-up article; paragraphs are lines. */
export function article(id: string, fields: Partial<Article> = {}): Article {
  return {
    id, outlet: 'Daily Example', title: `Title of ${id}`, url: null, date: '2024-03-01', authors: [], language: 'en', source: `${id}.txt`,
    text: `A paragraph written only for article ${id}, long enough to count as a paragraph of its own.`, copyOf: null, messages: [], ...fields,
  };
}

/** Paragraphs of a wire story about a made-up flood, each over the length that counts. */
const WIRE = [
  'Floodwaters rose across the river valley overnight, forcing hundreds of families from their homes.',
  'Rescue teams used boats to reach villages cut off by the water, the regional emergency office said.',
  'The office said three bridges had been closed and that more rain was expected before the weekend.',
  'Farmers in the lowlands reported losing most of their spring crops to the muddy water this week.',
];

/** A comparison report with nothing in it but a title. */
export function report(title: string): Report {
  return { version: 1, title, articles: [], facts: [], conflicts: [], quotes: [], entities: [], framing: [], speakers: [], summary: [], additions: [], messages: [] };
}

const OUTLETS = [
  { name: 'Left Daily', domains: ['leftdaily.example'], lean: 'left' as const, country: 'US', owner: 'Left Media' },
  { name: 'Left Weekly', domains: ['leftweekly.example'], lean: 'left' as const, country: null, owner: null },
  { name: 'Left Times', domains: ['lefttimes.example'], lean: 'left' as const, country: null, owner: null },
  { name: 'Middle Post', domains: ['middlepost.example', 'mp.example'], lean: 'center' as const, country: null, owner: null },
  { name: 'Right Herald', domains: ['rightherald.example'], lean: 'right' as const, country: null, owner: null },
];

const url = (outlet: string, path: string): string => `https://www.${outlet}.example/${path}`;

/** Registers the contract tests for one backend. */
export function storeContract(name: string, options: ContractOptions): void {
  const open: Store[] = [];
  const openAt = async (address: string): Promise<Store> => {
    const s = await openStore(address);
    open.push(s);
    return s;
  };
  const fresh = async (): Promise<Store> => openAt(await options.fresh());
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  describe(`${name} store: articles`, () => {
    it('stores an article once by canonical URL, whatever the tracking parameters and id', async () => {
      const store = await fresh();
      const first = await store.putArticle(article('a1', { url: 'http://www.news.example/world/flood?utm_source=rss' }));
      const again = await store.putArticle(article('other-id', { url: 'https://news.example/world/flood/#comments', text: 'Updated text.' }));
      expect(first).toEqual({ id: 'a1', isNew: true, copyOf: null });
      expect(again).toEqual({ id: 'a1', isNew: false, copyOf: null });
      expect((await store.counts()).articles).toBe(1);
      expect((await store.getArticle('a1'))?.text).toContain('article a1');
    });

    it('stores an article once by content hash when the same outlet gives the same text again', async () => {
      const store = await fresh();
      const text = 'Line one of a story.\n\nLine two,   wrapped differently.';
      await store.putArticle(article('h1', { text }));
      const again = await store.putArticle(article('h2', { text: 'Line one of a story.\nLine two, wrapped\ndifferently.' }));
      expect(again).toEqual({ id: 'h1', isNew: false, copyOf: null });
      expect(await store.getArticle('h2')).toBeNull();
    });

    it('keeps two different articles that were given the same id', async () => {
      const store = await fresh();
      await store.putArticle(article('same', { text: 'First text about one thing entirely.' }));
      const second = await store.putArticle(article('same', { text: 'Second text about another thing.' }));
      expect(second.isNew).toBe(true);
      expect(second.id).not.toBe('same');
      expect((await store.getArticle(second.id))?.text).toBe('Second text about another thing.');
    });

    it("recognises another outlet's word-for-word copy as syndicated, and a copy of a copy points at the original", async () => {
      const store = await fresh();
      const text = WIRE.join('\n\n');
      await store.putArticle(article('wire', { outlet: 'Wire Service', text }));
      const copy = await store.putArticle(article('copy', { outlet: 'Town Paper', text }));
      const copy2 = await store.putArticle(article('copy2', { outlet: 'City Paper', text, url: url('citypaper', 'flood') }));
      expect(copy).toEqual({ id: 'copy', isNew: true, copyOf: 'wire' });
      expect(copy2.copyOf).toBe('wire');
      expect((await store.getArticle('copy'))?.copyOf).toBe('wire');
    });

    it('recognises a copy that added a paragraph of its own, but not an article quoting one paragraph', async () => {
      const store = await fresh();
      await store.putArticle(article('wire', { outlet: 'Wire Service', text: WIRE.join('\n\n') }));
      const local = 'Local officials in our county opened the school gym as a shelter for displaced residents.';
      const near = await store.putArticle(article('near', { outlet: 'Town Paper', text: [local, ...WIRE.slice(0, 3)].join('\n\n') }));
      const other = await store.putArticle(article('other', { outlet: 'City Paper', text: [WIRE[0], local.replace('county', 'city'), 'Our own reporting on the shelters and the schools continues in the next days.'].join('\n') }));
      expect(near.copyOf).toBe('wire');
      expect(other.copyOf).toBeNull();
    });

    it("does not take an outlet's own repeated boilerplate for syndication", async () => {
      const store = await fresh();
      const footer = ['Sign up for our morning newsletter to get the day\'s top stories in your inbox.', 'Copyright Daily Example Media Group. All rights reserved across every edition.'];
      for (const n of [1, 2, 3]) {
        const own = `Our reporter number ${n} covered a different local event at length in this paragraph.`;
        expect((await store.putArticle(article(`b${n}`, { text: [own, ...footer].join('\n') }))).copyOf).toBeNull();
      }
    });

    it('round-trips every field of an article and lists unassigned ones oldest first', async () => {
      const store = await fresh();
      const a = article('full', { authors: ['A. Writer', 'B. Writer'], url: url('leftdaily', 'x'), title: null, language: null, date: null,
        messages: [{ severity: 'info', code: 'ENCODING_GUESSED', reason: 'read as latin1', stage: 'ingest', file: 'full.html' }] });
      await store.putArticle(a);
      await store.putArticle(article('second'));
      const got = await store.getArticle('full');
      expect(got).toMatchObject({ ...a, story: null, outletName: null, lean: null });
      expect(got?.hash).toMatch(/^[0-9a-f]{32}$/);
      expect(await store.getArticles(['second', 'missing', 'full'])).toHaveLength(2);
      expect(await store.unassigned()).toEqual(['full', 'second']);
    });
  });

  describe(`${name} store: batches and the order of assignments`, () => {
    it('numbers batches in order and hands out the first one not yet in stories', async () => {
      const store = await fresh();
      expect(await store.nextBatch()).toBeNull();
      expect(await store.queueBatches(2)).toEqual([1, 2]);
      expect(await store.queueBatches(1)).toEqual([3]);
      await store.putArticle(article('b2-a'), 2);
      await store.putArticle(article('b2-b', { text: 'Another text of the second batch, long enough to be its own.' }), 2);
      await store.setBatch(2, 'stored', 2);
      expect(await store.nextBatch()).toEqual({ n: 1, state: 'queued', articles: 0 });
      await store.setBatch(1, 'failed');
      expect(await store.nextBatch()).toEqual({ n: 2, state: 'stored', articles: 2 });
      expect(await store.batchArticles(2)).toEqual(['b2-a', 'b2-b']);
      await store.assign([{ article: 'b2-a', story: 's', score: 1 }]);
      expect(await store.batchArticles(2)).toEqual(['b2-b']);
      await store.setBatch(2, 'clustered');
      expect(await store.nextBatch()).toEqual({ n: 3, state: 'queued', articles: 0 });
      await store.setBatch(7, 'stored', 0);
      await store.setBatch(3, 'clustered');
      expect((await store.nextBatch())?.n).toBe(7);
    });

    it('records assignments in the order made, and a move as a new one', async () => {
      const store = await fresh();
      for (const id of ['a', 'b', 'c']) await store.putArticle(article(id, { text: `Text of article ${id}, which is long enough to be stored on its own.` }));
      const first = await store.assign([{ article: 'a', story: 's1', score: 1 }, { article: 'b', story: 's1', score: 0.5 }]);
      const second = await store.assign([{ article: 'c', story: 's2', score: 1 }]);
      expect(second).toBeGreaterThan(first);
      expect((await store.assignmentsSince(0)).map((r) => [r.article, r.story])).toEqual([['a', 's1'], ['b', 's1'], ['c', 's2']]);
      expect((await store.assignmentsSince(first)).map((r) => r.article)).toEqual(['c']);
      const moved = await store.assign([{ article: 'a', story: 's2', score: 0.7 }]);
      expect(await store.assignmentsSince(second)).toEqual([{ seq: moved, article: 'a', story: 's2', score: 0.7 }]);
      expect(await store.assignmentsSince(0, 1)).toHaveLength(1);
    });
  });

  describe(`${name} store: stories`, () => {
    /** Three stories: a flood (left, left, left + a copy), a vote (all sides), an old fire. */
    async function seed(store: Store): Promise<void> {
      await store.importOutlets(OUTLETS);
      const put = async (id: string, outlet: string, date: string, title: string, text: string): Promise<void> => {
        await store.putArticle(article(id, { outlet, date, title, text, url: url(outlet.toLowerCase().replace(/ /g, ''), id) }));
      };
      await put('f1', 'Left Daily', '2024-03-10', 'River floods valley', WIRE.join('\n'));
      await put('f2', 'Left Weekly', '2024-03-11', 'Families flee rising river', `Families fled the valley as the river rose.\n${WIRE[1]}`);
      await put('f3', 'Left Times', '2024-03-11', 'Boats reach cut-off villages', `Boats reached villages cut off by the flood.\n${WIRE[2]}`);
      await put('f4', 'Middle Post', '2024-03-12', 'River floods valley', WIRE.join('\n'));
      await put('v1', 'Left Daily', '2024-03-05', 'Council approves budget', 'The city council approved the budget in a late vote on Tuesday.');
      await put('v2', 'Middle Post', '2024-03-05', 'Budget passes council', 'Councillors passed the annual budget by nine votes to four.');
      await put('v3', 'Right Herald', '2024-03-06', 'Budget vote splits council', 'The budget vote split the council along party lines.');
      await put('o1', 'Unknown Gazette', '2024-01-02', 'Warehouse fire', 'A warehouse fire burned through the night near the old harbour.');
      await store.assign([
        { article: 'f1', story: 'flood', score: 1 }, { article: 'f2', story: 'flood', score: 0.5 }, { article: 'f3', story: 'flood', score: 0.4 },
        { article: 'f4', story: 'flood', score: 0.9 }, { article: 'v1', story: 'vote', score: 1 }, { article: 'v2', story: 'vote', score: 0.6 },
        { article: 'v3', story: 'vote', score: 0.5, title: 'Council budget vote' }, { article: 'o1', story: 'fire', score: 1 },
      ]);
    }

    it('sums up a story: dates, outlets, independent sources by lean, one-sided flag, timeline', async () => {
      const store = await fresh();
      await seed(store);
      const flood = await store.getStory('flood');
      expect(flood).toMatchObject({
        id: 'flood', title: 'River floods valley', firstSeen: '2024-03-10', lastSeen: '2024-03-12', articles: ['f1', 'f2', 'f3', 'f4'],
        outlets: ['Left Daily', 'Left Weekly', 'Left Times', 'Middle Post'], sources: 3, coverage: { left: 3, center: 0, right: 0, unknown: 0 }, oneSided: 'left',
      });
      expect(flood?.timeline.map((t) => [t.article, t.copyOf, t.lean])).toEqual([['f1', null, 'left'], ['f2', null, 'left'], ['f3', null, 'left'], ['f4', 'f1', 'center']]);
      const vote = await store.getStory('vote');
      expect(vote).toMatchObject({ title: 'Council budget vote', sources: 3, coverage: { left: 1, center: 1, right: 1, unknown: 0 }, oneSided: null });
      expect((await store.getStory('fire'))?.coverage).toEqual({ left: 0, center: 0, right: 0, unknown: 1 });
      expect(await store.getStory('nope')).toBeNull();
      expect(await store.unassigned()).toEqual([]);
      expect((await store.getArticle('f2'))?.story).toBe('flood');
    });

    it('lists stories newest first, filtered by since, outlet, lean, words, one-sidedness and sources', async () => {
      const store = await fresh();
      await seed(store);
      const ids = async (filter: Parameters<Store['listStories']>[0]): Promise<string[]> => (await store.listStories(filter)).map((s) => s.id);
      expect(await ids({})).toEqual(['flood', 'vote', 'fire']);
      expect(await ids({ since: '2024-03-01' })).toEqual(['flood', 'vote']);
      expect(await ids({ since: '2024-03-11T00:00:00Z' })).toEqual(['flood']);
      expect(await ids({ outlet: 'Right Herald' })).toEqual(['vote']);
      expect(await ids({ outlet: 'middlepost.example' })).toEqual(['flood', 'vote']);
      expect(await ids({ outlet: 'unknown gazette' })).toEqual(['fire']);
      expect(await ids({ lean: 'right' })).toEqual(['vote']);
      expect(await ids({ query: 'budget council' })).toEqual(['vote']);
      expect(await ids({ query: 'villages flooded' })).toEqual(['flood']);
      expect(await ids({ query: 'volcano' })).toEqual([]);
      expect(await ids({ oneSided: true })).toEqual(['flood']);
      expect(await ids({ minSources: 3 })).toEqual(['flood', 'vote']);
      expect(await ids({ minSources: 4 })).toEqual([]);
      expect(await ids({ limit: 1, offset: 1 })).toEqual(['vote']);
    });

    it('moves an article between stories, changing both versions, and drops a story left empty', async () => {
      const store = await fresh();
      await seed(store);
      const before = (await store.getStory('vote'))!.version;
      await store.assign([{ article: 'o1', story: 'vote', score: 0.3 }]);
      expect(await store.getStory('fire')).toBeNull();
      const vote = (await store.getStory('vote'))!;
      expect(vote.version).toBeGreaterThan(before);
      expect(vote.articles).toContain('o1');
      await store.assign([{ article: 'o1', story: 'vote', score: 0.3 }]);
      expect((await store.getStory('vote'))!.version).toBe(vote.version);
    });

    it('refuses to put an unknown article into a story', async () => {
      const store = await fresh();
      await expect(store.assign([{ article: 'ghost', story: 's', score: 1 }])).rejects.toThrow(/ghost.*not stored/);
      expect((await store.counts()).stories).toBe(0);
    });

    it('caches a comparison for one story version and drops it when the story changes', async () => {
      const store = await fresh();
      await seed(store);
      const v = (await store.getStory('vote'))!.version;
      expect(await store.getComparison('vote')).toBeNull();
      expect(await store.putComparison('vote', v, report('Vote report'))).toBe(true);
      expect((await store.getComparison('vote'))?.title).toBe('Vote report');
      await store.putArticle(article('v4', { outlet: 'Left Weekly', title: 'Budget approved', text: 'The budget was approved after a long debate.' }));
      await store.assign([{ article: 'v4', story: 'vote', score: 0.4 }]);
      expect(await store.getComparison('vote')).toBeNull();
      expect(await store.putComparison('vote', v, report('Stale report'))).toBe(false);
      expect(await store.getComparison('vote')).toBeNull();
      expect(await store.putComparison('vote', v + 1, report('Fresh report'))).toBe(true);
      expect((await store.getComparison('vote'))?.title).toBe('Fresh report');
      expect((await store.getStory('vote'))?.title).toBe('Council budget vote');
    });

    it('keeps a cached comparison for the engine that computed it only', async () => {
      const store = await fresh();
      await seed(store);
      const v = (await store.getStory('vote'))!.version;
      expect(await store.putComparison('vote', v, report('Old engine'), 'corroborate 0.1.0')).toBe(true);
      expect((await store.getComparison('vote', 'corroborate 0.1.0'))?.title).toBe('Old engine');
      expect(await store.getComparison('vote', 'corroborate 0.2.0')).toBeNull();
      expect(await store.putComparison('vote', v, report('New engine'), 'corroborate 0.2.0')).toBe(true);
      expect((await store.getComparison('vote', 'corroborate 0.2.0'))?.title).toBe('New engine');
    });

    it("gives a story of untitled articles its report's title, findable, without a new version", async () => {
      const store = await fresh();
      await store.putArticle(article('u1', { title: null, text: 'Crews fought a forest fire near the northern ridge through the night.' }));
      await store.assign([{ article: 'u1', story: 'fire', score: 1, title: 'Crews fought a forest fire near the…' }]);
      const v = (await store.getStory('fire'))!.version;
      expect(await store.putComparison('fire', v, report('Wildfire on the northern ridge'))).toBe(true);
      expect(await store.getStory('fire')).toMatchObject({ title: 'Wildfire on the northern ridge', version: v });
      expect((await store.getComparison('fire'))?.title).toBe('Wildfire on the northern ridge');
      expect((await store.listStories({ query: 'wildfire' })).map((s) => s.id)).toEqual(['fire']);
    });

    it('finds the right article and story by full-text search, best match first', async () => {
      const store = await fresh();
      await seed(store);
      const hits = await store.search('boats villages');
      expect(hits.articles[0].id).toBe('f3');
      expect(hits.articles[0].story).toBe('flood');
      expect(hits.articles[0].snippet).toMatch(/\[(boats|villages)\]/i);
      expect(hits.stories.map((s) => s.id)).toEqual(['flood']);
      const budget = await store.search('budget vote');
      expect(budget.articles[0].id).toBe('v3');
      expect(budget.stories[0]).toMatchObject({ id: 'vote', sources: 3 });
      const either = await store.search('warehouse volcano');
      expect(either.articles.map((a) => a.id)).toEqual(['o1']);
      expect((await store.search('  ')).articles).toEqual([]);
    });
  });

  describe(`${name} store: outlets, state, transactions, migrations`, () => {
    it('imports outlets, finds them by domain or URL, and gives articles stored earlier their lean', async () => {
      const store = await fresh();
      await store.putArticle(article('early', { outlet: 'rightherald.example', url: 'https://news.rightherald.example/politics/1' }));
      await store.putArticle(article('named', { outlet: 'left daily' }));
      await store.assign([{ article: 'early', story: 's1', score: 1 }, { article: 'named', story: 's1', score: 0.5 }]);
      expect((await store.getStory('s1'))?.coverage.unknown).toBe(2);
      expect(await store.importOutlets(OUTLETS)).toEqual({ added: 5, updated: 0 });
      expect((await store.outletByDomain('https://www.mp.example/a/b'))?.name).toBe('Middle Post');
      expect((await store.outletByDomain('edition.leftdaily.example'))?.lean).toBe('left');
      expect(await store.outletByDomain('nowhere.example')).toBeNull();
      expect((await store.getArticle('early'))).toMatchObject({ outletName: 'Right Herald', lean: 'right' });
      expect((await store.getArticle('named'))).toMatchObject({ outletName: 'Left Daily', lean: 'left' });
      const version = (await store.getStory('s1'))!.version;
      expect((await store.getStory('s1'))?.coverage).toEqual({ left: 1, center: 0, right: 1, unknown: 0 });
      expect(await store.importOutlets([{ ...OUTLETS[4], lean: 'center', domains: ['rightherald.example', 'rh.example'] }])).toEqual({ added: 0, updated: 1 });
      expect((await store.getStory('s1'))).toMatchObject({ coverage: { left: 1, center: 1, right: 0, unknown: 0 }, version });
      const listed = await store.listOutlets();
      expect(listed).toHaveLength(5);
      expect(listed.find((o) => o.name === 'Right Herald')).toEqual({ name: 'Right Herald', domains: ['rh.example', 'rightherald.example'], lean: 'center', country: null, owner: null });
      expect(listed.find((o) => o.name === 'Left Daily')).toMatchObject({ country: 'US', owner: 'Left Media' });
    });

    it("keeps the clusterer's state as JSON and gives it back unchanged", async () => {
      const store = await fresh();
      expect(await store.getState('clusterer')).toBeNull();
      expect(await store.stateStamp('clusterer')).toBe(0);
      const state = { version: 1, documents: 3, counts: { flood: 2, 'río': 1 }, stories: [{ id: 's', articles: ['a', 'b'], open: true, first: null }] };
      const first = await store.putState('clusterer', state);
      expect(await store.getState('clusterer')).toEqual(state);
      expect(await store.stateStamp('clusterer')).toBe(first);
      const second = await store.putState('clusterer', { ...state, documents: 4 });
      expect(second).toBeGreaterThan(first);
      expect(await store.stateStamp('clusterer')).toBe(second);
      expect(await store.getState<typeof state>('clusterer')).toMatchObject({ documents: 4 });
      expect(await store.stateStamp('other')).toBe(0);
    });

    it('commits a transaction whole or not at all', async () => {
      const store = await fresh();
      await expect(store.transaction(async (tx) => {
        await tx.putArticle(article('lost'));
        await tx.putState('clusterer', { n: 1 });
        throw new Error('worker died');
      })).rejects.toThrow('worker died');
      expect(await store.getArticle('lost')).toBeNull();
      expect(await store.getState('clusterer')).toBeNull();
      await store.transaction(async (tx) => {
        await tx.putArticle(article('kept'));
        await tx.assign([{ article: 'kept', story: 'k', score: 1 }]);
      });
      expect((await store.getStory('k'))?.articles).toEqual(['kept']);
    });

    it('runs transactions started together on one store one after the other', async () => {
      const store = await fresh();
      await Promise.all(Array.from({ length: 8 }, (_, i) => store.transaction(async (tx) => {
        const seen = (await tx.getState<string[]>('clusterer')) ?? [];
        await new Promise((r) => setTimeout(r, 2));
        await tx.putState('clusterer', [...seen, `t${i}`]);
      })));
      expect(((await store.getState<string[]>('clusterer')) ?? []).sort()).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7']);
    });

    it.skipIf(!options.concurrentConnections)('lets two connections assign stories at once without losing or doubling any', async () => {
      const address = await options.fresh();
      const [a, b] = [await openAt(address), await openAt(address)];
      const ids = Array.from({ length: 24 }, (_, i) => `c${i}`);
      for (const id of ids) await a.putArticle(article(id, { text: `Text of ${id}, written to be unlike any other text here.` }));
      const worker = (store: Store, mine: string[]): Promise<void[]> => Promise.all(mine.map((id) => store.transaction(async (tx) => {
        const state = (await tx.getState<{ order: string[] }>('clusterer')) ?? { order: [] };
        await new Promise((r) => setTimeout(r, 1));
        state.order.push(id);
        await tx.assign([{ article: id, story: `s${state.order.length % 5}`, score: 1 }]);
        await tx.putState('clusterer', state);
      })));
      await Promise.all([worker(a, ids.filter((_, i) => i % 2 === 0)), worker(b, ids.filter((_, i) => i % 2 === 1))]);
      const order = (await a.getState<{ order: string[] }>('clusterer'))!.order;
      expect([...order].sort()).toEqual([...ids].sort());
      const stories = await b.listStories({ limit: 100 });
      const members = stories.flatMap((s) => s.articles);
      expect(members.sort()).toEqual([...ids].sort());
      order.forEach((id, i) => expect(stories.find((s) => s.articles.includes(id))?.id).toBe(`s${(i + 1) % 5}`));
    });

    it('applies migrations once: opening a database again keeps its data and its version', async () => {
      const address = await options.fresh();
      const first = await openAt(address);
      const version = await first.schemaVersion();
      expect(version).toBeGreaterThanOrEqual(1);
      await first.putArticle(article('stays'));
      const second = await openAt(address);
      expect(await second.schemaVersion()).toBe(version);
      expect((await second.getArticle('stays'))?.id).toBe('stays');
      expect((await second.counts()).articles).toBe(1);
    });
  });
}
