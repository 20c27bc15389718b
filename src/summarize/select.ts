import type { Unit } from './units.js';

/** How the summary is chosen; every field has a default in `SUMMARY_DEFAULTS`. */
export interface SummaryOptions {
  /** Most sentences in a summary. */
  maxSentences: number;
  /** The budget for long inputs, in words. */
  maxWords: number;
  /** No summary runs past this many words, whatever the budget and overshoot. */
  ceiling: number;
  /** The budget's floor, unless the articles themselves are shorter. */
  minWords: number;
  /** Share of the articles' in-story words (all articles together) that the budget is, between the bounds. */
  share: number;
  /** How fast sentences further from the lead lose weight: 1 / (1 + decay × position). */
  decay: number;
  /** How much a longer sentence must give for its length: value / words^lengthCost. */
  lengthCost: number;
  /** Extra weight per further article that reports a unit's fact. */
  coverBonus: number;
  /** Share of content words two sentences may have in common before one repeats the other. */
  repeat: number;
  /** How far past the budget the last sentence may run, as a share of the budget (never past `ceiling`). */
  overshoot: number;
}

export const SUMMARY_DEFAULTS: SummaryOptions = {
  maxSentences: 5,
  maxWords: 80,
  ceiling: 90,
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
 * Picks summary sentences: the set of units that tells most of the story's weighted concepts within
 * the word budget, favouring leads, wide facts and clean wording. Greedy by value per length, which
 * alone would fill the budget with short clauses, so it is also run from each of the most valuable
 * units as a first pick and the best set wins (the usual fix for budgeted coverage). No two
 * sentences say the same thing: a unit that cites a fact already told, or shares most of its
 * content words with a chosen sentence, is dropped. Last resorts (see `Unit`) are read only when
 * there is nothing else. Returns the units in the order chosen.
 */
export function select(units: Unit[], weight: (c: string) => number, budget: number, opts: SummaryOptions = SUMMARY_DEFAULTS): Unit[] {
  const usable = units.filter((u) => u.words > 0 && u.concepts.size > 0);
  const preferred = usable.filter((u) => !u.lastResort);
  const pool = preferred.length ? preferred : usable;
  const worth = (u: Unit): number => (u.quality * (1 + opts.coverBonus * (u.cover - 1))) / (1 + opts.decay * u.position);
  const seeds = [...pool].sort((a, b) => weightOf(b, weight) * worth(b) - weightOf(a, weight) * worth(a)).slice(0, SEEDS);
  let best = greedy(pool, null, weight, worth, budget, opts);
  for (const seed of seeds) {
    const run = greedy(pool, seed, weight, worth, budget, opts);
    if (run.value > best.value) best = run;
  }
  return best.chosen;
}

/** How many of the most valuable units each start a greedy run. */
const SEEDS = 5;

/** The weight of all a unit's concepts. */
function weightOf(u: Unit, weight: (c: string) => number): number {
  let v = 0;
  for (const c of u.concepts) v += weight(c);
  return v;
}

/** One greedy run, optionally from a first pick; its value is the worth of the concepts it tells. */
function greedy(
  units: Unit[],
  seed: Unit | null,
  weight: (c: string) => number,
  worth: (u: Unit) => number,
  budget: number,
  opts: SummaryOptions,
): { chosen: Unit[]; value: number } {
  const chosen: Unit[] = [];
  const told = new Set<string>();
  const factsTold = new Set<string>();
  let words = 0;
  let value = 0;
  let pool = units;
  const take = (u: Unit, gain: number): void => {
    chosen.push(u);
    words += u.words;
    value += gain * worth(u);
    for (const c of u.concepts) told.add(c);
    for (const f of u.facts) factsTold.add(f);
    pool = pool.filter((x) => x !== u && !x.facts.some((f) => factsTold.has(f)) && !repeats(x, chosen, opts.repeat));
  };
  if (seed) take(seed, weightOf(seed, weight));
  const limit = Math.max(budget, Math.min(budget * (1 + opts.overshoot), opts.ceiling));
  while (chosen.length < opts.maxSentences && words < budget && pool.length) {
    let best: Unit | null = null;
    let bestScore = 0;
    let bestGain = 0;
    for (const u of pool) {
      if (words + u.words > limit && chosen.length > 0) continue;
      let gain = 0;
      for (const c of u.concepts) if (!told.has(c)) gain += weight(c);
      const score = (gain * worth(u)) / u.words ** opts.lengthCost;
      if (score > bestScore) [best, bestScore, bestGain] = [u, score, gain];
    }
    if (!best) break;
    take(best, bestGain);
  }
  return { chosen, value };
}

/** A unit's content words (its concepts without the word pairs). */
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
