/**
 * Test fixtures for the web app (left out of the build): stores seeded in a temporary directory, and
 * articles carrying XSS payloads in their text, titles, outlet names and URLs.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import { readInputs } from '../ingest/index.js';
import type { ArticleInput } from '../model/index.js';
import { DEFAULT_MAX_BODY_BYTES, type AppContext } from '../serve/context.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { ingest } from '../stories/index.js';

/** The bundled example: two outlets on one event. */
export const SEEDS = fileURLToPath(new URL('../../examples/seeds/', import.meta.url));

/** The seed files' paths. */
export function seedFiles(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SEEDS, f));
}

/** A SQLite store in a fresh temporary directory, and a way to close and remove it. */
export interface TempStore {
  store: Store;
  ctx: AppContext;
  close(): Promise<void>;
}

/** Opens a temporary store and ingests `inputs` (the seed articles when none are given). */
export async function seededStore(inputs?: ArticleInput[]): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-web-'));
  const store = await openStore(join(dir, 'test.db'));
  const articles = inputs ?? (await readInputs(seedFiles())).inputs;
  await ingest(store, articles);
  return {
    store,
    ctx: { store, maxBodyBytes: DEFAULT_MAX_BODY_BYTES, remote: {} },
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Markup and URLs that would run script if any reached the page unescaped. */
export const XSS = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  svg: "'><svg onload=alert(1)>",
  textarea: '</textarea><script>alert(1)</script>',
  title: '</title><script>alert(1)</script>',
  link: '<a href="javascript:alert(1)">click</a>',
  url: 'javascript:alert(1)',
  style: '<style>body{display:none}</style>',
} as const;

/**
 * Two articles about one event (so that they form one story) with the payloads everywhere a page
 * shows content: outlet names, titles, URLs, quoted speakers, quotes and body text.
 */
export function xssArticles(): ArticleInput[] {
  const body = (outlet: string, extra: string) =>
    [
      `The city council approved a new budget of 40 million dollars on Monday after a long debate ${XSS.script}.`,
      `“We kept every promise ${XSS.img},” said council leader Maria Lopez.`,
      `Opposition members called the plan a reckless gamble ${XSS.svg} and said taxes would rise.`,
      `The budget funds road repairs and two new schools ${XSS.textarea}.`,
      `${outlet} reported that the vote ended 7 to 4 ${XSS.link}.`,
      extra,
    ].join('\n\n');
  return [
    {
      id: 'xss-a',
      outlet: `Daily ${XSS.img}`,
      title: `Council passes budget ${XSS.script}`,
      url: XSS.url,
      date: '2025-03-18',
      text: body('Daily', `The mayor said the budget was balanced ${XSS.style}.`),
    },
    {
      id: 'xss-b',
      outlet: `Courier ${XSS.title}`,
      title: `Budget approved ${XSS.textarea}`,
      url: `https://news.example/budget?q=${XSS.img}`,
      date: '2025-03-18',
      text: body('Courier', `The council approved the budget of 40 million dollars on Monday, the mayor said ${XSS.title}.`),
    },
  ];
}

/** An element of a parsed page. */
export type PageElement = ReturnType<typeof DomUtils.findAll>[number];

/** A parsed page. */
export interface ParsedPage {
  elements: PageElement[];
  /** The text a reader sees (entities decoded). */
  text: string;
  byId(id: string): PageElement | null;
  all(name: string): PageElement[];
  /** Elements with the class, in the whole page or inside `within`. */
  byClass(cls: string, within?: PageElement): PageElement[];
  textOf(e: PageElement): string;
}

/** A page parsed as a browser would, with the lookups the tests need. */
export function parsePage(html: string): ParsedPage {
  const doc = parseDocument(html);
  const elements = DomUtils.findAll(() => true, doc.children);
  return {
    elements,
    text: DomUtils.textContent(doc),
    byId: (id) => DomUtils.getElementById(id, doc.children),
    all: (name) => elements.filter((e) => e.name === name),
    byClass: (cls, within) => (within ? DomUtils.findAll(() => true, within.children) : elements).filter((e) => (e.attribs.class ?? '').split(/\s+/).includes(cls)),
    textOf: (e) => DomUtils.textContent(e),
  };
}

const SAFE_URL = /^(#|\/(?!\/)|https?:\/\/|data:,$)/i;
const FORBIDDEN = new Set(['style', 'iframe', 'object', 'embed', 'img', 'base', 'frame', 'frameset', 'math']);

/**
 * Everything in a page that could run script or load something if an escaping bug let markup
 * through: scripts other than /assets/app.js, event-handler and style attributes, embedded
 * elements, links to anything but this site, fragments or http(s). Empty for a safe page.
 */
export function unsafeMarkup(html: string): string[] {
  const page = parsePage(html);
  const problems: string[] = [];
  for (const e of page.elements) {
    if (e.name === 'script' && !/^\/assets\/app\.js(\?v=[0-9a-f]+)?$/.test(e.attribs.src ?? '')) problems.push(`script ${JSON.stringify(e.attribs)}`);
    if (FORBIDDEN.has(e.name)) problems.push(`<${e.name}>`);
    if (e.name === 'meta' && e.attribs['http-equiv'] !== undefined) problems.push(`meta http-equiv=${e.attribs['http-equiv']}`);
    if (e.name === 'link' && !['stylesheet', 'icon'].includes(e.attribs.rel ?? '')) problems.push(`link rel=${e.attribs.rel}`);
    if (e.name === 'svg' && e.attribs['aria-hidden'] !== 'true' && !(e.attribs['aria-label'] ?? '').startsWith('Coverage by lean')) problems.push('foreign <svg>');
    for (const [name, value] of Object.entries(e.attribs)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') problems.push(`<${e.name} ${name}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && !SAFE_URL.test(value.trim())) problems.push(`<${e.name} ${name}="${value}">`);
    }
  }
  return problems;
}
