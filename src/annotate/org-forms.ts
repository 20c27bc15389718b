import type { EntityMention } from '../model/index.js';
import { fold } from './clusters.js';

const BODY_OF = /^(department|ministry|bureau|office) of (?:the )?((?:\S+ ){0,2}\S+)$/;
const FUNCTION_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/**
 * The key one public body goes by in all its forms: "Department of Justice" and "Justice
 * Department", "Ministry of Defence" and "Defence Ministry" (folded names in, key out).
 * @example bodyKey('department of justice') // 'justice department'
 */
export function bodyKey(folded: string): string {
  const m = BODY_OF.exec(folded);
  return m ? `${m[2]} ${m[1]}` : folded;
}

/**
 * The organisations of a story by the acronyms their names make, with and without their function
 * words ("Department of Justice": doj and dj; "Federal Bureau of Investigation": fbi), each to the
 * keys of the names that make it: "DOJ" is the Department of Justice when no other name of the story makes it.
 */
export function acronyms(names: EntityMention[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of names) {
    if (m.type !== 'organization') continue;
    const f = fold(m.text);
    const words = f.split(/[\s-]+/).filter(Boolean);
    if (words.length < 2) continue;
    const all = words.map((w) => w[0]).join('');
    const content = words.filter((w) => !FUNCTION_WORDS.has(w)).map((w) => w[0]).join('');
    for (const a of new Set([all, content])) if (a.length >= 2) out.set(a, (out.get(a) ?? new Set()).add(bodyKey(f)));
  }
  return out;
}

/** The letters of a name written as an acronym ("DOJ", "U.N.", "AT&T"), lower case, or null. */
export function acronymOf(text: string): string | null {
  return /^(?:[A-Z]\.?){2,7}$/.test(text) ? text.replace(/\./g, '').toLowerCase() : null;
}
