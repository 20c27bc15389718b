import type { Article, ArticleInput, Message } from '../model/index.js';
import { message } from '../model/index.js';
import { repairMojibake } from './mojibake.js';
import { dropCards } from './widgets.js';

/** Longest text analysed per article; the rest is kept out with a message (a 5 MB page stays usable). */
export const MAX_ARTICLE_CHARS = 100_000;

/**
 * Settles each input into an `Article`: id, outlet, text. Pure: no files, no network.
 * The outlet comes from the input, else the file name; the id from the input, else the file name.
 * Inline people cards that scrapers copy into sentences are cut out of the text (see `widgets.ts`):
 * offsets point into the text without them, as they do into the text with its mojibake repaired
 * ("Courtâ€™s" read as "Court’s", see `mojibake.ts`).
 */
export function toArticles(inputs: ArticleInput[]): { articles: Article[]; messages: Message[] } {
  const messages: Message[] = [];
  const articles: Article[] = [];
  const ids = new Set<string>();
  inputs.forEach((input, i) => {
    const source = input.source ?? `input ${i + 1}`;
    let text = (input.text ?? '').replace(/\r\n?/g, '\n');
    if (!text.trim()) {
      messages.push(message('INPUT_EMPTY', 'ingest', { file: source }));
      return;
    }
    if (text.length > MAX_ARTICLE_CHARS) {
      messages.push(message('ARTICLE_TRUNCATED', 'ingest', { file: source, detail: `${text.length} characters` }));
      text = text.slice(0, MAX_ARTICLE_CHARS);
    }
    const givenTitle = input.title?.trim().replace(AUDIO_LABEL, '') || null;
    const title = givenTitle && repairMojibake(givenTitle);
    const repaired = repairMojibake(text);
    if (repaired !== text || title !== givenTitle) {
      const where = [repaired !== text && 'text', title !== givenTitle && 'title'].filter(Boolean).join(' and ');
      messages.push(message('MOJIBAKE_REPAIRED', 'ingest', { file: source, detail: where, severity: 'info' }));
      text = repaired;
    }
    const cards = dropCards(text);
    if (cards.count) {
      text = cards.text;
      messages.push(message('BOILERPLATE_DROPPED', 'ingest', { file: source, detail: `${cards.count} inline people card(s): a name's full name and other stories' headlines, up to "MORE"`, severity: 'info' }));
    }
    const base = baseName(source);
    let id = input.id?.trim() || base || `article-${i + 1}`;
    if (ids.has(id)) {
      messages.push(message('DUPLICATE_ID', 'ingest', { file: source, detail: id }));
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    ids.add(id);
    articles.push({
      id,
      outlet: input.outlet?.trim() || base || id,
      title,
      url: input.url ?? null,
      date: normaliseDate(input.date, source, messages),
      authors: input.authors ?? [],
      language: input.language ?? null,
      source,
      text,
      copyOf: null,
      messages: [],
    });
  });
  return { articles, messages };
}

/** An audio player's label a scraper appends to a title: "… Ethics Office  Listen· 5:29". */
const AUDIO_LABEL = /\s+Listen\s?·\s?\d{1,2}:\d\d$/;

function baseName(source: string): string {
  const file = source.split(/[\\/]/).pop() ?? source;
  return file.replace(/\.[a-z0-9]{1,6}$/i, '');
}

/** Earliest year taken for a news article's date. */
const FIRST_YEAR = 1850;
/** How far ahead of now a date may be (time zones, embargoed copy) and still be taken. */
const AHEAD_MS = 2 * 86_400_000;

/**
 * The article's date as YYYY-MM-DD, or null. A date that cannot be a publication date (before
 * FIRST_YEAR, or days ahead of now) is dropped with a message: stories are grouped within a time
 * window, and one article dated 2099 would close every open story.
 */
function normaliseDate(date: string | undefined, source: string, messages: Message[]): string | null {
  if (!date) return null;
  const t = Date.parse(date);
  if (Number.isNaN(t)) return null;
  if (new Date(t).getUTCFullYear() < FIRST_YEAR || t > Date.now() + AHEAD_MS) {
    messages.push(message('DATE_IMPOSSIBLE', 'ingest', { file: source, detail: date }));
    return null;
  }
  return new Date(t).toISOString().slice(0, 10);
}
