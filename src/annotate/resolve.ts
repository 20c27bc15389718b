import { distance } from 'fastest-levenshtein';
import type { AnnotatedArticle, Entity, EntityMention } from '../model/index.js';
import { canonicalName, clusterType, Clusters, fold, majority, precededBy, THE, type Cluster } from './clusters.js';
import { places } from './places.js';
import { acronymOf, acronyms, bodyKey } from './org-forms.js';
import { resolveDescriptions } from './resolve-descriptions.js';
import { GENERATION, GIVEN_NAMES, isEverydayWord, NICKNAMES, TITLE_WORDS } from './name-words.js';

export { fold } from './clusters.js';

/**
 * Gives every entity mention of the story one canonical entity: "Vladimir Putin", "Putin" and
 * "the Russian leader" become one, when the text makes it clear. Quote speakers are then named
 * by their entity. Returns the articles with `entity` keys filled and the story's entities.
 */
export function resolveEntities(input: AnnotatedArticle[]): { articles: AnnotatedArticle[]; entities: Entity[] } {
  const articles = input.map((a) => ({ ...a, entities: a.entities.map((m) => ({ ...m })) }));
  const clusters = new Clusters();
  const get = (key: string) => clusters.get(key);
  const add = (c: Cluster, a: number, m: EntityMention) => clusters.add(c, a, m);
  const all = articles.flatMap((art, a) => art.entities.map((m) => ({ a, m })));
  const names = all.filter(({ m }) => m.form === 'name');
  // 1. Full person names, by surname and compatible first name.
  const surnames = new Map<string, Cluster[]>();
  // "Kim Kye-gwan" after "Kim Kye Gwan": the same letters, hyphens and spaces aside.
  const byLetters = new Map<string, Cluster>();
  for (const { a, m } of names) {
    if (m.type !== 'person' || m.text.split(/\s+/).length < 2) continue;
    const words = fold(m.text).split(/\s+/);
    const bySurname = surnames.get(words.at(-1)!) ?? [];
    const found = bySurname.find((c) => samePerson(c.key, words)) ?? spellingOf(surnames, words) ?? byLetters.get(letters(words));
    const c = found ?? get(words.join(' '));
    // "Volodymyr Zelenskiy" after "Volodymyr Zelensky": "Zelenskiy" alone is that person too.
    if (found && !bySurname.includes(found)) surnames.set(words.at(-1)!, [...bySurname, found]);
    if (!found) {
      surnames.set(words.at(-1)!, [...bySurname, c]);
      byLetters.set(letters(words), c);
      // "Bashar al-Assad" is also "Assad", "Majid Takht-Ravanchi" also "Ravanchi".
      const bare = words.at(-1)!.split('-').at(-1)!;
      if (bare !== words.at(-1)) surnames.set(bare, [...(surnames.get(bare) ?? []), c]);
    }
    add(c, a, m);
  }
  // "Shears" for George Shears III, "King" for Martin Luther King Jr., when no one else has that surname.
  for (const c of clusters.all()) {
    const w = c.key.split(' ');
    if (w.length > 2 && GENERATION.test(w.at(-1)!) && !surnames.has(w.at(-2)!)) surnames.set(w.at(-2)!, [c]);
  }
  // A single word may also be the first word of a full name: a first name ("Kamala" for Kamala
  // Harris), or a family name written first ("Kim" for Kim Jong Un).
  const firstNames = new Map<string, Cluster[]>();
  for (const c of clusters.all()) {
    const w = c.key.split(' ');
    if (w.length === 2 || (w.length === 3 && !/\.$/.test(w[1]))) firstNames.set(w[0], [...(firstNames.get(w[0]) ?? []), c]);
  }
  // Short forms of organisations: "Voltera" for Voltera Recycling, when only one name starts so.
  const orgFirst = new Map<string, Set<string>>();
  // "the Post" for The Washington Post, "the Journal": a newspaper's last word, when only one name
  // ends so (not "the House" for the White House: only the words papers are named by).
  const orgLast = new Map<string, Set<string>>();
  for (const { m } of names) {
    const w = fold(m.text).split(/\s+/);
    if (m.type !== 'organization' || w.length < 2) continue;
    // Not "FBI Agent" (one of the body's people after its name) for "the FBI".
    if (!w.slice(1).every((x) => TITLE_WORDS.has(x) || MEMBERS.has(x))) orgFirst.set(w[0], (orgFirst.get(w[0]) ?? new Set()).add(w.join(' ')));
    if (MASTHEADS.has(w.at(-1)!)) orgLast.set(w.at(-1)!, (orgLast.get(w.at(-1)!) ?? new Set()).add(w.join(' ')));
  }
  // "DOJ" for the Department of Justice, when no other organisation of the story makes that acronym.
  const longForms = acronyms(names.map(({ m }) => m));
  // 2. Single words and other names: a surname of one known person, a country, or themselves.
  for (const { a, m } of names) {
    if (m.entity) continue;
    const f = fold(m.text);
    const org = orgFirst.get(f);
    if (org?.size === 1 && m.type !== 'place' && !surnames.has(f) && actsAsOrganization(articles[a], m)) {
      m.type = 'organization';
      add(get(bodyKey([...org][0])), a, m);
      continue;
    }
    const named = orgLast.get(f);
    if (named?.size === 1 && precededBy(articles[a].text, m.start, THE)) {
      m.type = 'organization';
      add(get(bodyKey([...named][0])), a, m);
      continue;
    }
    const byName = (surnames.get(f) ?? (f.includes(' ') ? [] : firstNames.get(f) ?? [])).filter((c) => sameSex(c, m));
    if (byName.length && m.type !== 'organization' && m.type !== 'place') {
      m.type = 'person';
      add(nearest(byName, a) ?? byName[0], a, m);
      continue;
    }
    const place = places().get(f);
    if (place && place.as === 'name' && /^\p{Lu}/u.test(m.text)) {
      m.type = 'place';
      add(clusters.country(place.country), a, m);
    } else {
      const long = longForms.get(acronymOf(m.text) ?? '');
      add(get(long?.size === 1 ? [...long][0] : bodyKey(f)), a, m);
    }
  }
  // 3. Descriptions: roles, "the company", characterisations.
  resolveDescriptions(articles, clusters);
  const entities: Entity[] = clusters.all().map((c) => ({
    key: c.key,
    name: canonicalName(c),
    type: clusterType(c),
    aliases: [...new Set(c.mentions.map(({ m }) => m.text))],
    nationality: c.nationality.size ? majority(c.nationality) : null,
  }));
  const byKey = new Map(entities.map((e) => [e.key, e]));
  return { articles: articles.map((art) => nameSpeakers(art, byKey)), entities };
}

