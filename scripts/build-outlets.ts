/**
 * Writes data/outlets.csv, corroborate's starter outlets table, from the AllSides-labelled corpus of
 * ramybaly/Article-Bias-Prediction (Baly et al., EMNLP 2020; Apache-2.0) as JSON Lines, gzipped:
 * each outlet's name, its web domains and its most frequent AllSides lean.
 *   npx tsx scripts/build-outlets.ts ../shared/data/allsides-37k.jsonl.gz
 * A domain goes to the outlet with most articles on it, and is listed when it carries at least three
 * of its articles (or is its main one) and is not a subdomain of one listed.
 */
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { hostOf } from '../src/store/identity.js';
import { formatOutlets } from '../src/store/outlets-csv.js';
import type { Lean, Outlet } from '../src/store/types.js';

const LEANS = new Set(['left', 'center', 'right']);
const OUT = new URL('../data/outlets.csv', import.meta.url);

type Counts = Map<string, number>;
const bump = (m: Counts, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
const ranked = (m: Counts): [string, number][] => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

/** Reads the corpus: per outlet, its articles' leans and domains. */
async function read(file: string): Promise<Map<string, { n: number; leans: Counts; domains: Counts }>> {
  const outlets = new Map<string, { n: number; leans: Counts; domains: Counts }>();
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { outlet?: string; outlet_domain?: string; lean?: string };
    const name = r.outlet?.trim();
    if (!name) continue;
    const o = outlets.get(name) ?? { n: 0, leans: new Map(), domains: new Map() };
    outlets.set(name, o);
    o.n++;
    if (r.lean && LEANS.has(r.lean)) bump(o.leans, r.lean);
    const domain = hostOf(r.outlet_domain);
    if (domain) bump(o.domains, domain);
  }
  return outlets;
}

/** The outlets table: domains given to the outlet that uses them most, leans by majority. */
function table(outlets: Awaited<ReturnType<typeof read>>): Outlet[] {
  const owner = new Map<string, [string, number]>();
  for (const [name, o] of outlets) for (const [d, n] of o.domains) if (!owner.has(d) || n > owner.get(d)![1]) owner.set(d, [name, n]);
  return [...outlets]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([name, o]) => {
      const own = ranked(o.domains).filter(([d], i) => owner.get(d)![0] === name && (i === 0 || o.domains.get(d)! >= 3));
      const domains = own.map(([d]) => d).filter((d, _, all) => !all.some((p) => p !== d && d.endsWith(`.${p}`)));
      return { name, domains, lean: (ranked(o.leans)[0]?.[0] as Lean | undefined) ?? null, country: null, owner: null };
    });
}

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/build-outlets.ts <allsides-37k.jsonl.gz>   (the AllSides corpus, e.g. ../shared/data/allsides-37k.jsonl.gz)');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`cannot read ${file}: no such file. Pass the path of allsides-37k.jsonl.gz.`);
  process.exit(1);
}
const outlets = table(await read(file));
writeFileSync(OUT, formatOutlets(outlets));
console.log(`wrote ${outlets.length} outlets (${outlets.filter((o) => o.domains.length).length} with domains) to data/outlets.csv`);
