import type { Report } from '../../report/schema.js';
import type { ReportView } from '../../report/view.js';
import type { Lean, StoryDetail, TimelineEntry } from '../../store/types.js';

/** What a story page shows: a comparison report and, for a stored story, the story around it. */
export interface StoryPageInput {
  report: Report;
  /** The stored story, or null for a comparison made on the spot and not stored. */
  story: StoryDetail | null;
  /** The articles in order of publication (or arrival), with their outlets' leans when known. */
  timeline: TimelineEntry[];
  /** When each article arrived in the store, by article id (stored stories only). */
  arrived?: Map<string, string>;
  /** Messages met before the comparison (reading uploads, fetching URLs), shown as notes. */
  notes?: string[];
}

/** The report's shared view plus what only the web page knows: leans and the timeline. */
export interface PageView extends ReportView {
  input: StoryPageInput;
  lean(article: string): Lean | null;
}

/** Builds the page's view of the input. */
export function pageView(view: ReportView, input: StoryPageInput): PageView {
  const leans = new Map(input.timeline.map((t) => [t.article, t.lean]));
  return { ...view, input, lean: (id) => leans.get(id) ?? null };
}

/** An empty section's line. */
export function none(text: string): string {
  return `<p class="muted">${text}</p>`;
}

/** A section of the story page with an id the table of contents links to; `title` and `intro` are the page's own words (HTML). */
export function block(id: string, title: string, intro: string, content: string): string {
  return `<section class="block" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>${intro ? `<p class="intro">${intro}</p>` : ''}\n${content}\n</section>`;
}
