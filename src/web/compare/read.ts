import { decodeBytes, detectFormat, fromText, parseJsonLines, parseUrlList, readInputs, settleInputs } from '../../ingest/index.js';
import type { RemoteOptions } from '../../ingest/index.js';
import type { ArticleInput, Message } from '../../model/index.js';

/** What the "compare your own" form sent, as typed: refilled into the form when it must be shown again. */
export interface CompareForm {
  outlets: string[];
  texts: string[];
  urls: string;
  files: File[];
  save: boolean;
}

/** The articles read from the form, the problems met reading them, and what makes the form unusable. */
export interface FormArticles {
  inputs: ArticleInput[];
  messages: Message[];
  /** Problems that stop the comparison (shown above the form, with status 400). */
  errors: string[];
}

/** Fewest articles a comparison needs. */
export const MIN_ARTICLES = 2;

/** The form's fields; missing ones are empty. Outlet and text fields pair up by position. */
export function formFields(data: FormData): CompareForm {
  const strings = (name: string) => data.getAll(name).map((v) => (typeof v === 'string' ? v : ''));
  const files = data.getAll('files').filter((v): v is File => typeof v !== 'string' && v.size > 0);
  return { outlets: strings('outlet'), texts: strings('text'), urls: strings('urls').join('\n'), files, save: strings('save').some((v) => v !== '') };
}

/**
 * Reads every article the form gives: pasted texts (plain text, or a page's HTML, or JSON Lines),
 * URLs of pages or feeds (fetched with `remote`: private addresses refused unless it allows them),
 * and uploaded files (text, HTML, JSON Lines, feeds; decoded by their charset). Nothing is read from
 * the server's disk. Bad parts become messages; what makes the whole form unusable becomes errors.
 */
export async function readForm(form: CompareForm, remote: Partial<RemoteOptions>, maxArticles: number): Promise<FormArticles> {
  const inputs: ArticleInput[] = [];
  const messages: Message[] = [];
  const errors: string[] = [];
  const count = Math.max(form.texts.length, form.outlets.length);
  for (let i = 0; i < count; i++) {
    const text = form.texts[i] ?? '';
    const outlet = (form.outlets[i] ?? '').trim();
    if (!text.trim()) {
      if (outlet) errors.push(`Article ${i + 1} (${outlet}) has no text: paste the article or leave its outlet empty.`);
      continue;
    }
    add(await readDocument(text, `pasted article ${i + 1}`, outlet || `Pasted article ${i + 1}`, remote, false), inputs, messages);
  }
  const list = parseUrlList(form.urls, 'the URL list');
  messages.push(...list.messages);
  if (list.urls.length) add(await readInputs(list.urls, { remote }), inputs, messages);
  for (const file of form.files) {
    const name = fileName(file.name);
    const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()), name);
    if ('skipped' in decoded) messages.push(decoded.skipped);
    else add(await readDocument(decoded.text, name, undefined, remote, true, decoded.messages), inputs, messages);
  }
  const settled = await settleInputs(inputs, messages, { remote });
  const given = form.texts.some((t) => t.trim()) || form.urls.trim() !== '' || form.files.length > 0;
  if (!given) errors.push('Paste at least two articles, give their URLs or choose their files.');
  else if (settled.inputs.length < MIN_ARTICLES && errors.length === 0) {
    errors.push(`A comparison needs at least ${MIN_ARTICLES} articles with text; ${settled.inputs.length === 1 ? 'only one was' : 'none was'} read.`);
  }
  if (settled.inputs.length > maxArticles) errors.push(`${settled.inputs.length} articles were read; one comparison takes at most ${maxArticles}.`);
  return { inputs: settled.inputs, messages: settled.messages, errors };
}

function add(read: { inputs: ArticleInput[]; messages: Message[] }, inputs: ArticleInput[], messages: Message[]): void {
  inputs.push(...read.inputs);
  messages.push(...read.messages);
}

/**
 * One pasted text or uploaded file: a feed (its entries read), JSON Lines, a page's HTML (extracted
 * later, in `settleInputs`) or plain text. Uploads are told apart by their name first, like files.
 */
async function readDocument(
  text: string,
  source: string,
  outlet: string | undefined,
  remote: Partial<RemoteOptions>,
  byName: boolean,
  messages: Message[] = [],
): Promise<{ inputs: ArticleInput[]; messages: Message[] }> {
  const format = detectFormat(byName ? source : '', text);
  const named = outlet ? { outlet } : {};
  if (format === 'feed') {
    const { createRemote, readFeedText } = await import('../../ingest/remote.js');
    const read = await readFeedText(text, source, createRemote(remote));
    return { inputs: read.inputs, messages: [...messages, ...read.messages] };
  }
  if (format === 'json') {
    const read = parseJsonLines(text, source);
    for (const input of read.inputs) if (outlet) input.outlet ??= outlet;
    return { inputs: read.inputs, messages: [...messages, ...read.messages] };
  }
  if (format === 'html') return { inputs: [{ html: text, source, ...named }], messages };
  return { inputs: [fromText(text, source, named)], messages };
}

/** An uploaded file's name without any directory part (browsers send the bare name; others may not). */
function fileName(name: string): string {
  return name.split(/[\\/]/).pop()?.trim() || 'uploaded file';
}
