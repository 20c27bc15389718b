import { escapeHtml as h } from '../../report/escape.js';
import { formatBytes } from '../../serve/body.js';
import type { CompareForm } from './read.js';

/** Article fields shown without script; app.js adds more on demand. */
export const PASTE_FIELDS = 3;

/** An empty form. */
export const EMPTY_FORM: CompareForm = { outlets: [], texts: [], urls: '', files: [], save: false };

/** What the page shows above the form: errors (why nothing was compared) and notes (what was skipped). */
export interface FormProblems {
  errors: string[];
  notes: string[];
}

/**
 * The "compare your own" page: paste texts (an outlet field and a text area per article), list URLs,
 * or choose or drop files; nothing is stored unless "save" is ticked. Shown again with what was typed
 * (escaped; uploaded files must be chosen again) and the problems when the input cannot be compared.
 */
export function compareFormHtml(form: CompareForm, problems: FormProblems = { errors: [], notes: [] }, maxBytes: number): string {
  const n = Math.max(PASTE_FIELDS, form.texts.length, form.outlets.length);
  const fields = Array.from({ length: n }, (_, i) => pasteField(i + 1, form.outlets[i] ?? '', form.texts[i] ?? '')).join('');
  const list = (items: string[]) => `<ul>${items.map((m) => `<li>${h(m)}</li>`).join('')}</ul>`;
  const errors = problems.errors.length
    ? `<div class="notice error" role="alert" id="form-errors"><strong>Nothing was compared.</strong>${list(problems.errors)}${problems.notes.length ? `<p>Also met while reading:</p>${list(problems.notes)}` : ''}${form.files.length ? '<p>Files must be chosen again.</p>' : ''}</div>`
    : '';
  return `<p class="kicker">Compare your own</p><h1 class="page-title">How did different outlets tell it?</h1>
<p class="lede">Give two or more articles about one event — paste them, list their addresses, or drop saved pages — and get the same analysis as a stored story: shared and missing facts, contradictions, who is quoted and loaded wording. Nothing is kept unless you ask.</p>
${errors}
<form class="compare-form" method="post" action="/compare" enctype="multipart/form-data"${problems.errors.length ? ' aria-describedby="form-errors"' : ''}>
<section class="card" aria-labelledby="paste-h"><h2 id="paste-h">Paste articles</h2><p class="muted">One article per box: plain text (a short first line is taken as the headline), or the HTML of a saved page.</p>
<div class="pasted">${fields}</div>
<p><button type="button" class="secondary" data-add-article hidden>+ Add another article</button></p></section>
<section class="card" aria-labelledby="urls-h"><h2 id="urls-h">Or give their addresses</h2>
<div class="field"><label for="urls">Article or feed URLs, one a line</label><textarea id="urls" name="urls" rows="4" placeholder="https://news.example/2025/03/18/story">
${h(form.urls)}</textarea></div></section>
<section class="card" aria-labelledby="files-h"><h2 id="files-h">Or upload files</h2>
<div class="drop"><div class="field"><label for="files">Choose files, or drop them here</label><input type="file" id="files" name="files" multiple accept=".txt,.text,.html,.htm,.xhtml,.jsonl,.ndjson,.json,.xml,.rss,.atom,.opml,text/plain,text/html,application/xhtml+xml"></div>
<p class="muted">Plain text, saved web pages (HTML), JSON Lines or feeds; up to ${h(formatBytes(maxBytes))} in all.</p><ul aria-live="polite"></ul></div></section>
<div class="form-actions"><button type="submit">Compare</button><label class="check"><input type="checkbox" name="save" value="1"${form.save ? ' checked' : ''}> Save to the store: the articles join its stories, and you go to the story</label></div>
</form>`;
}

function pasteField(i: number, outlet: string, text: string): string {
  return `<fieldset><legend>Article ${i}</legend>
<div class="field"><label for="outlet-${i}">Outlet</label><input id="outlet-${i}" name="outlet" value="${h(outlet)}" placeholder="e.g. Daily Courier" autocomplete="off"></div>
<div class="field"><label for="text-${i}">Text</label><textarea id="text-${i}" name="text" rows="8">
${h(text)}</textarea></div></fieldset>`;
}
