import { readFileSync } from 'node:fs';

/**
 * Reads a word list from the package's `data/` folder: one entry per line, `#` starts a comment.
 * The path is relative to the package root, so it works from `src/` (tsx, vitest) and `dist/` alike.
 * @example loadList('annotate/cue-verbs') // → ['say', 'tell', …]
 */
export function loadList(name: string): string[] {
  const url = new URL(`../../data/${name}.txt`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** Reads a list into a lower-cased Set. */
export function loadSet(name: string): Set<string> {
  return new Set(loadList(name).map((w) => w.toLowerCase()));
}

/** Reads `key<TAB>value` lines (or `key = value`) into a lower-cased Map. */
export function loadMap(name: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of loadList(name)) {
    const [k, v] = line.split(/\t|\s*=\s*/);
    if (k && v) map.set(k.toLowerCase(), v.toLowerCase());
  }
  return map;
}
