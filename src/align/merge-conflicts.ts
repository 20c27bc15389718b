import type { Conflict } from '../model/index.js';

type Side = Conflict['sides'][number];

/** A conflict as found between two claims, with what is needed to join it to others like it. */
export interface Found extends Conflict {
  /**
   * For number and date conflicts: each side's value as a comparable key ("12 people" and "Twelve
   * people" have one key), the value as shown, and the verb for one outlet and for several.
   */
  join?: { keys: [string, string]; shown: [string, string]; verbs: [[string, string], [string, string]] };
}

/**
 * Joins the conflicts that are one disagreement told by several pairs of articles ("CNN gives 12
 * people where The Times gives 10", "NPR gives 12 people where The Times gives 10") into one
 * conflict whose sides are every article on each side: "CNN and NPR give 12 people where The
 * Times gives 10 people". A conflict found once is left as it is.
 */
export function mergeConflicts(found: Found[], outletOf: (article: string) => string): Conflict[] {
  const out: Conflict[] = [];
  const groups = new Map<string, { conflict: Conflict; join: NonNullable<Found['join']>; sides: [Side[], Side[]] }>();
  for (const { join, ...conflict } of found) {
    if (!join) {
      out.push(conflict);
      continue;
    }
    const id = `${conflict.kind}|${[...join.keys].sort().join('|')}`;
    const group = groups.get(id);
    if (!group) {
      const entry = { conflict: { ...conflict, sides: [...conflict.sides] }, join, sides: [[conflict.sides[0]], [conflict.sides[1]]] as [Side[], Side[]] };
      groups.set(id, entry);
      out.push(entry.conflict);
      continue;
    }
    // The sides in the group's order: the first conflict found decides which value comes first.
    const flip = join.keys[0] !== group.join.keys[0];
    conflict.sides.forEach((side, k) => {
      const into = group.sides[flip ? 1 - k : k];
      if (!into.some((s) => s.article === side.article)) into.push(side);
    });
    group.conflict.confidence = Math.max(group.conflict.confidence, conflict.confidence);
  }
  for (const { conflict, join, sides } of groups.values()) {
    if (sides[0].length + sides[1].length === 2) continue;
    conflict.sides = [...sides[0], ...sides[1]];
    const says = (k: 0 | 1) => {
      const outlets = [...new Set(sides[k].map((s) => outletOf(s.article)))];
      return `${listed(outlets)} ${join.verbs[k][outlets.length > 1 ? 1 : 0]} ${join.shown[k]}`;
    };
    conflict.description = `${says(0)} where ${says(1)}`;
  }
  return out;
}

/** "A", "A and B", "A, B and C". */
function listed(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
