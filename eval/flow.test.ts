import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../src/model/index.js';
import type { Report } from '../src/report/schema.js';
import { CorpusMissing, parseArgs } from './cli.js';
import { run as runEcb } from './ecbplus.js';
import { setEngine } from './engine.js';
import { run as runPtc } from './ptc.js';

// A stub engine and made-up miniature corpora in a temporary folder: this checks the evaluations'
// bookkeeping (offsets, pairs, counts), not the engine.
const dir = mkdtempSync(join(tmpdir(), 'corroborate-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => setEngine(undefined));

/** A report with only what the evaluations read; the cast keeps the stub independent of new report fields. */
function report(inputs: ArticleInput[], extra: Partial<Report>): Report {
  const articles = inputs.map((a) => ({ id: a.id!, outlet: a.outlet ?? '', text: a.text!, sentences: [] }));
  const empty = { title: '', facts: [], conflicts: [], quotes: [], entities: [], framing: [], speakers: [], summary: [], additions: [], messages: [] };
  return { version: 1, ...empty, articles, ...extra } as unknown as Report;
}

describe('PTC evaluation', () => {
  it('scores loaded spans against gold offsets', async () => {
    const root = join(dir, 'ptc/datasets/train-articles');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'article1.txt'), 'A shameful and brutal act.\n');
    writeFileSync(join(dir, 'ptc/datasets/train-task2-TC.labels'), '1\tLoaded_Language\t2\t10\n1\tLoaded_Language\t15\t21\n');
    setEngine((inputs) => {
      const text = inputs[0].text!;
      const at = text.indexOf('shameful');
      return report(inputs, { framing: [{ article: inputs[0].id!, text: 'shameful', kind: 'loaded', voice: 'reporter', speaker: null, note: '', start: at, end: at + 8 }] });
    });
    const r = await runPtc(parseArgs([dir]));
    expect(r.figures.goldSpans).toBe(2);
    expect(r.figures.spanPrecision).toBe(1);
    expect(r.figures.spanRecall).toBe(0.5);
  });
});

const tok = (id: number, s: number, w: string): string => `<token t_id="${id}" sentence="${s}" number="0">${w}</token>`;
function ecbDoc(name: string, words: string[][], chain: { sentence: number; token: number }): string {
  let id = 0;
  const tokens = words.flatMap((ws, s) => ws.map((w) => tok(++id, s, w)));
  return `<Document doc_name="${name}.xml">\n${tokens.join('\n')}\n<Markables>\n<ACTION_OCCURRENCE m_id="1"  >\n  <token_anchor t_id="${chain.token}"/>\n</ACTION_OCCURRENCE>\n</Markables>\n<Relations>\n<CROSS_DOC_COREF r_id="1" note="ACT9" >\n  <source m_id="1" />\n  <target m_id="2" />\n</CROSS_DOC_COREF>\n</Relations>\n</Document>`;
}

describe('ECB+ evaluation', () => {
  it('turns facts into sentence-pair links and scores them', async () => {
    const root = join(dir, 'ecbplus/ECB+_LREC2014');
    mkdirSync(join(root, 'ECB+/5'), { recursive: true });
    // Sentence 0 of each document reports the shared event (chain ACT9); sentence 1 is other news.
    writeFileSync(join(root, 'ECB+/5/5_1ecb.xml'), ecbDoc('5_1ecb', [['Fire', 'destroys', 'mill', '.'], ['Rain', 'due', '.']], { sentence: 0, token: 2 }));
    writeFileSync(join(root, 'ECB+/5/5_2ecb.xml'), ecbDoc('5_2ecb', [['Mill', 'burns', 'down', '.'], ['Schools', 'shut', '.']], { sentence: 0, token: 2 }));
    writeFileSync(join(root, 'ECBplus_coreference_sentences.csv'), 'Topic,File,Sentence Number\n5,1ecb,0\n5,1ecb,1\n5,2ecb,0\n5,2ecb,1\n');
    setEngine((inputs) => {
      // Links the first lines (correct) and the second lines (wrong).
      const line = (a: ArticleInput, n: number): { article: string; text: string; start: number; end: number } => {
        const lines = a.text!.split('\n');
        const start = lines.slice(0, n).reduce((s, l) => s + l.length + 1, 0);
        return { article: a.id!, text: lines[n], start, end: start + lines[n].length };
      };
      const fact = (id: string, n: number): Report['facts'][number] => ({
        id, text: '', status: 'consensus', articles: inputs.map((a) => a.id!), mentions: inputs.map((a) => line(a, n)), confidence: 1, voice: 'reporter', entities: [],
      });
      return report(inputs, { facts: [fact('f1', 0), fact('f2', 1)] });
    });
    const r = await runEcb(parseArgs([dir, '--group-size', '2']));
    expect(r.figures['selected.pairs']).toBe(4);
    expect(r.figures['selected.gold']).toBe(1);
    expect(r.figures['selected.engine.precision']).toBe(0.5);
    expect(r.figures['selected.engine.recall']).toBe(1);
  });

  it('says which corpus is missing', async () => {
    await expect(runEcb(parseArgs([join(dir, 'nowhere')]))).rejects.toBeInstanceOf(CorpusMissing);
  });
});
