/**
 * `npm run eval -- [DATA_DIR] [--only ecbplus,ptc] [--limit N] [--json]`: every evaluation in turn.
 * A missing corpus skips its part with a message; a missing data folder, or an engine that does not
 * load, ends the run with exit code 1.
 */
import { existsSync } from 'node:fs';
import type { EvalArgs } from './cli.js';
import { CorpusMissing, errorText, isMain, parseArgs } from './cli.js';
import { EngineUnavailable } from './engine.js';
import * as cluster from './cluster.js';
import * as ecbplus from './ecbplus.js';
import * as neus from './neus.js';
import * as newswcl50 from './newswcl50.js';
import * as pac from './pac.js';
import * as polnear from './polnear.js';
import * as ptc from './ptc.js';
import type { EvalResult } from './table.js';
import { fmt, markdownTable, printResult } from './table.js';

/** The evaluations, in the order they run. */
export const EVALS: Record<string, (args: EvalArgs) => Promise<EvalResult>> = {
  ecbplus: ecbplus.run,
  ptc: ptc.run,
  polnear: polnear.run,
  neus: neus.run,
  pac: pac.run,
  newswcl50: newswcl50.run,
  cluster: cluster.run,
};

/** The one-line headline of each result, for the summary table at the end. */
function headline(name: string, r: EvalResult): string {
  const f = r.figures;
  const n = (k: string): string => fmt(f[k] ?? null);
  switch (name) {
    case 'ecbplus': return `link F1 ${n('selected.engine.f1')} (TF-IDF ${n('selected.tfidf.f1')})`;
    case 'ptc': return `loaded span F1 ${n('spanF1')}, token F1 ${n('tokenF1')} (lexicon ${n('lexiconSpanF1')})`;
    case 'polnear': return `quote F1 ${n('f1')}, direct ${n('directF1')}, speaker acc. ${n('speakerAccuracyNamed')}`;
    case 'neus': return `ROUGE-1/2/L ${n('rouge1')}/${n('rouge2')}/${n('rougeL')} (lead-1 ${n('lead1Rouge1')}/${n('lead1Rouge2')}/${n('lead1RougeL')}, lead of each report ${n('lead3Rouge1')}/${n('lead3Rouge2')}/${n('lead3RougeL')})`;
    case 'pac': return `consensus share ${n('consensusShare')}, ${n('medianMsPerStory')} ms/story`;
    case 'newswcl50': return `coded mentions touched ${n('codedRecall')} (PROPERTY ${n('propertyRecall')})`;
    case 'cluster': return `story B³ F1: NeuS ${n('neus.f1')}, ECB+ ${n('ecbplus.f1')}, PAC ${n('pac.f1')}`;
    default: return '';
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.dataDir)) {
    console.error(`data folder not found: ${args.dataDir}. Pass it: npm run eval -- /path/to/shared/data`);
    process.exit(1);
  }
  const only = args.flags.only?.split(',').map((s) => s.trim());
  const results: Record<string, EvalResult> = {};
  const skipped: Record<string, string> = {};
  for (const [name, run] of Object.entries(EVALS)) {
    if (only && !only.includes(name)) continue;
    if (!args.json) console.error(`running ${name}…`);
    try {
      results[name] = await run(args);
      if (!args.json) printResult(results[name]);
    } catch (e) {
      if (e instanceof EngineUnavailable) {
        console.error(`eval stopped: ${e.message}`);
        process.exit(1);
      }
      skipped[name] = e instanceof CorpusMissing ? `corpus missing — ${e.message}` : errorText(e);
      console.error(`${name} skipped: ${skipped[name]}`);
    }
  }
  if (args.json) console.log(JSON.stringify({ dataDir: args.dataDir, results, skipped }, null, 2));
  else {
    const rows = Object.entries(results).map(([name, r]) => [name, headline(name, r), r.seconds]);
    for (const [name, why] of Object.entries(skipped)) rows.push([name, `skipped: ${why.split('\n')[0]}`, 0]);
    console.log('## Summary\n\n' + markdownTable({ title: 'summary', columns: ['eval', 'headline', 'seconds'], rows }));
  }
  if (!Object.keys(results).length) process.exit(1);
}

if (isMain(import.meta.url)) void main();
