import { readFileSync } from 'node:fs';
import { corpusPath } from '../cli.js';

/** A title and a body, as NeuS writes them: `TITLE=> … ARTICLE=> …`. */
export interface TitledText {
  title: string;
  body: string;
}

/** One NeuS story: three reports (left, centre, right in a random order) and the human neutral summary. */
export interface NeusStory {
  index: number;
  reports: TitledText[];
  target: TitledText;
}

/**
 * Splits `TITLE=> Some title. ARTICLE=> Body text.` into its parts.
 * @example parseTitled('TITLE=> A. ARTICLE=> B.') // {title: 'A.', body: 'B.'}
 */
export function parseTitled(s: string): TitledText {
  const m = /^\s*TITLE=>\s*([\s\S]*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(s);
  return m ? { title: m[1].trim(), body: m[2].trim() } : { title: '', body: s.trim() };
}

/** Loads a split (`test`, `val`, `train`) of `naacl2022_lrc_roundup_random_order_probe`. */
export function loadNeus(dataDir: string, split = 'test'): NeusStory[] {
  const dir = 'neus/data/naacl2022_lrc_roundup_random_order_probe';
  const sources = readFileSync(corpusPath(dataDir, `${dir}/${split}.source`, 'NeuS'), 'utf8').split('\n');
  const targets = readFileSync(corpusPath(dataDir, `${dir}/${split}.target`, 'NeuS'), 'utf8').split('\n');
  const stories: NeusStory[] = [];
  sources.forEach((line, index) => {
    if (!line.trim() || targets[index] === undefined) return;
    stories.push({ index, reports: line.split('[SEP]').map(parseTitled), target: parseTitled(targets[index]) });
  });
  return stories;
}
