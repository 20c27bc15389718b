import { createRequire } from 'node:module';
import { collectBlocks, type Block } from './blocks.js';
import { parseTree } from './tree.js';

/** Pages with more elements than this are not handed to Readability: it slows to minutes on them. */
const MAX_ELEMENTS = 15_000;

type ReadabilityModule = typeof import('@mozilla/readability');
type LinkedomModule = typeof import('linkedom');

/** Loaded on first use only: most pages never need them, and loading them costs a CLI run time. */
let modules: { Readability: ReadabilityModule['Readability']; parseHTML: LinkedomModule['parseHTML'] } | null = null;

function load(): NonNullable<typeof modules> {
  if (!modules) {
    const require = createRequire(import.meta.url);
    modules = {
      Readability: (require('@mozilla/readability') as ReadabilityModule).Readability,
      parseHTML: (require('linkedom') as LinkedomModule).parseHTML,
    };
  }
  return modules;
}

/**
 * The lines of the article Mozilla Readability (on a linkedom DOM) finds in a page, or null. Used
 * only when corroborate's own extractor finds too little: Readability's different way of scoring
 * rescues some pages, at several times the cost.
 */
export function readabilityBlocks(html: string): Block[] | null {
  try {
    const { Readability, parseHTML } = load();
    const { document } = parseHTML(html) as unknown as { document: Document };
    if (document.querySelectorAll('*').length > MAX_ELEMENTS) return null;
    const parsed = new Readability<string>(document).parse();
    return parsed?.content ? collectBlocks(parseTree(parsed.content)) : null;
  } catch {
    return null; // Readability gives up on some broken trees: no article from it.
  }
}
