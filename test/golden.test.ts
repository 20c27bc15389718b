/**
 * Golden stories: whole behaviours of `compare()` on articles written for these tests, and on the
 * bundled seed story. Each folder of test/fixtures/stories/ holds the inputs, a `case.json` that lists
 * them with what a careful reader must find in the report (`expect`), and `expected.json`: the whole
 * report without article texts and sentences. `UPDATE=1 npx vitest run test/golden.test.ts` rewrites
 * the expected.json files; review their diff like code.
 *
 * Patterns in `expect` are case-insensitive regular expressions. A group of patterns matches a fact
 * when each pattern matches its text or the text of one of its mentions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../src/model/index.js';
import { ReportSchema, type Report } from '../src/report/schema.js';
import { compare } from '../src/compare.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STORIES = join(ROOT, 'test', 'fixtures', 'stories');
const UPDATE = process.env.UPDATE === '1';

type Patterns = string | string[];
type Fact = Report['facts'][number];
type Conflict = Report['conflicts'][number];

/** What a reader checks in the report; every key is optional. */
interface Expectations {
  articleCount?: number;
  title?: string;
  /** Each group: one consensus fact matching all its patterns. */
  consensus?: string[][];
  partial?: { articles: string[]; match: Patterns }[];
  single?: { article: string; match: Patterns }[];
  /** Articles whose additions (facts no other outlet reports) are not empty, or are empty. */
  additions?: string[];
  noAdditions?: string[];
  /** `kind` may list several acceptable kinds; `articles` must each give a side. */
  conflicts?: { kind: string | string[]; match: Patterns; articles?: string[] }[];
  /** No conflict mentions the pattern (in its description, side values and, unless `on: "values"`, side texts). */
  noConflict?: (string | { match: string; on: 'values' })[];
  /** No conflict whose sides all come from these articles (verbatim copies cannot contradict each other). */
  noConflictBetween?: string[][];
  conflictCount?: number;
  /** The article quotes a speaker (or lets an institution speak) whose canonical name matches. */
  speakers?: { article: string; match: string }[];
  /** Exactly `count` quotes of the article have text matching (a post printed twice is one quote). */
  quoteCount?: { article: string; match: string; count: number }[];
  offStorySegments?: { article: string; heading: string }[];
  inStorySegments?: { article: string; heading: string }[];
  framing?: { article: string; kind: string; voice: string; match: string }[];
  noFraming?: { article: string; kind?: string; voice?: string }[];
  messages?: string[];
  onlyStatuses?: string[];
  /** Found nowhere in facts, quotes, summary, conflicts or framing (boilerplate, off-story sections). */
  absent?: string[];
  summary?: { minSentences?: number; cites?: boolean };
}

interface CaseInput { file: string; outlet?: string; date?: string; title?: string }
interface Case {
  description?: string;
  inputs: CaseInput[];
  expect: Expectations;
  /** Check name → why the engine cannot meet it yet. Such checks must fail; see the loop below. */
  knownGaps?: Record<string, string>;
}

/** A named check: returns null when the report passes, else what a reader would find wrong. */
interface Check { name: string; run: (r: Report) => string | null }

const rx = (p: string): RegExp => new RegExp(p, 'i');
const list = (p: Patterns): string[] => (Array.isArray(p) ? p : [p]);
const show = (p: Patterns): string => list(p).map((x) => `/${x}/`).join(' + ');
const clip = (s: string, n = 110): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');
const matchesAll = (texts: string[], p: Patterns): boolean => list(p).every((x) => texts.some((t) => rx(x).test(t)));
const factTexts = (f: Fact): string[] => [f.text, ...f.mentions.map((m) => m.text)];
const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
const lines = (items: string[], empty: string): string =>
  items.length ? items.map((s) => `  - ${s}`).join('\n') : `  ${empty}`;

/** A check that passes when `pass` holds and otherwise explains what the report holds instead. */
const check = (name: string, pass: (r: Report) => boolean, explain: (r: Report) => string): Check => ({
  name,
  run: (r) => (pass(r) ? null : explain(r)),
});

