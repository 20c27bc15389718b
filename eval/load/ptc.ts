import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPath } from '../cli.js';
import type { Range } from '../metrics.js';
import { codePointMapper } from '../text.js';

/** One PTC article with its gold propaganda spans (UTF-16 offsets into `text`). */
export interface PtcArticle {
  id: string;
  text: string;
  spans: (Range & { technique: string })[];
}

/** Parses `train-task2-TC.labels` lines: article id, technique, start, end (tab-separated). */
export function parseLabels(tsv: string): Map<string, { technique: string; start: number; end: number }[]> {
  const out = new Map<string, { technique: string; start: number; end: number }[]>();
  for (const line of tsv.split(/\r?\n/)) {
    const [id, technique, start, end] = line.split('\t');
    if (!end) continue;
    if (!out.has(id)) out.set(id, []);
    out.get(id)!.push({ technique, start: Number(start), end: Number(end) });
  }
  return out;
}

/**
 * Loads the PTC training articles (those without a label have no propaganda span). Offsets in the corpus count code
 * points (Python); they are turned into JavaScript string offsets here.
 */
export function loadPtc(dataDir: string): PtcArticle[] {
  const root = corpusPath(dataDir, 'ptc/datasets', 'PTC');
  const labels = parseLabels(readFileSync(corpusPath(dataDir, 'ptc/datasets/train-task2-TC.labels', 'PTC'), 'utf8'));
  const articles: PtcArticle[] = [];
  const dir = join(root, 'train-articles');
  for (const file of readdirSync(dir).filter((f) => /^article\d+\.txt$/.test(f)).sort()) {
    const id = file.slice('article'.length, -'.txt'.length);
    const text = readFileSync(join(dir, file), 'utf8');
    const map = codePointMapper(text);
    const spans = labels.get(id) ?? [];
    articles.push({ id, text, spans: spans.map((s) => ({ technique: s.technique, start: map(s.start), end: map(s.end) })) });
  }
  return articles;
}
