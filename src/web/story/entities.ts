import { escapeHtml as h } from '../../report/escape.js';
import type { Report } from '../../report/schema.js';
import type { PageView } from './model.js';
import { none } from './model.js';

type Entity = Report['entities'][number];

const GROUPS: [Entity['type'], string][] = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
  ['other', 'Other names'],
];

/**
 * The entities, grouped by type and most mentioned first: each under its one canonical name, with
 * the other names the outlets use ("Putin", "the Russian leader") and how often each outlet names it
 * (a faded letter for an outlet that never does).
 */
export function entitiesHtml(v: PageView): string {
  const { entities } = v.report;
  if (entities.length === 0) return none('None found.');
  const groups = GROUPS.map(([type, title]) => {
    const items = entities
      .filter((e) => e.type === type)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
      .map((e) => item(v, e));
    return items.length ? `<div class="card"><h3 class="kicker">${title} <span class="muted">${items.length}</span></h3><ul class="entities">${items.join('')}</ul></div>` : '';
  });
  return `<div class="entity-groups">${groups.join('')}</div>`;
}

function item(v: PageView, e: Entity): string {
  const aliases = e.aliases.filter((a) => a.toLowerCase() !== e.name.toLowerCase());
  const counts = v.articles
    .map((a) => {
      const n = e.mentions.filter((m) => m.article === a.article.id).length;
      return `<span class="count${n ? '' : ' zero'}" title="${h(`${a.article.outlet}: ${n}`)}">${a.label}<b>${n}</b></span>`;
    })
    .join('');
  const also = aliases.length ? `<span class="also">also ${aliases.map((a) => `“${h(a)}”`).join(', ')}</span>` : '';
  return `<li><span class="name">${h(e.name)}</span>${also}<span class="counts">${counts}</span></li>`;
}
