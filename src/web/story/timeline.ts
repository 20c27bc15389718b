import { escapeHtml as h, safeHttpUrl } from '../../report/escape.js';
import { labelHtml } from '../../report/html-sections.js';
import type { Report } from '../../report/schema.js';
import type { TimelineEntry } from '../../store/types.js';
import { leanChip, timeHtml } from '../format.js';
import type { PageView } from './model.js';
import { none } from './model.js';

/**
 * The timeline: the story's articles oldest first, each with its date (or, undated, when it arrived),
 * outlet, lean and title; a syndicated copy says whose text it carries.
 */
export function timelineHtml(v: PageView): string {
  const { timeline, arrived } = v.input;
  if (timeline.length === 0) return none('No articles.');
  const items = timeline.map((t, i) => {
    const url = safeHttpUrl(t.url);
    const title = h(t.title ?? 'Untitled article');
    const when = t.date ? timeHtml(t.date) : arrived?.get(t.article) ? `${timeHtml(arrived.get(t.article))} <span class="muted">(arrived; undated)</span>` : timeHtml(null);
    const notes = [i === 0 ? 'first report' : '', t.copyOf ? `syndicated copy of ${h(v.outlet(t.copyOf))}` : ''].filter(Boolean).join(' · ');
    return `<li>${when}<div class="who">${labelHtml(v, t.article)} <b>${h(t.outlet)}</b> ${leanChip(t.lean)}</div><div>${url ? `<a href="${h(url)}" rel="noopener noreferrer nofollow">${title}</a>` : title}</div>${notes ? `<div class="sub">${notes}</div>` : ''}</li>`;
  });
  return `<ol class="timeline">${items.join('')}</ol>`;
}

/** A timeline for a comparison that is not stored: its articles by date, undated ones last. */
export function timelineOf(report: Report, lean: (article: Report['articles'][number]) => TimelineEntry['lean'] = () => null): TimelineEntry[] {
  const entries = report.articles.map((a) => ({ article: a.id, outlet: a.outlet, title: a.title, date: a.date, url: a.url, lean: lean(a), copyOf: a.copyOf, score: 1 }));
  const time = (e: TimelineEntry) => (e.date ? Date.parse(e.date) : Number.POSITIVE_INFINITY);
  return entries.map((e, i) => ({ e, i })).sort((x, y) => time(x.e) - time(y.e) || x.i - y.i).map((x) => x.e);
}
