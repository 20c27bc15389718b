/**
 * Scores of a clustering against a gold grouping: B-cubed precision/recall/F1 (Bagga & Baldwin 1998)
 * and the adjusted Rand index (Hubert & Arabie 1985). Items are positions in two label arrays.
 */

/** B-cubed scores, averaged over items. */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** Counts of items by predicted cluster, by gold class and by (cluster, class) cell. */
interface Contingency {
  n: number;
  pred: Map<string, number>;
  gold: Map<string, number>;
  cells: Map<string, { pred: string; gold: string; count: number }>;
}

function contingency(pred: readonly (string | number)[], gold: readonly (string | number)[]): Contingency {
  if (pred.length !== gold.length) throw new Error(`label arrays differ in length: ${pred.length} predicted, ${gold.length} gold`);
  const out: Contingency = { n: pred.length, pred: new Map(), gold: new Map(), cells: new Map() };
  for (let i = 0; i < pred.length; i++) {
    const p = String(pred[i]);
    const g = String(gold[i]);
    out.pred.set(p, (out.pred.get(p) ?? 0) + 1);
    out.gold.set(g, (out.gold.get(g) ?? 0) + 1);
    const key = `${p}\u0000${g}`;
    const cell = out.cells.get(key);
    if (cell) cell.count++;
    else out.cells.set(key, { pred: p, gold: g, count: 1 });
  }
  return out;
}

/**
 * B-cubed: an item's precision is the share of its predicted cluster that shares its gold class; its
 * recall, the share of its gold class that shares its predicted cluster. Both are averaged over items.
 * @example bcubed(['a', 'a', 'b'], [1, 1, 1]) // {precision: 1, recall: 5/9, f1: 0.714…}
 */
export function bcubed(pred: readonly (string | number)[], gold: readonly (string | number)[]): BCubed {
  const t = contingency(pred, gold);
  if (!t.n) return { precision: 0, recall: 0, f1: 0 };
  let p = 0;
  let r = 0;
  for (const c of t.cells.values()) {
    p += (c.count * c.count) / t.pred.get(c.pred)!;
    r += (c.count * c.count) / t.gold.get(c.gold)!;
  }
  const precision = p / t.n;
  const recall = r / t.n;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const pairs = (k: number): number => (k * (k - 1)) / 2;

/**
 * Adjusted Rand index: agreement on pairs of items, 0 for chance and 1 for identical groupings.
 * When both groupings are trivial (all singletons or one cluster) the index is 1 if they agree, else 0.
 * @example adjustedRand([1, 1, 2, 2], ['x', 'x', 'y', 'y']) // 1
 */
export function adjustedRand(pred: readonly (string | number)[], gold: readonly (string | number)[]): number {
  const t = contingency(pred, gold);
  let index = 0;
  for (const c of t.cells.values()) index += pairs(c.count);
  let a = 0;
  for (const k of t.pred.values()) a += pairs(k);
  let b = 0;
  for (const k of t.gold.values()) b += pairs(k);
  const total = pairs(t.n);
  if (!total) return 1;
  const expected = (a * b) / total;
  const max = (a + b) / 2;
  if (max === expected) return index === max ? 1 : 0;
  return (index - expected) / (max - expected);
}
