import { setEngine } from './engine.ts';
import { parseArgs } from './cli.ts';
import { printResult } from './table.ts';
import { EVALS } from './run.ts';
const fake = (inputs: any[]): any => {
  const articles = inputs.map((a, i) => ({ id: a.id ?? `a${i}`, outlet: a.outlet ?? 'x', title: a.title ?? null, url: null, date: null, authors: [], source: a.source ?? '', text: a.text, segments: [], sentences: [] }));
  const facts: any[] = []; const framing: any[] = []; const quotes: any[] = [];
  const byKey = new Map<string, any>();
  for (const a of articles) {
    for (const m of a.text.matchAll(/[^\n.]+[.\n]?/g)) {
      const k = (m[0].toLowerCase().match(/[a-z]{5,}/g) ?? []).slice(0, 1).join();
      const mention = { article: a.id, text: m[0], start: m.index, end: m.index + m[0].length };
      if (!byKey.has(k)) { byKey.set(k, { id: `f${byKey.size}`, text: m[0], status: 'single', articles: [], mentions: [], confidence: 1, voice: 'reporter', entities: [] }); facts.push(byKey.get(k)); }
      const f = byKey.get(k); f.mentions.push(mention); if (!f.articles.includes(a.id)) f.articles.push(a.id);
      f.status = f.articles.length === articles.length && articles.length > 1 ? 'consensus' : f.articles.length > 1 ? 'partial' : 'single';
    }
    for (const m of a.text.matchAll(/\b(terrible|outrageous|radical|disaster|slammed|very)\b/gi)) framing.push({ article: a.id, text: m[0], kind: 'loaded', voice: 'reporter', speaker: null, note: '', start: m.index, end: m.index + m[0].length });
    for (const m of a.text.matchAll(/“[^”]+”|"[^"]+"/g)) quotes.push({ article: a.id, speaker: 'Trump', cue: 'said', kind: 'direct', text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return { version: 1, title: articles[0]?.title ?? '', articles, facts, conflicts: [], quotes, entities: [], framing, speakers: [], summary: facts.filter(f=>f.status!=='single').slice(0, 2).map((f) => ({ text: f.text, articles: f.articles, facts: [f.id] })), additions: [], messages: [] };
};
setEngine(fake);
const args = parseArgs(process.argv.slice(2));
for (const name of (args.flags.only ?? Object.keys(EVALS).join(',')).split(',')) printResult(await EVALS[name](args));
