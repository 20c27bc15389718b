/**
 * Corpora as streams of labelled articles for story clustering: each document with the id of its
 * gold story. NeuS (3 reports a story, no dates), ECB+ (a topic's ECB and ECB+ documents are two
 * events), PAC (one left and one right article a story, dated), and the AllSides 37k articles (no gold).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { ClusterInput } from '../../src/cluster/index.js';
import { corpusPath } from '../cli.js';
import { detokenize } from '../text.js';
import { loadEcbPlus } from './ecbplus.js';
import type { EcbDoc } from './ecbplus.js';
import { loadNeus } from './neus.js';
import { loadPac } from './pac.js';

/** An article with the gold story it belongs to. */
export interface LabelledDoc extends ClusterInput {
  gold: string;
}

/** The NeuS splits, whose roundups together make the 3,066 stories. */
export const NEUS_SPLITS = ['train', 'val', 'test'];

/** Every NeuS report of every split: 9,198 documents in 3,066 stories, without dates. */
export function neusDocs(dataDir: string): LabelledDoc[] {
  const out: LabelledDoc[] = [];
  for (const split of NEUS_SPLITS) {
    for (const story of loadNeus(dataDir, split)) {
      story.reports.forEach((r, k) => out.push({ id: `neus-${split}-${story.index}-${k}`, title: r.title, text: r.body, date: null, gold: `${split}-${story.index}` }));
    }
  }
  return out;
}

/** A sentence that is only the page address the corpus kept at the top of ECB+ documents. */
const URL_LINE = /^https? : \/ \//;

/** One ECB+ document as an article: its sentences one a line, the page-address line left out. */
export function ecbArticle(doc: EcbDoc): LabelledDoc {
  const lines = [...doc.sentences.values()].filter((tokens) => !URL_LINE.test(tokens.join(' ')));
  return { id: doc.name, text: detokenize(lines).text, date: null, gold: `${doc.topic}${doc.event}` };
}

/** Every ECB+ document: 982 in 86 events. */
export function ecbDocs(dataDir: string): LabelledDoc[] {
  return loadEcbPlus(dataDir).map(ecbArticle);
}

/** Both articles of each PAC story (152 stories), with dates, titles and outlets. */
export function pacDocs(dataDir: string): LabelledDoc[] {
  return loadPac(dataDir).flatMap((s) => s.docs.map((d, k) => ({ id: `pac-${s.story}-${k}`, title: d.title, text: d.text, date: d.date || null, outlet: d.outlet, gold: `${s.story}` })));
}

interface AllsidesLine {
  id: string;
  outlet: string;
  title: string;
  date: string;
  text: string;
}

/** Streams the AllSides articles of `allsides-37k.jsonl.gz` (one JSON object a line). */
export async function* allsidesDocs(dataDir: string, file = 'allsides-37k.jsonl.gz'): AsyncGenerator<ClusterInput> {
  const path = corpusPath(dataDir, file, 'AllSides 37k');
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as AllsidesLine;
    yield { id: `allsides-${a.id}`, title: a.title, text: a.text, date: a.date || null, outlet: a.outlet };
  }
}
