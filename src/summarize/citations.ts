import type { Fact, Span } from '../model/index.js';

/**
 * Least share of a summary sentence (in characters) that the facts another article also tells must
 * cover for that article to be cited. A whole sentence cites the facts told in its clauses, and one
 * outlet's sentence may add to a widely told clause a claim of its own ("The airport says the new
 * runway would create thousands of jobs, and it is weighing an appeal." where two other outlets only
 * say the airport is considering an appeal): the outlets that tell only that clause do not say the
 * sentence.
 */
export const SUPPORT = 0.5;

/**
 * The articles a sentence cites: its own (`own`), and each other article that tells facts whose
 * mentions in `own` cover at least `SUPPORT` of the sentence's span. Whether two articles tell the
 * same fact is the alignment's call, whatever their words. In the order of the facts' articles.
 */
export function citedBy(own: string, span: Span, facts: Fact[]): string[] {
  const length = Math.max(1, span.end - span.start);
  const order = [...new Set(facts.flatMap((f) => f.articles))];
  return order.filter((article) => {
    if (article === own) return true;
    const told = facts.filter((f) => f.articles.includes(article));
    const parts = told.flatMap((f) => f.mentions.filter((m) => m.article === own)).map((m) => [Math.max(m.start, span.start), Math.min(m.end, span.end)] as const);
    return covered(parts) >= SUPPORT * length;
  });
}

/** Characters covered by a set of ranges, overlaps counted once. */
function covered(ranges: (readonly [number, number])[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const [from, to] of [...ranges].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0])) {
    const start = Math.max(from, reach);
    if (to > start) total += to - start;
    reach = Math.max(reach, to);
  }
  return total;
}
