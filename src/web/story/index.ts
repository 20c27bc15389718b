import { escapeHtml as h } from '../../report/escape.js';
import { messagesHtml } from '../../report/html-sections.js';
import { viewOf } from '../../report/view.js';
import type { Coverage } from '../../store/types.js';
import { coverageHtml, oneSidedHtml } from '../coverage.js';
import { plural, timeHtml } from '../format.js';
import { conflictsHtml } from './conflicts.js';
import { entitiesHtml } from './entities.js';
import { framingHtml } from './framing.js';
import { matrixHtml } from './matrix.js';
import type { PageView, StoryPageInput } from './model.js';
import { block, pageView } from './model.js';
import { sourcesHtml, summaryHtml } from './summary.js';
import { textsHtml } from './texts.js';
import { timelineHtml } from './timeline.js';
import { voicesHtml } from './voices.js';

export type { StoryPageInput } from './model.js';
export { timelineOf } from './timeline.js';

const SECTIONS: [string, string][] = [
  ['summary', 'Summary'],
  ['matrix', 'Fact by outlet'],
  ['conflicts', 'Conflicts'],
  ['articles', 'Articles'],
  ['voices', 'Who speaks'],
  ['wording', 'Wording'],
  ['entities', 'Entities'],
  ['timeline', 'Timeline'],
];

/**
 * The story page's content: the headline with coverage, counts, then summary and sources, the fact ×
 * outlet matrix, conflicts, the articles side by side, who gets to speak, flagged wording, entities,
 * the timeline and the problems met. The same page serves a stored story and a comparison made on
 * the spot (`input.story` null). Every piece of article content is escaped.
 */
export function storyHtml(input: StoryPageInput): string {
  const v = pageView(viewOf(input.report), input);
  const toc = `<nav class="toc" aria-label="On this page"><ul>${SECTIONS.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('')}</ul></nav>`;
  return [
    header(v),
    tiles(v),
    toc,
    block('summary', 'Summary', 'A neutral summary from the facts the outlets share. Each letter cites an outlet and jumps to its sentence.', `<div class="two">${summaryHtml(v)}${sourcesHtml(v)}</div>`),
    block('matrix', 'Fact by outlet', 'Every fact, and which outlet reports it, leaves it out or contradicts it. Click a column header to sort; open a fact to read each outlet’s words.', matrixHtml(v)),
    block('conflicts', 'Conflicts', 'Where outlets give the same fact with different numbers, dates or scope.', conflictsHtml(v)),
    block('articles', 'The articles side by side', '', textsHtml(v)),
    block('voices', 'Who gets to speak', 'Whom each outlet quotes, how often, and which side a voice takes where that is clear.', voicesHtml(v)),
    block('wording', 'Loaded wording, opinion and hedges', 'Phrases that carry a judgement or soften a claim, and whose voice they are in.', framingHtml(v)),
    block('entities', 'Entities', 'People, organisations and places, under one name each, with how often each outlet mentions them.', entitiesHtml(v)),
    block('timeline', 'Timeline', '', timelineHtml(v)),
    problems(v),
  ].join('\n');
}

function header(v: PageView): string {
  const { story, notes } = v.input;
  const r = v.report;
  const when = story ? timeHtml(story.lastSeen ?? story.firstSeen, 'no date') : '';
  const kicker = story
    ? `Story · ${plural(story.sources, 'independent source')} · ${when}`
    : `Your comparison · ${plural(r.articles.length, 'article')} · <span class="badge unsaved">not saved</span>`;
  const coverage = story?.coverage ?? coverageOf(v);
  const json = story ? `<p class="muted"><a href="/api/stories/${encodeURIComponent(story.id)}/report">This comparison as JSON</a></p>` : '';
  const noteHtml = notes?.length ? `<div class="notice" role="status"><strong>While reading your input:</strong><ul>${notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul></div>` : '';
  const back = story ? '<a class="crumb" href="/">← All stories</a>' : '<a class="crumb" href="/compare">← Compare other articles</a>';
  return `${back}${noteHtml}<div class="story-head"><div><p class="kicker">${kicker}</p><h1 class="page-title">${h(r.title || 'Untitled story')}</h1>${oneSidedHtml(story?.oneSided ?? null)}${json}</div><div><p class="cov-title">Coverage by outlet lean</p>${coverageHtml(coverage)}</div></div>`;
}

/** Coverage of a comparison that is not stored: distinct outlets (copies left out) by lean. */
function coverageOf(v: PageView): Coverage {
  const seen = new Map<string, keyof Coverage>();
  for (const a of v.report.articles) if (!a.copyOf && !seen.has(a.outlet.toLowerCase())) seen.set(a.outlet.toLowerCase(), v.lean(a.id) ?? 'unknown');
  const out: Coverage = { left: 0, center: 0, right: 0, unknown: 0 };
  for (const lean of seen.values()) out[lean]++;
  return out;
}

function tiles(v: PageView): string {
  const speakers = v.speakers.filter((g) => g.speaker !== null).length;
  const tile = (cls: string, n: number, label: string, href: string) => `<li class="tile ${cls}"><a href="#${href}" class="tile-link"><b>${n}</b><span>${label}</span></a></li>`;
  return `<ul class="tiles" aria-label="At a glance">${[
    tile('t-consensus', v.consensus.length, 'facts reported by all', 'matrix'),
    tile('t-partial', v.partial.length, 'reported by some', 'matrix'),
    tile('t-single', v.single.length, 'by one outlet only', 'matrix'),
    tile('t-conflict', v.report.conflicts.length, v.report.conflicts.length === 1 ? 'conflict' : 'conflicts', 'conflicts'),
    tile('t-voices', v.report.quotes.length, v.report.quotes.length === 1 ? 'quote' : 'quotes', 'voices'),
    tile('t-voices', speakers, speakers === 1 ? 'named speaker' : 'named speakers', 'voices'),
  ].join('')}</ul>`;
}

function problems(v: PageView): string {
  const n = v.report.messages.length;
  if (n === 0) return '';
  return `<details class="problems block" id="problems"><summary>Problems met on the way (${n})</summary>${messagesHtml(v)}</details>`;
}
