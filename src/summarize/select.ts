import type { Unit } from './units.js';

/** How the summary is chosen; every field has a default in `SUMMARY_DEFAULTS`. */
export interface SummaryOptions {
  /** Most sentences in a summary. */
  maxSentences: number;
  /** Most words, for long inputs. */
  maxWords: number;
  /** Fewest words aimed at, for very short inputs. */
  minWords: number;
  /** Share of an average article's length that the summary aims at, between the two bounds. */
  share: number;
  /** How fast sentences further from the lead lose weight: 1 / (1 + decay × position). */
  decay: number;
  /** How much a longer sentence must give for its length: value / words^lengthCost. */
  lengthCost: number;
  /** Extra weight per further article that reports a unit's fact. */
  coverBonus: number;
  /** Share of content words two sentences may have in common before one repeats the other. */
  repeat: number;
  /** How far past the budget the last sentence may run, as a share of the budget. */
  overshoot: number;
}

export const SUMMARY_DEFAULTS: SummaryOptions = {
  maxSentences: 5,
  maxWords: 80,
  minWords: 20,
  share: 0.3,
  decay: 0.3,
  lengthCost: 0.6,
  coverBonus: 0.5,
  repeat: 0.6,
  overshoot: 0.25,
};

/** The word budget for articles of these lengths (in-story words each). */
export function budgetOf(lengths: number[], opts: SummaryOptions = SUMMARY_DEFAULTS): number {
  const total = lengths.reduce((s, n) => s + n, 0);
  return Math.round(Math.min(opts.maxWords, Math.max(Math.min(opts.minWords, total), opts.share * total)));
}

/**
 * Picks summary sentences greedily: at each step the unit whose concepts not yet told weigh most
 * for its length, favouring leads, wide facts and clean wording; a unit whose facts are all told,
 * or that repeats a chosen sentence, is skipped. Returns them in the order chosen.
 */
export function select(units: Unit[], weight: (c: string) => number, budget: number, opts: SummaryOptions = SUMMARY_DEFAULTS): Unit[] {
  const chosen: Unit[] = [];
  const told = new Set<string>();
  const factsTold = new Set<string>();
  let words = 0;
  let pool = units.filter((u) => u.words > 0);
  while (chosen.length < opts.maxSentences && words < budget && pool.length) {
    let best: Unit | null = null;
    let bestScore = 0;
    for (const u of pool) {
      if (words + u.words > budget * (1 + opts.overshoot) && chosen.length > 0) continue;
      let value = 0;
      for (const c of u.concepts) if (!told.has(c)) value += weight(c);
      const score = (value * u.quality * (1 + opts.coverBonus * (u.cover - 1))) / (1 + opts.decay * u.position) / u.words ** opts.lengthCost;
      if (score > bestScore) [best, bestScore] = [u, score];
    }
    if (!best) break;
    chosen.push(best);
    words += best.words;
    for (const c of best.concepts) told.add(c);
    for (const f of best.facts) factsTold.add(f);
    pool = pool.filter((u) => u !== best && !u.facts.every((f) => factsTold.has(f)) && !repeats(u, chosen, opts.repeat));
  }
  return chosen;
}

const single = (u: Unit): string[] => [...u.concepts].filter((c) => !c.includes(' '));

/** True when a unit shares most of its content words with one already chosen. */
function repeats(u: Unit, chosen: Unit[], limit: number): boolean {
  const mine = single(u);
  if (!mine.length) return true;
  return chosen.some((c) => {
    const theirs = new Set(single(c));
    const common = mine.filter((w) => theirs.has(w)).length;
    return common / Math.min(mine.length, theirs.size || 1) > limit;
  });
}
