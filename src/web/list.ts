import { escapeHtml as h } from '../report/escape.js';
import { sinceDate } from '../model/since.js';
import type { Lean, StoryFilter, StoryRecord } from '../store/types.js';
import { coverageHtml, oneSidedHtml } from './coverage.js';
import { plural, timeHtml } from './format.js';

/** Stories on one page of the list. */
export const PAGE_SIZE = 30;
/** Outlet names shown on a story card before "+N more". */
const OUTLETS_SHOWN = 4;
const LEANS: Lean[] = ['left', 'center', 'right'];
const SINCE_CHOICES: [string, string][] = [
  ['', 'Any time'],
  ['1d', 'Last 24 hours'],
  ['1w', 'Last 7 days'],
  ['30d', 'Last 30 days'],
];

/** Least numbers of sources the form offers: stories told by several outlets are the ones to compare. */
const SOURCE_CHOICES = ['2', '3', '5'];

/** The list's filters as the form sends them (every field a string, empty when unset). */
export interface ListQuery {
  q: string;
  lean: string;
  outlet: string;
  since: string;
  /** Least number of independent sources, as written ('' for any). */
  sources: string;
  oneSided: boolean;
  offset: number;
}

/** Reads the filter form's query; bad values are dropped with a note saying so, never an error page. */
export function readListQuery(query: Record<string, string>): { query: ListQuery; filter: StoryFilter; notes: string[] } {
  const notes: string[] = [];
  const text = (name: string) => (query[name] ?? '').trim();
  const q: ListQuery = { q: text('q'), lean: text('lean'), outlet: text('outlet'), since: text('since'), sources: text('sources'), oneSided: ['1', 'true', 'on'].includes(text('oneSided')), offset: 0 };
  const filter: StoryFilter = { limit: PAGE_SIZE + 1 };
  if (q.q) filter.query = q.q;
  if (q.outlet) filter.outlet = q.outlet;
  if (q.oneSided) filter.oneSided = true;
  const sources = Number(q.sources);
  if (q.sources && Number.isSafeInteger(sources) && sources >= 1) filter.minSources = sources;
  else if (q.sources) {
    notes.push(`“${q.sources}” is not a number of sources: ignored.`);
    q.sources = '';
  }
  if (LEANS.includes(q.lean as Lean)) filter.lean = q.lean as Lean;
  else if (q.lean) {
    notes.push(`Lean “${q.lean}” is not one of left, center, right: ignored.`);
    q.lean = '';
  }
  const since = q.since ? sinceDate(q.since) : null;
  if (since) filter.since = since;
  else if (q.since) {
    notes.push(`“${q.since}” is neither a duration (12h, 2d, 1w) nor a date: ignored.`);
    q.since = '';
  }
  const offset = Number(text('offset') || 0);
  if (Number.isSafeInteger(offset) && offset > 0) q.offset = filter.offset = offset;
  return { query: q, filter, notes };
}

/** The story list: the filter form, one card per story (newest first), and paging. */
export function listHtml(stories: StoryRecord[], query: ListQuery, notes: string[]): string {
  const more = stories.length > PAGE_SIZE;
  const shown = stories.slice(0, PAGE_SIZE);
  const filtered = Boolean(query.q || query.lean || query.outlet || query.since || query.sources || query.oneSided);
  const cards = shown.length
    ? `<ol class="stories">${shown.map(card).join('')}</ol>`
    : filtered
      ? '<div class="card empty"><p>No story matches these filters.</p><p><a href="/">Show all stories</a></p></div>'
      : '<div class="card empty"><p><strong>No stories yet.</strong></p><p>Add articles with <code>corroborate ingest FILES…</code> (or start <code>corroborate serve FILES…</code>), or <a href="/compare">compare your own</a> without storing anything.</p></div>';
  const count = shown.length ? `<p class="result-count" role="status">${plural(shown.length, 'story', 'stories')}${query.offset || more ? ` (from ${query.offset + 1})` : ''}${filtered ? ' matching the filters' : ''}</p>` : '';
  const noteHtml = notes.length ? `<div class="notice" role="alert"><ul>${notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul></div>` : '';
  return `<div class="list-head"><div><p class="kicker">Newest first</p><h1 class="page-title">Stories</h1><p class="lede">Each story gathers the articles about one event. Open one to see which outlet reports, omits or contradicts each fact, whom each lets speak, and where the wording is loaded.</p></div></div>
${filters(query)}
${noteHtml}${count}${cards}${pager(query, shown.length, more)}`;
}

