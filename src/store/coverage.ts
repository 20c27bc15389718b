import type { Coverage, Lean } from './types.js';

/** When a story counts as one-sided: enough sources of known lean, overwhelmingly from one side. */
export interface OneSidedRule {
  /** Sources of known lean needed before a story can be called one-sided. */
  minSources: number;
  /** Share of those sources from one side (left or right) that makes it one-sided. */
  share: number;
}

/** Three sources of known lean, four in five from one side (Ground News calls such a story a blindspot). */
export const ONE_SIDED: OneSidedRule = { minSources: 3, share: 0.8 };

/** One article of a story, as the coverage is computed from it. */
export interface Member {
  /** The outlet as the article names it. */
  outlet: string;
  /** The matched outlet record's name, when there is one: two spellings of one outlet count once. */
  outletName: string | null;
  lean: Lean | null;
  copyOf: string | null;
  /** Publication date, or arrival time when undated (ISO). */
  seen: string;
}

/** What a story's members add up to. */
export interface Summary {
  firstSeen: string | null;
  lastSeen: string | null;
  outlets: string[];
  sources: number;
  coverage: Coverage;
  oneSided: 'left' | 'right' | null;
}

/**
 * Sums up a story's articles: dates, outlets, independent sources (outlets with at least one article
 * that is not a syndicated copy) by lean, and whether coverage comes overwhelmingly from one side.
 * @example summarise([{ outlet: 'A', outletName: null, lean: 'left', copyOf: null, seen: '2024-03-01' }])
 */
export function summarise(members: Member[], rule: OneSidedRule = ONE_SIDED): Summary {
  const outlets: string[] = [];
  const sources = new Map<string, Lean | null>();
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  for (const m of members) {
    if (!outlets.includes(m.outlet)) outlets.push(m.outlet);
    if (firstSeen === null || m.seen < firstSeen) firstSeen = m.seen;
    if (lastSeen === null || m.seen > lastSeen) lastSeen = m.seen;
    const key = (m.outletName ?? m.outlet).toLowerCase();
    if (m.copyOf === null && !sources.has(key)) sources.set(key, m.lean);
  }
  const coverage: Coverage = { left: 0, center: 0, right: 0, unknown: 0 };
  for (const lean of sources.values()) coverage[lean ?? 'unknown']++;
  return { firstSeen, lastSeen, outlets, sources: sources.size, coverage, oneSided: oneSided(coverage, rule) };
}

/** The side a story's coverage overwhelmingly comes from, by `rule`, or null. */
export function oneSided(coverage: Coverage, rule: OneSidedRule = ONE_SIDED): 'left' | 'right' | null {
  const known = coverage.left + coverage.center + coverage.right;
  if (known < rule.minSources) return null;
  if (coverage.left >= rule.share * known) return 'left';
  if (coverage.right >= rule.share * known) return 'right';
  return null;
}