/** A check that passes when `find` returns nothing, and lists what it found otherwise. */
const none = (name: string, what: string, find: (r: Report) => string[]): Check => ({
  name,
  run: (r) => {
    const bad = find(r);
    return bad.length ? `${what}:\n${lines(bad.slice(0, 8), '')}` : null;
  },
});

/** Facts mentioning the first pattern, to show the near misses when a fact expectation fails. */
function near(r: Report, p: Patterns): string {
  const first = rx(list(p)[0]);
  const hits = r.facts.filter((f) => factTexts(f).some((t) => first.test(t)));
  const shown = hits.slice(0, 8).map((f) => `[${f.status}: ${f.articles.join(', ')}] ${clip(f.text)}`);
  return `facts that mention /${list(p)[0]}/:\n${lines(shown, '(none)')}`;
}

/** True when some fact has this status, exactly these articles (if given) and matches the patterns. */
function hasFact(r: Report, status: string, p: Patterns, articles?: string[]): boolean {
  return r.facts.some(
    (f) => f.status === status && (!articles || sameSet(f.articles, articles)) && matchesAll(factTexts(f), p),
  );
}

function factChecks(e: Expectations): Check[] {
  const additions = (r: Report, id: string): string[] => r.additions.find((a) => a.article === id)?.facts ?? [];
  const statuses = e.onlyStatuses ?? [];
  const sourced = [
    ...(e.partial ?? []).map((p) => ({ status: 'partial', articles: p.articles, match: p.match })),
    ...(e.single ?? []).map((x) => ({ status: 'single', articles: [x.article], match: x.match })),
  ];
  return [
    ...(e.consensus ?? []).map((g) =>
      check(`consensus fact ${show(g)}`, (r) => hasFact(r, 'consensus', g), (r) => near(r, g)),
    ),
    ...sourced.map((s) =>
      check(
        `${s.status === 'single' ? 'single-source' : 'partial'} fact of ${s.articles.join(' + ')}: ${show(s.match)}`,
        (r) => hasFact(r, s.status, s.match, s.articles),
        (r) => near(r, s.match),
      ),
    ),
    ...(e.additions ?? []).map((id) =>
      check(`${id} adds facts the others lack`, (r) => additions(r, id).length > 0, () => `no additions for ${id}`),
    ),
    ...(e.noAdditions ?? []).map((id) =>
      none(`${id} adds nothing the others lack`, `additions of ${id}`, (r) => additions(r, id)),
    ),
    ...(statuses.length
      ? [
          check(`the report has facts`, (r) => r.facts.length > 0, () => 'no facts'),
          none(`every fact is ${statuses.join(' or ')}`, 'facts with another status', (r) =>
            r.facts.filter((f) => !statuses.includes(f.status)).map((f) => `[${f.status}] ${clip(f.text)}`),
          ),
        ]
      : []),
  ];
}

const conflictTexts = (c: Conflict, valuesOnly = false): string[] => [
  c.description,
  ...c.sides.map((s) => s.value),
  ...(valuesOnly ? [] : c.sides.map((s) => s.text)),
];
const showConflict = (c: Conflict): string =>
  `${c.kind}: ${clip(c.description, 80)} | ${c.sides.map((s) => `${s.article}="${clip(s.value, 30)}"`).join(' vs ')}`;
const allConflicts = (r: Report): string => `conflicts found:\n${lines(r.conflicts.map(showConflict), '(none)')}`;

