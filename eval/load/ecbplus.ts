import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPath } from '../cli.js';

/** One ECB+ document: its sentences (token lists by sentence number) and event chains by sentence. */
export interface EcbDoc {
  /** File name without extension, e.g. `1_10ecbplus`. */
  name: string;
  topic: string;
  /** The sub-event: ECB documents (`ecb`) and ECB+ documents (`ecbplus`) of a topic tell two different events. */
  event: 'ecb' | 'ecbplus';
  /** Sentence number → tokens, in document order. */
  sentences: Map<number, string[]>;
  /** Sentence number → cross-document event chains (ACT…/NEG… instance ids) mentioned in it. */
  chains: Map<number, Set<string>>;
  /** Sentences the annotators worked on (ECBplus_coreference_sentences.csv). */
  selected: Set<number>;
}

const TOKEN = /<token t_id="(\d+)" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g;
const MARKABLE = /<([A-Z_]+) m_id="(\d+)"[^>/]*>([\s\S]*?)<\/\1>/g;
const ANCHOR = /<token_anchor t_id="(\d+)"\s*\/>/g;
const CROSS = /<CROSS_DOC_COREF r_id="\d+" note="([^"]*)"\s*>([\s\S]*?)<\/CROSS_DOC_COREF>/g;
const SOURCE = /<source m_id="(\d+)"\s*\/>/g;

/** Undoes the XML escapes that occur in the corpus. */
export function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Parses one ECB+ XML file. Event chains are the CROSS_DOC_COREF relations whose instance id starts
 * with ACT or NEG (actions, negated actions); entity, time and place chains are left out.
 */
export function parseEcbDoc(name: string, xml: string, selected: Set<number>): EcbDoc {
  const sentenceOf = new Map<string, number>();
  const sentences = new Map<number, string[]>();
  for (const m of xml.matchAll(TOKEN)) {
    const s = Number(m[2]);
    sentenceOf.set(m[1], s);
    if (!sentences.has(s)) sentences.set(s, []);
    sentences.get(s)!.push(unescapeXml(m[3]));
  }
  const markables = xml.slice(xml.indexOf('<Markables>'), xml.indexOf('</Markables>'));
  const mentionSentences = new Map<string, number[]>();
  for (const m of markables.matchAll(MARKABLE)) {
    const ss = [...m[3].matchAll(ANCHOR)].map((a) => sentenceOf.get(a[1])).filter((s): s is number => s !== undefined);
    mentionSentences.set(m[2], ss);
  }
  const chains = new Map<number, Set<string>>();
  for (const r of xml.matchAll(CROSS)) {
    const instance = r[1];
    if (!/^(ACT|NEG)/.test(instance)) continue;
    for (const src of r[2].matchAll(SOURCE)) {
      for (const s of mentionSentences.get(src[1]) ?? []) {
        if (!chains.has(s)) chains.set(s, new Set());
        chains.get(s)!.add(instance);
      }
    }
  }
  const [topic] = name.split('_');
  return { name, topic, event: name.endsWith('ecbplus') ? 'ecbplus' : 'ecb', sentences, chains, selected };
}

/** Reads the list of annotated sentences: key `1_10ecbplus` → sentence numbers. */
export function parseSelected(csv: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(',');
    if (!sentence) continue;
    const key = `${topic}_${file}`;
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)!.add(Number(sentence));
  }
  return out;
}

/** Loads every ECB+ document under `DATA_DIR/ecbplus/ECB+_LREC2014`. */
export function loadEcbPlus(dataDir: string): EcbDoc[] {
  const root = corpusPath(dataDir, 'ecbplus/ECB+_LREC2014/ECB+', 'ECB+');
  const csv = corpusPath(dataDir, 'ecbplus/ECB+_LREC2014/ECBplus_coreference_sentences.csv', 'ECB+');
  const selected = parseSelected(readFileSync(csv, 'utf8'));
  const docs: EcbDoc[] = [];
  const topics = readdirSync(root).filter((t) => /^\d+$/.test(t));
  for (const topic of topics.sort((a, b) => Number(a) - Number(b))) {
    for (const file of readdirSync(join(root, topic)).filter((f) => f.endsWith('.xml')).sort()) {
      const name = file.replace(/\.xml$/, '');
      docs.push(parseEcbDoc(name, readFileSync(join(root, topic, file), 'utf8'), selected.get(name) ?? new Set()));
    }
  }
  return docs;
}
