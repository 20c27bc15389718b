import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { compare } from '../../compare.js';
import type { ArticleInput } from '../../model/index.js';
import { readBody } from '../../serve/body.js';
import { MAX_COMPARE_ARTICLES } from '../../serve/api/compare.js';
import type { AppContext } from '../../serve/context.js';
import { HttpError } from '../../serve/errors.js';
import type { Lean } from '../../store/types.js';
import { ingest } from '../../stories/index.js';
import { page } from '../layout.js';
import { storyHtml, timelineOf } from '../story/index.js';
import { compareFormHtml, EMPTY_FORM } from './form.js';
import type { CompareForm } from './read.js';
import { formFields, readForm } from './read.js';

/** `GET /compare`: the empty form. */
export function showForm(c: Context, ctx: AppContext): Response {
  return c.html(page({ title: 'Compare your own', section: 'compare', body: compareFormHtml(EMPTY_FORM, undefined, ctx.maxBodyBytes) }));
}

/**
 * `POST /compare` (multipart): reads the articles and shows their comparison as a story page,
 * storing nothing; with "save" ticked, ingests them into the store and redirects to their story.
 * A body over the size limit gets 413 and input that cannot be compared 400, each with the form
 * again and the reasons.
 */
export async function postForm(c: Context, ctx: AppContext): Promise<Response> {
  let form: CompareForm;
  try {
    const bytes = await readBody(c, ctx.maxBodyBytes);
    const data = await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': c.req.header('content-type') ?? '' } }).formData();
    form = formFields(data);
  } catch (error) {
    if (error instanceof HttpError && error.status === 413) return formAgain(c, ctx, EMPTY_FORM, [error.message], [], 413);
    return formAgain(c, ctx, EMPTY_FORM, ['The form could not be read: send it from this page (multipart/form-data).'], [], 400);
  }
  const read = await readForm(form, ctx.remote, MAX_COMPARE_ARTICLES);
  const notes = read.messages.filter((m) => m.severity !== 'info').map((m) => m.reason);
  if (read.errors.length) return formAgain(c, ctx, form, read.errors, notes, 400);
  if (form.save) {
    const story = await save(ctx, read.inputs);
    if (story) return c.redirect(`/stories/${encodeURIComponent(story)}`, 303);
    notes.push('These articles were already in the store under other names: the comparison below was not saved again.');
  }
  const report = compare(read.inputs);
  const leans = new Map<string, Lean | null>();
  for (const a of report.articles) leans.set(a.id, a.url ? ((await ctx.store.outletByDomain(a.url))?.lean ?? null) : null);
  const body = storyHtml({ report, story: null, timeline: timelineOf(report, (a) => leans.get(a.id) ?? null), notes });
  return c.html(page({ title: report.title || 'Your comparison', section: 'compare', body }));
}

function formAgain(c: Context, ctx: AppContext, form: CompareForm, errors: string[], notes: string[], status: 400 | 413): Response {
  return c.html(page({ title: 'Compare your own', section: 'compare', body: compareFormHtml(form, { errors, notes }, ctx.maxBodyBytes) }), status);
}

/**
 * Ingests the articles and returns the story most of them joined, or null when none can be found
 * (each was stored before under another id). Ids come from outlet and text, so the same article
 * saved twice is found again.
 */
async function save(ctx: AppContext, inputs: ArticleInput[]): Promise<string | null> {
  const withIds = inputs.map((input) => ({ ...input, id: articleId(input) }));
  await ingest(ctx.store, withIds);
  const stored = await ctx.store.getArticles(withIds.map((i) => i.id));
  const votes = new Map<string, number>();
  for (const a of stored) if (a.story) votes.set(a.story, (votes.get(a.story) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function articleId(input: ArticleInput): string {
  const hash = createHash('sha256').update(`${input.outlet ?? ''}\u0000${input.url ?? ''}\u0000${input.text ?? ''}`).digest('hex');
  return `web-${hash.slice(0, 16)}`;
}