function conflictChecks(e: Expectations): Check[] {
  const checks = (e.conflicts ?? []).map((c) => {
    const kinds = list(c.kind);
    const sides = c.articles ?? [];
    return check(
      `${kinds.join('/')} conflict ${show(c.match)}${sides.length ? `, with sides from ${sides.join(' and ')}` : ''}`,
      (r) =>
        r.conflicts.some(
          (x) =>
            kinds.includes(x.kind) &&
            matchesAll(conflictTexts(x), c.match) &&
            sides.every((a) => x.sides.some((s) => s.article === a)),
        ),
      allConflicts,
    );
  });
  for (const n of e.noConflict ?? []) {
    const { match, on } = typeof n === 'string' ? { match: n, on: undefined } : n;
    checks.push(
      none(`no conflict about /${match}/${on ? ' in its values' : ''}`, 'compatible reports flagged as conflicts', (r) =>
        r.conflicts.filter((x) => conflictTexts(x, on === 'values').some((t) => rx(match).test(t))).map(showConflict),
      ),
    );
  }
  for (const ids of e.noConflictBetween ?? []) {
    checks.push(
      none(`no conflict between ${ids.join(' and ')}`, 'conflicts between copies of one text', (r) =>
        r.conflicts.filter((x) => x.sides.length > 0 && x.sides.every((s) => ids.includes(s.article))).map(showConflict),
      ),
    );
  }
  if (e.conflictCount !== undefined) {
    const n = e.conflictCount;
    checks.push(check(`${n} conflict(s)`, (r) => r.conflicts.length === n, allConflicts));
  }
  return checks;
}

function voiceChecks(e: Expectations): Check[] {
  const speakersOf = (r: Report, a: string): string => {
    const quoted = r.quotes.filter((q) => q.article === a).map((q) => q.speaker ?? '(no speaker)');
    const counted = r.speakers.filter((s) => s.article === a).map((s) => s.speaker);
    return `speakers of ${a}: ${[...new Set([...quoted, ...counted])].join('; ') || '(none)'}`;
  };
  const framingOf = (r: Report, a: string): string => {
    const spans = r.framing.filter((f) => f.article === a).map((f) => `${f.kind}/${f.voice}: "${clip(f.text, 60)}"`);
    return `framing spans of ${a}:\n${lines(spans, '(none)')}`;
  };
  return [
    ...(e.speakers ?? []).map((s) =>
      check(
        `${s.article} quotes /${s.match}/`,
        (r) =>
          r.quotes.some((q) => q.article === s.article && q.speaker !== null && rx(s.match).test(q.speaker)) ||
          r.speakers.some((x) => x.article === s.article && rx(s.match).test(x.speaker)),
        (r) => speakersOf(r, s.article),
      ),
    ),
    ...(e.quoteCount ?? []).map((q) => {
      const hits = (r: Report) => r.quotes.filter((x) => x.article === q.article && rx(q.match).test(x.text));
      return check(
        `${q.article} has exactly ${q.count} quote(s) of /${q.match}/`,
        (r) => hits(r).length === q.count,
        (r) => `${hits(r).length} match:\n${lines(hits(r).map((x) => `${x.speaker} [${x.kind}] ${clip(x.text)}`), '')}`,
      );
    }),
    ...(e.framing ?? []).map((f) =>
      check(
        `${f.article}: ${f.kind} wording in ${f.voice} voice /${f.match}/`,
        (r) =>
          r.framing.some(
            (x) => x.article === f.article && x.kind === f.kind && x.voice === f.voice && rx(f.match).test(x.text),
          ),
        (r) => framingOf(r, f.article),
      ),
    ),
    ...(e.noFraming ?? []).map((f) =>
      none(`${f.article}: no ${f.kind ?? 'framing'} wording${f.voice ? ` in ${f.voice} voice` : ''}`, 'flagged', (r) =>
        r.framing
          .filter((x) => x.article === f.article && (!f.kind || x.kind === f.kind) && (!f.voice || x.voice === f.voice))
          .map((x) => `${x.kind}/${x.voice}: "${clip(x.text, 60)}" (${x.note})`),
      ),
    ),
  ];
}

/** Every text of the report a reader would take as part of the story, with where it sits. */
function storyTexts(r: Report): [string, string][] {
  return [
    ...r.facts.flatMap((f) => factTexts(f).map((t): [string, string] => [`fact ${f.id}`, t])),
    ...r.quotes.map((q): [string, string] => [`quote in ${q.article}`, q.text]),
    ...r.summary.map((s): [string, string] => ['summary', s.text]),
    ...r.conflicts.flatMap((c) => c.sides.map((s): [string, string] => [`conflict side in ${s.article}`, s.text])),
    ...r.framing.map((f): [string, string] => [`framing in ${f.article}`, f.text]),
  ];
}

