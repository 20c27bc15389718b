import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderHtml } from './html.js';
import type { Report } from './schema.js';

const sample = (): Report => JSON.parse(readFileSync(new URL('../../test/fixtures/report-sample.json', import.meta.url), 'utf8'));
const dom = (html: string) => parseHTML(html).document;
const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>"];

/** The sample with every string field prefixed by an XSS payload (ids too, so references still match). */
function hostile(): Report {
  const poison = (x: unknown): unknown =>
    typeof x === 'string' ? `${PAYLOADS.join(' ')} ${x}` : Array.isArray(x) ? x.map(poison) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, poison(v)])) : x;
  const r = poison(sample()) as Report;
  r.articles[0].url = 'javascript:alert(1)';
  r.articles[1].url = ' JaVaScRiPt:alert(1)';
  r.articles[2].url = 'data:text/html,<script>alert(1)</script>';
  return r;
}

describe('renderHtml', () => {
  const html = renderHtml(sample());
  const doc = dom(html);
  const text = doc.body.textContent ?? '';

  it('shows every section with the key content', () => {
    const ids = [...doc.querySelectorAll('section')].map((s) => s.id);
    expect(ids).toEqual(['articles', 'summary', 'coverage', 'consensus', 'partial', 'single', 'conflicts', 'speakers', 'framing', 'entities', 'texts', 'messages']);
    expect(doc.querySelector('#summary')!.textContent).toContain('for repairs. [A][B][C]');
    expect(doc.querySelector('#articles')!.textContent).toContain('other story');
    expect(doc.querySelector('#single')!.textContent).toMatch(/What only B Valley Courier reports \(2\)/);
    expect(doc.querySelector('#partial')!.textContent).toContain('omitted by C Metro Wire');
    const sides = [...doc.querySelectorAll('#conflicts .side')].map((s) => s.textContent);
    expect(sides).toEqual([expect.stringContaining('six months'), expect.stringContaining('eight months')]);
    expect(doc.querySelector('#speakers')!.textContent).toContain('Chamber of Commerce');
    expect(text).toContain('a judgement in the reporter');
  });

  it('draws the fact × outlet matrix with the outlet wording on each mark', () => {
    const row = [...doc.querySelectorAll('#coverage tbody tr')][0];
    const marks = [...row.querySelectorAll('td.mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['⚠', '⚠', '✓']);
    expect(marks[2].getAttribute('title')).toContain('Metro Wire: “The Elm Street Bridge will close');
    const anchor = marks[2].querySelector('a')!.getAttribute('href')!;
    expect(doc.getElementById(anchor.slice(1))).not.toBeNull();
  });

  it('highlights exactly the text of each span, with overlapping spans split cleanly', () => {
    const r = sample();
    const panels = [...doc.querySelectorAll('#texts article')];
    const covered = (panel: Element, token: string) =>
      [...panel.querySelectorAll('[data-m]')].filter((e) => e.getAttribute('data-m')!.split(' ').includes(token)).map((e) => e.textContent).join('');
    r.facts.forEach((f, fi) =>
      f.mentions.forEach((m, mi) => {
        const panel = panels[r.articles.findIndex((a) => a.id === m.article)];
        expect(covered(panel, `f${fi}.${mi}`)).toBe(m.text);
      }),
    );
    r.quotes.forEach((q, qi) => expect(covered(panels[r.articles.findIndex((a) => a.id === q.article)], `q${qi}`)).toBe(q.text));
    r.framing.forEach((f, ri) => expect(covered(panels[r.articles.findIndex((a) => a.id === f.article)], `r${ri}`)).toBe(f.text));
    panels.forEach((panel, i) => {
      const body = panel.querySelector('.body')!;
      body.querySelectorAll('.badge').forEach((b) => b.remove());
      expect(body.textContent).toBe(r.articles[i].text);
    });
  });

  it('colours highlights by status and titles them with the fact and the other outlets', () => {
    const consensus = doc.querySelector('#texts article .fc')!;
    expect(consensus.className).toContain('fx');
    const title = consensus.getAttribute('title')!;
    expect(title).toContain('Fact F1 (consensus)');
    expect(title).toContain('Conflict (number)');
    expect(title).toContain('B Valley Courier: “Councillors voted 7-2');
    expect(doc.querySelector('#texts .fp')).not.toBeNull();
    expect(doc.querySelector('#texts .fs')).not.toBeNull();
    expect(doc.querySelector('#texts .q')!.getAttribute('title')).toContain('speaker: Dana Ortiz');
    expect(doc.querySelector('#texts .rh')!.getAttribute('title')).toContain('hedge');
  });

  it('escapes untrusted text everywhere and links only http(s) URLs', () => {
    const bad = renderHtml(hostile());
    for (const p of PAYLOADS) expect(bad).not.toContain(p);
    expect(bad).not.toMatch(/<(script|img|svg)\b/i);
    expect(bad).not.toMatch(/href="(?!#|https?:\/\/)/i);
    const d = dom(bad);
    expect(d.querySelectorAll('script, img, svg, iframe, object, embed').length).toBe(0);
    for (const el of d.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on')).toBe(false);
    }
    for (const a of d.querySelectorAll('[href]')) expect(a.getAttribute('href')).toMatch(/^(#|https?:\/\/)/);
    expect(d.body.textContent).toContain('<script>alert(1)</script>');
  });

  it('is self-contained: no external assets, a strict CSP, a viewport for phones', () => {
    for (const page of [html, renderHtml(hostile())]) {
      const d = dom(page);
      expect(d.querySelectorAll('[src], link, script, iframe, object, embed, img').length).toBe(0);
      const css = [...d.querySelectorAll('style')].map((s) => s.textContent).join('');
      expect(css).not.toMatch(/url\(|@import/);
    }
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(doc.querySelector('meta[name="viewport"]')).not.toBeNull();
  });
});
