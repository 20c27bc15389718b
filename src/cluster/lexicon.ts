import { readFileSync } from 'node:fs';

let ranks: Map<string, number> | null = null;

/**
 * Frequency rank of a lower-case word in general English news (1 = "the"), from
 * data/word-ranks.txt (GloVe vocabulary, PDDL 1.0); undefined outside the 60,000 commonest words.
 * @example wordRank('the') // 1
 */
export function wordRank(word: string): number | undefined {
  if (!ranks) ranks = loadRanks();
  return ranks.get(word);
}

function loadRanks(): Map<string, number> {
  const lines = readFileSync(new URL('../../data/word-ranks.txt', import.meta.url), 'utf8').split('\n');
  const map = new Map<string, number>();
  let rank = 0;
  for (const line of lines) if (line && line[0] !== '#') map.set(line, ++rank);
  return map;
}
