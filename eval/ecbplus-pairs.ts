/** ECB+ helpers: documents as the engine sees them, candidate sentence pairs, predicted links. */
import type { Report } from '../src/report/schema.js';
import type { EcbDoc } from './load/ecbplus.js';
import type { Counts, Range } from './metrics.js';
import { overlap, shuffle } from './metrics.js';
import { detokenize } from './text.js';

/** A document as given to the engine: its text and where each gold sentence is in it. */
export interface Prepared {
  doc: EcbDoc;
  text: string;
  /** Sentence number → character range in `text`. */
  spans: Map<number, Range>;
}

/** One line per sentence; the URL that ECB+ files carry as sentence 0 is left out. */
export function prepare(doc: EcbDoc): Prepared {
  const numbers = [...doc.sentences.keys()].filter((n) => !(n === 0 && doc.sentences.get(0)![0] === 'http'));
  const { text, tokens } = detokenize(numbers.map((n) => doc.sentences.get(n)!));
  const spans = new Map<number, Range>();
  let t = 0;
  for (const n of numbers) {
    const len = doc.sentences.get(n)!.length;
    spans.set(n, { start: tokens[t].start, end: tokens[t + len - 1].end });
    t += len;
  }
  return { doc, text, spans };
}

/** A candidate link: one annotated sentence in each of two documents of a group. */
export interface Pair {
  a: string;
  b: string;
  gold: boolean;
}

export const key = (doc: string, sentence: number): string => `${doc}#${sentence}`;

/** Every pair of annotated sentences in different documents of the group, with its gold label. */
export function candidatePairs(group: Prepared[], scope: 'selected' | 'all'): Pair[] {
  const pairs: Pair[] = [];
  const sentences = (p: Prepared): number[] => (scope === 'all' ? [...p.spans.keys()] : [...p.doc.selected].filter((s) => p.spans.has(s)));
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const [x, y] = [group[i], group[j]];
      for (const s of sentences(x)) {
        for (const t of sentences(y)) {
          const cx = x.doc.chains.get(s);
          const cy = y.doc.chains.get(t);
          const gold = !!cx && !!cy && [...cx].some((c) => cy.has(c));
          pairs.push({ a: key(x.doc.name, s), b: key(y.doc.name, t), gold });
        }
      }
    }
  }
  return pairs;
}

/** Groups of documents of one sub-event, sampled deterministically; `size` Infinity keeps each sub-event whole. */
export function makeGroups(docs: EcbDoc[], size: number, perEvent: number, seed: number): EcbDoc[][] {
  const events = new Map<string, EcbDoc[]>();
  for (const d of docs) {
    const k = `${d.topic}/${d.event}`;
    if (!events.has(k)) events.set(k, []);
    events.get(k)!.push(d);
  }
  const groups: EcbDoc[][] = [];
  for (const [k, list] of events) {
    const shuffled = shuffle(list, seed + hash(k));
    const count = Number.isFinite(size) ? perEvent : 1;
    for (let g = 0; g < count; g++) {
      const group = Number.isFinite(size) ? shuffled.slice(g * size, (g + 1) * size) : shuffled;
      if (group.length >= 2) groups.push(group);
    }
  }
  return groups;
}

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h >>> 0;
}

export function counts(pairs: Pair[], linked: (p: Pair) => boolean): Counts {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const p of pairs) {
    const l = linked(p);
    if (l) pred++;
    if (p.gold) gold++;
    if (l && p.gold) tp++;
  }
  return { predHit: tp, pred, goldHit: tp, gold };
}

/** Sentence keys that each fact of the report covers, as pairs `a|b` of linked sentences. */
export function predictedLinks(report: Pick<Report, 'facts'>, byId: Map<string, Prepared>): Set<string> {
  const links = new Set<string>();
  for (const f of report.facts) {
    const sents: { doc: string; k: string }[] = [];
    for (const m of f.mentions) {
      const p = byId.get(m.article);
      if (!p) continue;
      for (const [n, r] of p.spans) if (overlap(r, m) > 0) sents.push({ doc: p.doc.name, k: key(p.doc.name, n) });
    }
    for (const x of sents) for (const y of sents) if (x.doc !== y.doc) links.add(`${x.k}|${y.k}`);
  }
  return links;
}


/** Groups mixing a topic's two events, `k` documents of each: links across the two are errors. */
export function mixedGroups(docs: EcbDoc[], k: number, seed: number): EcbDoc[][] {
  const topics = [...new Set(docs.map((d) => d.topic))];
  return topics.flatMap((t) => {
    const pick = (event: EcbDoc['event']): EcbDoc[] => shuffle(docs.filter((d) => d.topic === t && d.event === event), seed + Number(t)).slice(0, k);
    const [a, b] = [pick('ecb'), pick('ecbplus')];
    return a.length && b.length ? [[...a, ...b]] : [];
  });
}

/** Whether a pair joins sentences of the two different events of a topic. */
export const crossEvent = (p: Pair): boolean => p.a.split('#')[0].endsWith('ecbplus') !== p.b.split('#')[0].endsWith('ecbplus');
