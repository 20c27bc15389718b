import { escapeHtml as h } from '../../report/escape.js';
import { labelHtml, quoteHtml } from '../../report/html-sections.js';
import type { Report } from '../../report/schema.js';
import { plural } from '../format.js';
import type { PageView } from './model.js';
import { none } from './model.js';
import { framingAnchor } from './texts.js';

type Framing = Report['framing'][number];

const TAG: Record<Framing['kind'], string> = { loaded: 'Loaded wording', opinion: 'Opinion', hedge: 'Hedge', label: 'Label' };

/**
 * Loaded wording, opinion, hedges and labels, per outlet: the words, whose voice they are in (the
 * reporter's own or a quoted speaker's), why they were flagged, and a link to them in the text.
 */
export function framingHtml(v: PageView): string {
  const { framing } = v.report;
  if (framing.length === 0) return none('No loaded wording, opinion, hedges or labels found.');
  const cards = v.articles.map((a) => {
    const items = framing
      .map((f, ri) => ({ f, ri }))
      .filter(({ f }) => f.article === a.article.id)
      .map(({ f, ri }) => item(f, ri));
    const own = framing.filter((f) => f.article === a.article.id && f.voice === 'reporter').length;
    const head = `<h3>${labelHtml(v, a.article.id)} ${h(a.article.outlet)}</h3><p class="muted">${plural(items.length, 'phrase')} flagged, ${own} in the reporter’s own voice</p>`;
    return `<div class="card">${head}${items.length ? `<ul class="framing">${items.join('')}</ul>` : none('Nothing flagged.')}</div>`;
  });
  return `<div class="outlet-cols">${cards.join('')}</div>`;
}

function item(f: Framing, ri: number): string {
  const voice = f.voice === 'reporter' ? 'reporter’s own voice' : `quoted${f.speaker ? `: ${h(f.speaker)}` : ''}`;
  const note = f.note ? ` · ${h(f.note)}` : '';
  return `<li id="frame-${ri}" data-tag="${TAG[f.kind]}"><span class="kind ${f.kind}">${f.kind}</span><a class="words" href="#${framingAnchor(ri)}">${quoteHtml(f.text)}</a><span class="note pl">${voice}${note}</span></li>`;
}
