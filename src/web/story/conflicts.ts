import { escapeHtml as h } from '../../report/escape.js';
import { labelHtml, quoteHtml } from '../../report/html-sections.js';
import { mentionAnchor } from '../../report/html-texts.js';
import type { PageView } from './model.js';
import { none } from './model.js';

const KIND: Record<string, string> = { number: 'Numbers differ', date: 'Dates differ', scope: 'Scope differs', actor: 'Who did it differs' };

/**
 * Conflicts: for each, what differs and the sides next to each other (stacked on a narrow screen):
 * the outlet, the value it gives and its sentence, with links to the fact row and to the sentence.
 */
export function conflictsHtml(v: PageView): string {
  const { conflicts, facts } = v.report;
  if (conflicts.length === 0) return none('No conflict found: where the outlets give numbers, dates or scope for the same fact, they agree.');
  return conflicts
    .map((c) => {
      const fi = facts.findIndex((f) => f.id === c.fact);
      const sides = c.sides.map((s) => {
        const a = v.byId.get(s.article);
        const inText = a && fi >= 0 && facts[fi].mentions.some((m) => m.article === s.article) ? ` <a href="#${mentionAnchor(a.index, fi)}">in the text</a>` : '';
        return `<div class="side"><div>${labelHtml(v, s.article)} <b>${h(v.outlet(s.article))}</b></div><div class="value">${h(s.value)}</div><blockquote>${quoteHtml(s.text)}</blockquote>${inText}</div>`;
      });
      const fact = fi >= 0 ? ` · <a href="#fact-${fi}">fact ${fi + 1} in the matrix</a>` : '';
      return `<article class="card conflict"><p class="kicker">⚠ ${h(KIND[c.kind] ?? c.kind)}${fact}</p><h3>${h(c.description)}</h3><div class="sides">${sides.join('')}</div></article>`;
    })
    .join('');
}
