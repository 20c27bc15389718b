import { escapeHtml as h } from '../report/escape.js';
import { packageVersion } from '../version.js';
import { assetUrl } from './assets/index.js';

/** Which top-level page is showing, for the navigation's `aria-current`. */
export type Section = 'stories' | 'compare' | null;

/** What one page puts into the shell. */
export interface PageParts {
  /** The page's own title; " — corroborate" is added. */
  title: string;
  /** The HTML inside `<main>`: built from escaped pieces only. */
  body: string;
  section?: Section;
}

const VERSION = packageVersion();

/** The logo: three overlapping discs, the outlets whose coverage overlaps. Drawn in CSS colours. */
const LOGO = `<svg viewBox="0 0 34 24" aria-hidden="true" focusable="false"><circle class="r1" cx="10" cy="12" r="9"/><circle class="r2" cx="24" cy="12" r="9"/><circle class="r3" cx="17" cy="12" r="3.2"/></svg>`;

/**
 * The HTML page around every view: one style sheet and one deferred script from this server, a
 * skip link, the site navigation and a footer. Nothing inline: the CSP allows neither inline script
 * nor inline style. The favicon is an empty data: URL, so the browser asks for nothing else.
 */
export function page({ title, body, section = null }: PageParts): string {
  const nav = (href: string, label: string, which: Section) =>
    `<a href="${href}"${section === which ? ' aria-current="page"' : ''}>${label}</a>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>${h(title)} — corroborate</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetUrl('app.css')}">
<script src="${assetUrl('app.js')}" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-head"><div class="wrap">
<a class="brand" href="/">${LOGO}<span>corroborate</span></a>
<nav class="site-nav" aria-label="Main">${nav('/', 'Stories', 'stories')}${nav('/compare', 'Compare your own', 'compare')}</nav>
</div></header>
<main id="main" tabindex="-1"><div class="wrap">
${body}
</div></main>
<footer class="site-foot"><div class="wrap">corroborate ${h(VERSION)} · every statement traced to the sentence it came from · <a href="/openapi.json">API</a></div></footer>
</body>
</html>
`;
}

/** A page saying what was not found, with a way back. */
export function notFoundPage(what: string): string {
  return page({
    title: 'Not found',
    body: `<div class="card empty"><p class="kicker">404</p><h1 class="page-title">${h(what)}</h1><p class="lede">It may have been merged into another story, or the address is mistyped.</p><p><a class="button" href="/">All stories</a> <a class="button secondary" href="/compare">Compare your own</a></p></div>`,
  });
}

/** A page for an unexpected failure: one line, no stack, no internals. */
export function errorPage(): string {
  return page({
    title: 'Something went wrong',
    body: `<div class="card empty"><p class="kicker">500</p><h1 class="page-title">Something went wrong on our side</h1><p class="lede">Try again, or go back to the stories.</p><p><a class="button" href="/">All stories</a></p></div>`,
  });
}
