import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPath } from '../cli.js';
import type { Range } from '../metrics.js';

/** An event word with its partisanship label (Zou et al. 2023), as a range in the article text. */
export interface PacEvent extends Range {
  partisanship: string;
}

/** One PAC article: text rebuilt one sentence a line, with its outlet, side and labelled events. */
export interface PacDoc {
  id: string;
  outlet: string;
  title: string;
  date: string;
  /** `Left` or `Right`: the article's side relative to the other article of the story. */
  side: string;
  text: string;
  events: PacEvent[];
}

/** A PAC story: one left and one right article about the same event. */
export interface PacStory {
  story: number;
  docs: PacDoc[];
}

interface RawDoc {
  id: string;
  title: string;
  date: string;
  source: string;
  relative_ideology: string;
  news: { id: number; text: string }[];
  events: { sentence_id: number; start: number; end: number; remove: boolean; partisanship: string }[];
}

/** Turns one annotation file into a document; events keep their place through the joined text. */
export function toPacDoc(raw: RawDoc): PacDoc {
  const starts = new Map<number, number>();
  let text = '';
  for (const s of raw.news) {
    if (text) text += '\n';
    starts.set(s.id, text.length);
    text += s.text;
  }
  const events = raw.events
    .filter((e) => !e.remove && starts.has(e.sentence_id))
    .map((e) => ({ start: starts.get(e.sentence_id)! + e.start, end: starts.get(e.sentence_id)! + e.end, partisanship: e.partisanship }));
  return { id: raw.id, outlet: raw.source, title: raw.title, date: raw.date, side: raw.relative_ideology, text, events };
}

/** Loads every story of `pac/data/merged_annotations` that has both articles. */
export function loadPac(dataDir: string): PacStory[] {
  const dir = corpusPath(dataDir, 'pac/data/merged_annotations', 'PAC');
  const byStory = new Map<number, PacDoc[]>();
  for (const f of readdirSync(dir)) {
    const m = /^STORY_(\d+)_DOCUMENT_(\d)\.json$/.exec(f);
    if (!m) continue;
    const doc = toPacDoc(JSON.parse(readFileSync(join(dir, f), 'utf8')) as RawDoc);
    const k = Number(m[1]);
    if (!byStory.has(k)) byStory.set(k, []);
    byStory.get(k)![Number(m[2])] = doc;
  }
  return [...byStory]
    .filter(([, docs]) => docs[0] && docs[1])
    .sort((a, b) => a[0] - b[0])
    .map(([story, docs]) => ({ story, docs }));
}
