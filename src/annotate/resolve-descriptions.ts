import type { AnnotatedArticle, EntityMention } from '../model/index.js';
import { loadSet } from '../lexicon/index.js';
import { CHARACTERISATIONS, ownerOf } from './characterisations.js';
import { clusterType, fold, majority, nearestBefore, precededBy, THE, type Cluster, type Clusters } from './clusters.js';
import { AFFILIATIONS } from './name-words.js';
import { ALL_OUTLET_NAMES } from './outlet-names.js';
import { places } from './places.js';

const LEADER_ROLES = loadSet('annotate/leader-roles');

/**
 * Step 3 of entity resolution, after names: descriptions join the entity the text points at.
 * Role descriptions ("the Russian leader") join the person whose roles and nationality fit, named
 * last before them; "the company" joins the firm named last; characterisations ("the Syrian
 * regime", "Hamas militants", "the billionaire") join the country, group or person they label.
 * What fits nothing stays its own entity.
 */
export function resolveDescriptions(articles: AnnotatedArticle[], clusters: Clusters): void {
  articles.forEach((art, a) => {
    for (const m of art.entities) {
      if (m.form !== 'description') continue;
      const kind = CHARACTERISATIONS.get(m.roles[0] ?? '');
      if (kind) clusters.add(characterised(art, a, m, kind, clusters), a, m);
      else if (m.type === 'organization') clusters.add(organisation(art, a, m, clusters), a, m);
      else if (AFFILIATIONS.has(m.roles[0] ?? '')) clusters.add(partisan(art, a, m, clusters), a, m);
      else {
        // "Her attorney, Toby Shook, said …": the person named in apposition.
        const named = apposed(art, m)?.entity;
        if (named) {
          clusters.add(clusters.get(named), a, m);
          continue;
        }
        const fits = clusters.all().filter((c) => clusterType(c) === 'person' && fitsRole(c, m));
        const pick = nearestBefore(fits, a, m.start) ?? (fits.length === 1 ? fits[0] : null);
        clusters.add(pick ?? clusters.get(fold([m.nationality, ...m.roles].filter(Boolean).join(' '))), a, m);
      }
    }
  });
}

/** The person (or organisation) named in apposition right after a description, between commas. */
function apposed(art: AnnotatedArticle, m: EntityMention, type: EntityMention['type'] = 'person'): EntityMention | undefined {
  const next = art.entities.find((x) => x.start > m.end && x.start <= m.end + 3);
  return next && next.form === 'name' && next.type === type && /^\s*,\s*$/.test(art.text.slice(m.end, next.start)) ? next : undefined;
}

/**
 * "the Vermont Democrat" after "Democrat Alma Reyes": the person of that party named last before it
 * in the article; else the description is its own entity, as "a New Hampshire Republican" always is.
 * (Taking the person named last without a party on record was right in 4 of 7 PolNeAR cases.)
 */
function partisan(art: AnnotatedArticle, a: number, m: EntityMention, clusters: Clusters): Cluster {
  const definite = precededBy(art.text, m.start, THE);
  const party = clusters.all().filter((c) => clusterType(c) === 'person' && c.names.size > 0 && c.roles.has(m.roles[0]));
  return (definite ? nearestBefore(party, a, m.start) : null) ?? clusters.get(fold(m.text));
}

/**
 * "the company" after "Halden Lake Lines": the organisation named in apposition, else the one of
 * that kind named last, outside the quotations (a name inside one is what was said, not who); else the group itself.
 */
function organisation(art: AnnotatedArticle, a: number, m: EntityMention, clusters: Clusters): Cluster {
  const head = fold(m.text);
  // "a group of religious leaders" is not the group named before: only "the group" is.
  const definite = precededBy(art.text, m.start, DEFINITE);
  if (!BARE_HEADS.test(head) || (GROUP_HEADS.test(head) && !definite)) return clusters.get(head);
  // "The company, Tyson Foods, said": the one named in apposition.
  const named = apposed(art, m, 'organization')?.entity;
  if (named) return clusters.get(named);
  const orgs = clusters.all().filter((c) => clusterType(c) === 'organization' && c.names.size > 0 && fitsHead(c, head));
  const quoted = (x: EntityMention) => art.quotes.some((q) => q.kind === 'direct' && x.start >= q.start && x.end <= q.end);
  return nearestBefore(orgs, a, m.start, quoted) ?? clusters.get(head);
}

/**
 * A government description joins its country ("the Syrian regime", "Assad's regime" when Assad's
 * nationality is known) or else its owner; a group joins the group or people it is named after
 * ("Hamas militants"), else one entity per nationality, else the group described last in the
 * article; a person label joins the person with that role ("billionaire Donald Trump … the
 * billionaire") or the leader of that nationality ("the Russian strongman").
 */
function characterised(art: AnnotatedArticle, a: number, m: EntityMention, kind: string, clusters: Clusters): Cluster {
  const ownerMention = ownerOf(art.text, m, art.entities);
  const owner = ownerMention?.entity ? clusters.get(ownerMention.entity) : null;
  const ownerCountry = owner && clusterType(owner) === 'place' ? places().get(owner.key)?.country : undefined;
  const country = m.nationality ?? ownerCountry ?? (owner && owner.nationality.size ? majority(owner.nationality) : null);
  const same = (c: Cluster) => c.mentions.some(({ m: x }) => x.form === 'description' && CHARACTERISATIONS.get(x.roles[0] ?? '') === kind);
  if (kind === 'government') {
    if (country) return clusters.country(country);
    return owner ?? nearestBefore(clusters.all().filter(same), a, m.start) ?? clusters.get(fold(m.roles[0]));
  }
  if (kind === 'group') {
    if (owner) return owner;
    if (m.nationality) return clusters.get(`${fold(m.nationality)} ${fold(m.roles[0])}`);
    return nearestBefore(clusters.all().filter(same), a, m.start) ?? clusters.get(fold(m.roles[0]));
  }
  const people = clusters.all().filter((c) => clusterType(c) === 'person' && c.names.size > 0);
  const byRole = people.filter((c) => [...c.roles].some((r) => roleWords(r) === roleWords(m.roles[0])));
  const byCountry = country ? people.filter((c) => c.nationality.has(country) && [...c.roles].some((r) => LEADER_ROLES.has(r))) : [];
  const fits = byRole.length ? byRole : byCountry;
  return nearestBefore(fits, a, m.start) ?? (fits.length === 1 ? fits[0] : clusters.get(fold(m.text)));
}