/**
 * "Voltera said", "fined Voltera": a short name that acts or is acted on, as an organisation does;
 * "in Ellerby" or "Harbourton's councillors" name the town.
 */
function actsAsOrganization(art: AnnotatedArticle, m: EntityMention): boolean {
  const k = art.tokens.findIndex((t) => t.start === m.start);
  if (k < 0 || places().get(fold(m.text))?.as === 'demonym') return false;
  const before = art.tokens[k - 1];
  const after = art.tokens[k + 1];
  return before?.pos === 'VERB' || after?.pos === 'VERB' || (after?.pos === 'AUX' && after.lemma !== 'be' && !/^[’']s$/.test(after.value));
}

const MALE = new Set(['mr.', 'mr', 'sir']);
const FEMALE = new Set(['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'lady']);
const sexOf = (roles: Iterable<string>): 'm' | 'f' | null => {
  for (const r of roles) for (const w of r.split(' ')) if (MALE.has(w)) return 'm'; else if (FEMALE.has(w)) return 'f';
  return null;
};

/**
 * "Mrs. Petraeus" is not David Petraeus, nor "Mrs. Clinton" "Mr. Clinton": a title of the other sex
 * than the person's given name or titles tells them apart.
 */
function sameSex(c: Cluster, m: EntityMention): boolean {
  const mine = sexOf(m.roles);
  if (!mine) return true;
  const words = c.key.split(' ');
  const given = words.length > 1 ? GIVEN_NAMES.get(words[0]) : undefined;
  const theirs = given === 'm' || given === 'f' ? given : sexOf(c.roles);
  return !theirs || theirs === mine;
}

/** Words for a body's people, which follow its name without naming another body ("FBI agents"). */
const MEMBERS = new Set(['agent', 'agents', 'official', 'officials', 'staff', 'staffer', 'staffers', 'member', 'members', 'employee', 'employees', 'worker', 'workers']);

/** The last words of newspapers' names, by which a paper is called again ("the Post", "the Times"). */
const MASTHEADS = new Set(['post', 'times', 'journal', 'gazette', 'herald', 'tribune', 'chronicle', 'telegraph', 'courier', 'examiner', 'inquirer', 'bulletin', 'register', 'globe', 'star', 'sun', 'observer', 'independent', 'guardian']);

/** A name's letters without hyphens or spaces: "Kim Kye-gwan" and "Kim Kye Gwan" are one. */
const letters = (words: string[]): string => words.join('').replace(/-/g, '');

function samePerson(key: string, words: string[]): boolean {
  const k = key.split(' ');
  if (k.at(-1) !== words.at(-1)) return false;
  // Same first name, initial or short form ("Bill" for William); of names of different lengths, one's
  // first word inside the other ("Hillary Rodham Clinton", "Rodham Clinton") or not a given name at
  // all ("Close Trump" in a headline); not "Timothy J. Kelly" and "John Kelly", two given names.
  const nickname = NICKNAMES.get(k[0]) === words[0] || NICKNAMES.get(words[0]) === k[0];
  if (k[0] === words[0] || nickname || (k[0][0] === words[0][0] && mayBeOne(k[0], words[0]))) return true;
  return k.length !== words.length && (k.includes(words[0]) || words.includes(k[0]) || !mayBeGiven(k[0]) || !mayBeGiven(words[0]));
}

/**
 * A first word that may be a given name: one on the list, or a word English does not use every day
 * ("Nasim", "Ismail": given names the list lacks); not "Close" in a headline's "Close Trump".
 */
const mayBeGiven = (w: string): boolean => GIVEN_NAMES.has(w) || !isEverydayWord(w);

/**
 * Two first words with the same initial that may name one person: an initial ("J." / "John"), a
 * short form that begins the long one ("Dan" / "Daniel"), or one that shares its first two letters
 * ("Mike" / "Michael", "Steve" / "Stephen"). "Amber" and "Alana" Guyger, "Botham" and "Brandt"
 * Jean, are sisters and brothers.
 */
function mayBeOne(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.replace(/\.$/, '').length === 1 || long.startsWith(short) || short.slice(0, 2) === long.slice(0, 2);
}

/**
 * A person already named under another transliteration of the same name ("Volodymyr Zelenskiy" and
 * "Volodymyr Zelensky", "Oleksiy Danylov" and "Oleksiy Danilov", "Qassim Suleimani" and "Qassem
 * Soleimani"): surnames of six letters or more one letter apart, with the same first name or first
 * names one letter apart too. Two different people of one story rarely differ by one letter.
 */
function spellingOf(surnames: Map<string, Cluster[]>, words: string[]): Cluster | undefined {
  const last = words.at(-1)!;
  if (words.length !== 2 || last.length < 6) return undefined;
  for (const [surname, cs] of surnames) {
    if (surname[0] !== last[0] || surname.length < 6 || Math.abs(surname.length - last.length) > 1 || distance(surname, last) !== 1) continue;
    const match = cs.find((c) => {
      const k = c.key.split(' ');
      return k.length === 2 && k[1] === surname && k[0][0] === words[0][0] && distance(k[0], words[0]) <= 1;
    });
    if (match) return match;
  }
  return undefined;
}

function nearest(cs: Cluster[], article: number): Cluster | undefined {
  return cs.find((c) => c.mentions.some((x) => x.article === article));
}

/** Fills each quote's and sentence's canonical speaker from the entity at the speaker's span. */
function nameSpeakers(art: AnnotatedArticle, byKey: Map<string, Entity>): AnnotatedArticle {
  const quotes = art.quotes.map((q) => {
    if (!q.speakerSpan) return q;
    const m = art.entities.find((e) => e.start < q.speakerSpan!.end && e.end > q.speakerSpan!.start);
    return m ? { ...q, speaker: byKey.get(m.entity)?.name ?? q.speaker } : q;
  });
  const sentences = art.sentences.map((s) => {
    const q = quotes.find((x) => x.sentence === s.index && x.speaker && s.voice === 'quoted');
    return q ? { ...s, speaker: q.speaker } : s;
  });
  return { ...art, quotes, sentences };
}