function pageChecks(e: Expectations): Check[] {
  const segments = (r: Report, a: string) => r.articles.find((x) => x.id === a)?.segments ?? [];
  const segmentsOf = (r: Report, a: string): string => {
    const shown = segments(r, a).map((s) => `${s.inStory ? 'in ' : 'OFF'} ${s.score} ${s.heading ?? '(no heading)'}`);
    return `segments of ${a}:\n${lines(shown, '(none)')}`;
  };
  const sections = [
    ...(e.offStorySegments ?? []).map((s) => ({ ...s, inStory: false })),
    ...(e.inStorySegments ?? []).map((s) => ({ ...s, inStory: true })),
  ];
  return [
    ...sections.map((s) =>
      check(
        `${s.article}: section /${s.heading}/ is ${s.inStory ? 'in' : 'off'} the story`,
        (r) => {
          const found = segments(r, s.article).filter((x) => x.heading !== null && rx(s.heading).test(x.heading));
          return found.length > 0 && found.every((x) => x.inStory === s.inStory);
        },
        (r) => segmentsOf(r, s.article),
      ),
    ),
    ...(e.absent ?? []).map((p) =>
      none(`nothing from /${p}/ in facts, quotes, summary, conflicts or framing`, 'found', (r) =>
        storyTexts(r)
          .filter(([, t]) => rx(p).test(t))
          .map(([where, t]) => `${where}: ${clip(t)}`),
      ),
    ),
  ];
}

function reportChecks(e: Expectations): Check[] {
  const checks: Check[] = [];
  const { articleCount: n, title, summary } = e;
  if (n !== undefined) {
    const ids = (r: Report): string => `articles: ${r.articles.map((a) => a.id).join(', ')}`;
    checks.push(check(`${n} article(s) compared`, (r) => r.articles.length === n, ids));
  }
  if (title) checks.push(check(`story title matches /${title}/`, (r) => rx(title).test(r.title), (r) => `title: "${r.title}"`));
  for (const code of e.messages ?? []) {
    const codes = (r: Report): string => `messages: ${r.messages.map((m) => m.code).join(', ') || '(none)'}`;
    checks.push(check(`message ${code}`, (r) => r.messages.some((m) => m.code === code), codes));
  }
  const min = summary?.minSentences ?? 0;
  if (min > 0) checks.push(check(`summary of at least ${min} sentence(s)`, (r) => r.summary.length >= min, () => 'too short'));
  if (summary?.cites) {
    checks.push(
      none('every summary sentence cites articles of the story', 'sentences without valid citations', (r) =>
        r.summary
          .filter((s) => s.articles.length === 0 || s.articles.some((a) => !r.articles.some((x) => x.id === a)))
          .map((s) => `[${s.articles.join(', ')}] ${clip(s.text)}`),
      ),
    );
  }
  return checks;
}

/** Every case also gets these: the report follows its schema and every span points at its own words. */
const CONTRACT: Check[] = [
  none('report follows the JSON schema', 'schema issues', (r) => {
    const res = ReportSchema.safeParse(r);
    return res.success ? [] : res.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }),
  none('every span points at its words in the article text', 'spans whose text is not the text at their offsets', (r) => {
    const text = new Map(r.articles.map((a) => [a.id, a.text]));
    const spans = [
      ...r.facts.flatMap((f) => f.mentions.map((m) => ['fact mention', m] as const)),
      ...r.quotes.map((q) => ['quote', q] as const),
      ...r.framing.map((f) => ['framing', f] as const),
      ...r.conflicts.flatMap((c) => c.sides.map((s) => ['conflict side', s] as const)),
      ...r.entities.flatMap((e) => e.mentions.map((m) => ['entity mention', m] as const)),
    ];
    return spans
      .filter(([, s]) => text.get(s.article)?.slice(s.start, s.end) !== s.text)
      .map(([what, s]) => {
        const there = text.get(s.article)?.slice(s.start, s.end) ?? '(no such article)';
        return `${what} in ${s.article} [${s.start}, ${s.end}): "${clip(s.text, 50)}", text there: "${clip(there, 50)}"`;
      });
  }),
];