/**
 * Role words that name one job: "the lawyer" after "Justin Bamberg, an attorney for the family";
 * "the White House spokesperson" after "spokeswoman Sarah Sanders".
 */
const SAME_ROLE: Record<string, string> = {
  attorney: 'lawyer', counsel: 'lawyer', 'atty.': 'lawyer', spokesperson: 'spokesman', spokeswoman: 'spokesman',
  // "Gov. Pat McCrory … the governor": a title's abbreviation is its word.
  pm: 'prime minister', 'gov.': 'governor', gov: 'governor', 'sen.': 'senator', sen: 'senator', 'rep.': 'representative', 'pres.': 'president',
  'sec.': 'secretary', 'supt.': 'superintendent', 'det.': 'detective', 'insp.': 'inspector', 'prof.': 'professor',
  'lt.': 'lieutenant', 'col.': 'colonel', 'sgt.': 'sergeant', 'cmdr.': 'commander', 'adm.': 'admiral',
};
/** Roles with those words made one, kept per role: every description is read against every person's roles. */
const sameWords = new Map<string, string>();
function roleWords(r: string): string {
  let out = sameWords.get(r);
  if (out === undefined) {
    if (sameWords.size >= 50_000) sameWords.clear();
    sameWords.set(r, (out = r.split(' ').map((w) => SAME_ROLE[w] ?? w).join(' ')));
  }
  return out;
}
/** A person's role is the one described: the same words, or ending in them ("defense official"), or a job and whom it serves ("attorney family"). */
const sameRole = (r: string, role: string): boolean => r === role || r.endsWith(` ${role}`) || r.startsWith(`${role} `);

function fitsRole(c: Cluster, m: EntityMention): boolean {
  const role = roleWords(m.roles[0]);
  const roles = [...c.roles].map(roleWords);
  const roleOk = role === 'leader' ? roles.some((r) => LEADER_ROLES.has(r)) : roles.some((r) => sameRole(r, role));
  if (!roleOk) return false;
  if (!m.nationality) return true;
  return c.nationality.has(m.nationality);
}

const BARE_HEADS = /^(company|firm|operator|carrier|group|business|retailer|lender|ministry|department|agency|council|authority|court|union|party|committee|commission|university|hospital|school|inspectorate|regulator|campaign|network|association|organi[sz]ation|nonprofit|charity)$/;
/** Words in the name of a broadcaster, which "the network" may be. */
const BROADCASTER = /\b(network|news|tv|television|channel|broadcasting|radio)\b/;
const COMPANY_HEADS = /^(company|firm|operator|carrier|business|retailer|lender)$/;
/** Words that make a name a public body, a court, a group of people or a news outlet: not "the company". */
const NOT_COMPANY = /\b(council|ministry|department|agency|government|administration|authority|court|police|party|parliament|committee|commission|inspectorate|service|office|bureau|army|forces?|union|university|school|hospital|wire|radio|news|times|post|press|tv|television|channel|newspaper|magazine|journal|network|herald|gazette|tribune|daily)\b/;
/** "the", "this" or "that" before a mention. */
const DEFINITE = /\b(the|this|that)\s+$/i;
const GROUP_HEADS = /^(group|campaign|organi[sz]ation|nonprofit|charity)$/;
/** Words that make a name a public authority or a news outlet: not "the group". */
const NOT_GROUP = /\b(university|college|school|hospital|museum|council|ministry|department|agency|government|administration|authority|court|police|parliament|senate|house|congress|assembly|inspectorate|service|office|bureau|army|navy|forces?|wire|radio|news|times|post|press|tv|television|channel|newspaper|magazine|journal|network|herald|gazette|tribune|daily)\b/;
const PUBLIC_BODY = /\b(authority|inspectorate|commission|agency|regulator|office)\b/;
const GROUP_OR_CAMPAIGN = /\b(group|campaign)\b/;

/** "the company" fits a firm's name, "the council" a name with "council" in it. */
function fitsHead(c: Cluster, head: string): boolean {
  const names = [...c.names.keys()].map(fold);
  if (COMPANY_HEADS.test(head)) return names.every((n) => !NOT_COMPANY.test(n));
  // "the group", "the organization": a body of people that is no public authority nor news outlet
  // by its words (a union, a committee, a campaign, a company; not the outlets list, which rates
  // advocacy groups too, the ACLU among them).
  if (GROUP_HEADS.test(head)) return names.every((n) => !NOT_GROUP.test(n) || GROUP_OR_CAMPAIGN.test(n));
  if (head === 'regulator') return names.some((n) => PUBLIC_BODY.test(n));
  if (head === 'network') return names.some((n) => ALL_OUTLET_NAMES.has(n) || BROADCASTER.test(n));
  return names.some((n) => n.split(/\s+/).includes(head));
}