function filters(q: ListQuery): string {
  const since = SINCE_CHOICES.some(([v]) => v === q.since) ? SINCE_CHOICES : [...SINCE_CHOICES, [q.since, q.since] as [string, string]];
  const option = (value: string, label: string, selected: boolean) => `<option value="${h(value)}"${selected ? ' selected' : ''}>${h(label)}</option>`;
  const counts = SOURCE_CHOICES.includes(q.sources) ? SOURCE_CHOICES : [...SOURCE_CHOICES, q.sources];
  const sources = [option('', 'Any number', !q.sources), ...counts.filter(Boolean).map((n) => option(n, `${n} or more`, q.sources === n))].join('');
  const leans = [option('', 'Any lean', !q.lean), ...LEANS.map((l) => option(l, `${l[0].toUpperCase()}${l.slice(1)}`, q.lean === l))].join('');
  return `<form class="filters card" method="get" action="/" role="search" aria-label="Filter stories">
<div class="field"><label for="f-q">Search</label><input id="f-q" type="search" name="q" value="${h(q.q)}" placeholder="Words in titles and leads"></div>
<div class="field"><label for="f-lean">Covered from</label><select id="f-lean" name="lean">${leans}</select></div>
<div class="field"><label for="f-outlet">Outlet</label><input id="f-outlet" name="outlet" value="${h(q.outlet)}" placeholder="Name or domain"></div>
<div class="field"><label for="f-sources">Sources</label><select id="f-sources" name="sources">${sources}</select></div>
<div class="field"><label for="f-since">Since</label><select id="f-since" name="since">${since.map(([v, l]) => option(v, l, v === q.since)).join('')}</select></div>
<div class="actions"><button type="submit">Filter</button><a href="/">Clear</a></div>
<label class="check"><input type="checkbox" name="oneSided" value="1"${q.oneSided ? ' checked' : ''}> One-sided stories only (blindspots)</label>
</form>`;
}

function card(s: StoryRecord): string {
  const outlets = s.outlets.slice(0, OUTLETS_SHOWN).map(h).join(', ') + (s.outlets.length > OUTLETS_SHOWN ? ` and ${s.outlets.length - OUTLETS_SHOWN} more` : '');
  const when = s.lastSeen && s.firstSeen && s.lastSeen.slice(0, 10) !== s.firstSeen.slice(0, 10) ? `${timeHtml(s.firstSeen)} – ${timeHtml(s.lastSeen)}` : timeHtml(s.lastSeen ?? s.firstSeen);
  const meta = [when, plural(s.sources, 'source'), plural(s.articles.length, 'article'), oneSidedHtml(s.oneSided)].filter(Boolean);
  return `<li class="card story-card"><div><div class="story-meta">${meta.join('<span class="sep" aria-hidden="true"></span>')}</div>
<h2><a href="/stories/${encodeURIComponent(s.id)}">${h(s.title ?? 'Untitled story')}</a></h2>
<p class="outlets">${outlets}</p></div>${coverageHtml(s.coverage)}</li>`;
}

function pager(q: ListQuery, shown: number, more: boolean): string {
  if (!more && q.offset === 0) return '';
  const link = (offset: number) => {
    const params = new URLSearchParams();
    for (const key of ['q', 'lean', 'outlet', 'since', 'sources'] as const) if (q[key]) params.set(key, q[key]);
    if (q.oneSided) params.set('oneSided', '1');
    if (offset > 0) params.set('offset', String(offset));
    const search = params.toString();
    return h(`/${search ? `?${search}` : ''}`);
  };
  const newer = q.offset > 0 ? `<a href="${link(Math.max(0, q.offset - PAGE_SIZE))}">← Newer stories</a>` : '<span></span>';
  const older = more ? `<a href="${link(q.offset + shown)}">Older stories →</a>` : '';
  return `<nav class="pager" aria-label="Pages">${newer}${older}</nav>`;
}
