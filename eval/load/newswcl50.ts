import { readFileSync } from 'node:fs';
import { corpusPath } from '../cli.js';
import type { Range } from '../metrics.js';
import { median } from '../metrics.js';
import { detokenize } from '../text.js';

/** A coded word-choice mention (Hamborg et al. 2019), placed in the rebuilt article text. */
export interface CodedMention extends Range {
  codeType: string;
  codeName: string;
  text: string;
}

/** One NewsWCL50 article: event 0–9, outlet LL, L, M, R or RR (far left to far right). */
export interface WclDoc {
  event: number;
  outlet: string;
  text: string;
  mentions: CodedMention[];
  /** Coded mentions whose words could not be found in the text. */
  unplaced: number;
}

/** Reads CSV with quoted fields (RFC 4180), skipping Excel's `sep=,` line. */
export function parseCsv(input: string): string[][] {
  const csv = input.replace(/^\uFEFF?sep=.\r?\n/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Token text as compared with coded mentions: quotes unified, no spaces. */
const norm = (s: string): string => s.replace(/``|''|[“”"]/g, '"').replace(/[‘’`]/g, "'").replace(/\s+/g, '');

interface ConllToken {
  sentence: number;
  text: string;
}

/** Parses NewsWCL50.conll into tokens per document key (`0/-/0_L`); `\n` tokens end paragraphs. */
export function parseConll(conll: string): Map<string, ConllToken[]> {
  const docs = new Map<string, ConllToken[]>();
  for (const line of conll.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [doc, sentence, , text] = line.split('\t');
    if (text === undefined) continue;
    if (!docs.has(doc)) docs.set(doc, []);
    docs.get(doc)!.push({ sentence: Number(sentence), text });
  }
  return docs;
}

/**
 * Places coded mentions in a document by their words. A mention found more than once goes to the
 * occurrence nearest its coded sentence (the coding's sentence numbers drift from CoNLL's by a
 * roughly constant offset, estimated from the mentions found once).
 */
export function placeMentions(tokens: ConllToken[], ranges: Range[], rows: { sentence: number; text: string }[]): { placed: (Range | null)[] } {
  let s = '';
  const tokenAt: number[] = [];
  const startsAt = new Set<number>();
  tokens.forEach((t, i) => {
    startsAt.add(s.length);
    const n = norm(t.text);
    for (let k = 0; k < n.length; k++) tokenAt.push(i);
    s += n;
  });
  const lower = s.toLowerCase();
  const find = (hay: string, m: string): { first: number; last: number }[] => {
    const found: { first: number; last: number }[] = [];
    for (let at = hay.indexOf(m); m && at >= 0; at = hay.indexOf(m, at + 1)) {
      if (startsAt.has(at)) found.push({ first: tokenAt[at], last: tokenAt[at + m.length - 1] });
    }
    return found;
  };
  // Exact words first; letter case only when that finds nothing (lower-casing keeps lengths in English text).
  const occurrences = rows.map((r) => {
    const exact = find(s, norm(r.text));
    return exact.length || lower.length !== s.length ? exact : find(lower, norm(r.text).toLowerCase());
  });
  const delta = median(occurrences.flatMap((o, i) => (o.length === 1 ? [tokens[o[0].first].sentence - rows[i].sentence] : [])));
  const shift = Number.isNaN(delta) ? 0 : delta;
  const placed = occurrences.map((o, i) => {
    if (!o.length) return null;
    const want = rows[i].sentence + shift;
    const best = o.reduce((a, b) => (Math.abs(tokens[b.first].sentence - want) < Math.abs(tokens[a.first].sentence - want) ? b : a));
    return { start: ranges[best.first].start, end: ranges[best.last].end };
  });
  return { placed };
}

/** Rebuilds the 50 articles (one paragraph a line) and places the coded mentions of Annotations.csv. */
export function loadNewsWcl50(dataDir: string): WclDoc[] {
  const conll = parseConll(readFileSync(corpusPath(dataDir, 'newswcl50/NewsWCL50.conll', 'NewsWCL50'), 'utf8'));
  const [header, ...rows] = parseCsv(readFileSync(corpusPath(dataDir, 'newswcl50/Annotations.csv', 'NewsWCL50'), 'utf8'));
  const col = (name: string): number => header.indexOf(name);
  const docs: WclDoc[] = [];
  for (const [key, tokens] of conll) {
    const [event, outlet] = key.split('/').pop()!.split('_');
    const paragraphs: ConllToken[][] = [[]];
    const kept: ConllToken[] = [];
    for (const t of tokens) {
      if (t.text === '\\n') {
        if (paragraphs[paragraphs.length - 1].length) paragraphs.push([]);
      } else paragraphs[paragraphs.length - 1].push(t), kept.push(t);
    }
    const { text, tokens: ranges } = detokenize(paragraphs.filter((p) => p.length).map((p) => p.map((t) => t.text)));
    const coded = rows.filter((r) => r[col('event_id')] === event && r[col('publisher_id')] === outlet);
    const { placed } = placeMentions(kept, ranges, coded.map((r) => ({ sentence: Number(r[col('sentence')]), text: r[col('code_mention')] })));
    const mentions: CodedMention[] = [];
    placed.forEach((p, i) => {
      if (p) mentions.push({ ...p, codeType: coded[i][col('code_type')], codeName: coded[i][col('code_name')], text: coded[i][col('code_mention')] });
    });
    docs.push({ event: Number(event), outlet, text, mentions, unplaced: placed.filter((p) => !p).length });
  }
  return docs.sort((a, b) => a.event - b.event || a.outlet.localeCompare(b.outlet));
}
