import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPath } from '../cli.js';
import type { Range } from '../metrics.js';
import { codePointMapper } from '../text.js';

/** One gold attribution: what was said (content), by whom (source), with which cue. */
export interface Attribution {
  /** Content pieces (brat allows discontinuous spans), in text order. */
  content: Range[];
  contentText: string;
  source: Range[] | null;
  sourceText: string | null;
  cueText: string | null;
}

/** A PolNeAR article and its attributions. Offsets are JavaScript string offsets into `text`. */
export interface PolnearDoc {
  name: string;
  outlet: string;
  text: string;
  attributions: Attribution[];
}

interface TextBound {
  type: string;
  ranges: Range[];
  text: string;
}

/**
 * Parses a brat `.ann` file of PolNeAR: `T` lines are spans (`Content 752 760;769 800`), `E` lines
 * tie an attribution's Content, Source and Cue together. `map` turns corpus offsets into string offsets.
 */
export function parseAnn(ann: string, map: (o: number) => number = (o) => o): Attribution[] {
  const spans = new Map<string, TextBound>();
  const events: string[][] = [];
  for (const line of ann.split(/\r?\n/)) {
    const [id, body, text] = line.split('\t');
    if (!body) continue;
    if (id.startsWith('T')) {
      const sp = body.indexOf(' ');
      const type = body.slice(0, sp);
      const ranges = body.slice(sp + 1).split(';').map((r) => {
        const [s, e] = r.trim().split(' ').map(Number);
        return { start: map(s), end: map(e) };
      });
      spans.set(id, { type, ranges, text: text ?? '' });
    } else if (id.startsWith('E')) events.push(body.trim().split(/\s+/));
  }
  const out: Attribution[] = [];
  for (const args of events) {
    const role = (name: string): TextBound[] =>
      args.filter((a) => a.startsWith(`${name}:`)).map((a) => spans.get(a.slice(name.length + 1))).filter((t): t is TextBound => !!t);
    const content = role('Content');
    if (!content.length) continue;
    const source = role('Source');
    const cue = role('Cue');
    out.push({
      content: content.flatMap((c) => c.ranges).sort((a, b) => a.start - b.start),
      contentText: content.map((c) => c.text).join(' '),
      source: source.length ? source.flatMap((s) => s.ranges) : null,
      sourceText: source.length ? source.map((s) => s.text).join(' ') : null,
      cueText: cue.length ? cue.map((c) => c.text).join(' ') : null,
    });
  }
  return out;
}

/** Loads one split (`test`, `dev`, `train`); when an article was annotated twice, the first file counts. */
export function loadPolnear(dataDir: string, split = 'test'): PolnearDoc[] {
  const root = corpusPath(dataDir, `polnear/data/${split}`, 'PolNeAR');
  const annFiles = readdirSync(join(root, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const docs: PolnearDoc[] = [];
  for (const file of readdirSync(join(root, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.slice(0, -4);
    const ann = annFiles.find((a) => a.startsWith(`${name}_`) && /^[0-9a-f]+\.ann$/.test(a.slice(name.length + 1)));
    if (!ann || !existsSync(join(root, 'attributions', ann))) continue;
    const text = readFileSync(join(root, 'text', file), 'utf8');
    const attributions = parseAnn(readFileSync(join(root, 'attributions', ann), 'utf8'), codePointMapper(text));
    docs.push({ name, outlet: name.split('_')[0], text, attributions });
  }
  return docs;
}
