import { escapeHtml as h } from '../../report/escape.js';
import { quoteHtml } from '../../report/html-sections.js';
import { mentionAnchor } from '../../report/html-texts.js';
import type { Coverage, ReportFact } from '../../report/view.js';
import type { PageView } from './model.js';
import { none } from './model.js';

/** How a fact's status reads on the page. */
export const STATUS_LABEL: Record<ReportFact['status'], string> = { consensus: 'All', partial: 'Some', single: 'One' };
const STATUS_TITLE: Record<ReportFact['status'], string> = { consensus: 'reported by every outlet', partial: 'reported by some outlets', single: 'reported by one outlet' };
const MARK: Record<Coverage, string> = { reported: '✓', omitted: '–', conflicting: '!' };
/** Sort value of a cell: what an outlet reported comes first when its column is sorted. */
const RANK: Record<Coverage, number> = { reported: 2, conflicting: 1, omitted: 0 };

/**
 * The fact × outlet matrix: a row per fact, a column per outlet, each cell reported (✓, linking to
 * the outlet's sentence), omitted (–) or conflicting (!). The fact cell carries every outlet's
 * wording in a `<details>`; the popovers on highlights are built from these rows. Headers with
 * `data-sort` become sort buttons in app.js; without it the rows stay in the report's order.
 */
export function matrixHtml(v: PageView): string {
  const { facts } = v.report;
  if (facts.length === 0) return none('No facts were found in these articles.');
  const outletHeads = v.articles.map(
    (a) => `<th scope="col" class="out" data-sort="num" title="${h(a.article.outlet)}"><span class="lab">${a.label}</span><span class="name">${h(a.article.outlet)}</span></th>`,
  );
  const head = `<tr><th scope="col" class="n" data-sort="num">#</th><th scope="col" data-sort="text">Fact</th>${outletHeads.join('')}<th scope="col" class="n" data-sort="num">Reported by</th></tr>`;
  const rows = facts.map((f, fi) => row(v, f, fi));
  const key = `<ul class="key" aria-label="Key"><li><span class="mk reported" aria-hidden="true">${MARK.reported}</span> reported</li><li><span class="mk omitted" aria-hidden="true">${MARK.omitted}</span> omitted</li><li><span class="mk conflicting" aria-hidden="true">${MARK.conflicting}</span> conflicting</li><li><span class="status consensus">All</span> every outlet</li><li><span class="status partial">Some</span> some outlets</li><li><span class="status single">One</span> one outlet</li></ul>`;
  return `${key}<div class="scroll"><table class="matrix" data-sortable><caption class="sr-only">Facts by outlet: reported, omitted or conflicting. Column headers sort the table.</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function row(v: PageView, f: ReportFact, fi: number): string {
  const covered = v.articles.filter((a) => v.coverage(f, a.article.id) !== 'omitted').length;
  const cells = v.articles.map((a) => {
    const cov = v.coverage(f, a.article.id);
    const said = f.mentions.some((m) => m.article === a.article.id);
    const words = `${cov} by ${a.article.outlet}`;
    const mark = said
      ? `<a class="mk ${cov}" href="#${mentionAnchor(a.index, fi)}" title="${h(`${words}: show the sentence`)}">${MARK[cov]}<span class="sr-only">${h(words)}</span></a>`
      : `<span class="mk ${cov}" title="${h(words)}">${MARK[cov]}<span class="sr-only">${h(words)}</span></span>`;
    return `<td class="cell" data-v="${RANK[cov]}">${mark}</td>`;
  });
  const notes = v.report.conflicts
    .filter((c) => c.fact === f.id)
    .map((c) => `<p class="conflict-note"><strong>⚠ Conflict (${h(c.kind)}):</strong> ${h(c.description)} <a href="#conflicts">details</a></p>`);
  const fact = `<th scope="row" class="fact" data-v="${h(f.text)}"><span class="status ${f.status}" title="${STATUS_TITLE[f.status]}">${STATUS_LABEL[f.status]}</span><span class="fact-text">${h(f.text)}</span>${notes.join('')}${wordingHtml(v, f, fi)}</th>`;
  return `<tr id="fact-${fi}" class="${f.status}"><td class="n" data-v="${fi}">${fi + 1}</td>${fact}${cells.join('')}<td class="n" data-v="${covered}">${covered}/${v.articles.length}</td></tr>`;
}

/** Each outlet's own words for the fact, and the outlets that leave it out. */
function wordingHtml(v: PageView, f: ReportFact, fi: number): string {
  const said = new Map(v.wording(f).map((w) => [w.article, w.mentions]));
  const items = v.articles.map((a) => {
    const who = `<span class="lab">${a.label}</span> <b>${h(a.article.outlet)}</b>`;
    const mentions = said.get(a.article.id);
    if (!mentions) return `<li class="omit" data-a="${a.index}">${who}: not reported</li>`;
    const text = mentions.map((m) => quoteHtml(m.text)).join(' … ');
    return `<li data-a="${a.index}">${who}: ${text} <a class="jump" href="#${mentionAnchor(a.index, fi)}">in the text</a></li>`;
  });
  return `<details class="wording"><summary>How each outlet put it</summary><ul>${items.join('')}</ul></details>`;
}