/** Reads a case's inputs: text files take id, outlet, date and title from case.json; JSON Lines are parsed here. */
function readInputs(dir: string, story: Case): ArticleInput[] {
  return story.inputs.flatMap((input): ArticleInput[] => {
    const path = resolve(dir, input.file);
    if (relative(ROOT, path).startsWith('..')) throw new Error(`${input.file}: inputs must be inside the repository`);
    const name = basename(path);
    const raw = readFileSync(path, 'utf8');
    if (extname(path) !== '.jsonl') {
      const { outlet, date, title } = input;
      return [{ id: basename(path, extname(path)), outlet, date, title, text: raw, source: name }];
    }
    return raw
      .split('\n')
      .flatMap((line, i) => (line.trim() ? [{ ...(JSON.parse(line) as ArticleInput), source: `${name}:${i + 1}` }] : []));
  });
}

/** The report as kept in expected.json: article texts and sentences left out to keep diffs readable. */
function project(r: Report): unknown {
  const articles = r.articles.map(({ text: _text, sentences: _sentences, ...rest }) => rest);
  return JSON.parse(JSON.stringify({ ...r, articles }));
}

/** A misspelt key in case.json would make a check silently vanish: refuse it. */
const KNOWN = new Set<string>([
  'articleCount', 'title', 'consensus', 'partial', 'single', 'additions', 'noAdditions', 'conflicts', 'noConflict',
  'noConflictBetween', 'conflictCount', 'speakers', 'quoteCount', 'offStorySegments', 'inStorySegments', 'framing',
  'noFraming', 'messages', 'onlyStatuses', 'absent', 'summary',
] satisfies (keyof Expectations)[]);

function checksFor(e: Expectations): Check[] {
  const unknown = Object.keys(e).filter((k) => !KNOWN.has(k));
  if (unknown.length) throw new Error(`unknown expectation(s) in case.json: ${unknown.join(', ')}`);
  return [...CONTRACT, ...reportChecks(e), ...factChecks(e), ...conflictChecks(e), ...voiceChecks(e), ...pageChecks(e)];
}

const cases = readdirSync(STORIES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(STORIES, d.name, 'case.json')))
  .map((d) => d.name)
  .sort();

describe.each(cases)('golden story %s', (name) => {
  const dir = join(STORIES, name);
  const story = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
  let report: Report;
  beforeAll(() => {
    report = compare(readInputs(dir, story));
  }, 120_000);

  const gaps = story.knownGaps ?? {};
  const unused = Object.keys(gaps).filter((g) => !checksFor(story.expect).some((c) => c.name === g));
  if (unused.length) throw new Error(`${name}: knownGaps names no check: ${unused.join('; ')}`);
  for (const { name: what, run } of checksFor(story.expect)) {
    const body = () => {
      const failure = run(report);
      if (failure !== null) throw new Error(`${name}: ${what}\n${failure}`);
    };
    // A known gap is a reader's expectation the engine does not meet yet: it is expected to fail,
    // and the test fails as soon as the engine meets it, so that it is promoted to a plain check.
    if (gaps[what]) it.fails(`${what} (known gap: ${gaps[what]})`, body);
    else it(what, body);
  }

  it('matches expected.json (UPDATE=1 rewrites it)', () => {
    const file = join(dir, 'expected.json');
    const shown = relative(ROOT, file);
    const actual = project(report);
    if (UPDATE || !existsSync(file)) {
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      if (!UPDATE) throw new Error(`${shown} was missing and has now been written: review it, then run the test again`);
      return;
    }
    const expected: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const hint = `the report differs from ${shown}; if the change is intended, review the diff and rerun with UPDATE=1`;
    expect(actual, hint).toEqual(expected);
  });
});
