import { hostOf } from './identity.js';
import type { Lean, Outlet } from './types.js';

/** A row of an outlets table that could not be read as given. */
export interface OutletProblem {
  line: number;
  reason: string;
}

/** The columns of an outlets table, in the order `formatOutlets` writes them. */
export const OUTLET_COLUMNS = ['name', 'domains', 'lean', 'country', 'owner'] as const;

/** Lean spellings read from tables (AllSides' five-point labels fold into three). */
const LEANS: Record<string, Lean> = {
  left: 'left', 'lean left': 'left', 'left-center': 'left', l: 'left',
  center: 'center', centre: 'center', c: 'center', mixed: 'center',
  right: 'right', 'lean right': 'right', 'right-center': 'right', r: 'right',
};

/** Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else (field += c), c === '\n' && line++;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') fields.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field), rows.push({ line: start, fields }), (fields = []), (field = ''), (start = ++line);
    } else field += c;
  }
  if (field !== '' || fields.length) fields.push(field), rows.push({ line: start, fields });
  return rows.filter((r) => r.fields.some((f) => f.trim()) && !r.fields[0].startsWith('#'));
}

/**
 * Reads an outlets table: a header row naming columns (name, domains, lean, country, owner; any
 * order, others ignored; `domain` is read as `domains`), then one outlet per row. Domains are
 * separated by spaces, `;` or `|`. Lines starting with `#` are comments. Problems are collected.
 * @example parseOutlets('name,domains,lean\nBBC News,bbc.com bbc.co.uk,center\n')
 */
export function parseOutlets(text: string): { outlets: Outlet[]; problems: OutletProblem[] } {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  const problems: OutletProblem[] = [];
  if (!header) return { outlets: [], problems: [{ line: 1, reason: 'the table is empty' }] };
  const names = header.fields.map((f) => f.trim().toLowerCase().replace(/^domain$/, 'domains'));
  const at = (col: string): number => names.indexOf(col);
  if (at('name') < 0) return { outlets: [], problems: [{ line: header.line, reason: 'no "name" column in the header' }] };
  const outlets: Outlet[] = [];
  for (const { line, fields } of rows) {
    const get = (col: string): string => (at(col) >= 0 ? (fields[at(col)] ?? '').trim() : '');
    const name = get('name');
    if (!name) {
      problems.push({ line, reason: 'no outlet name: row skipped' });
      continue;
    }
    const leanText = get('lean').toLowerCase();
    const lean = LEANS[leanText] ?? null;
    if (leanText && !lean) problems.push({ line, reason: `lean "${get('lean')}" is not left, center or right: read as unknown` });
    const domains = [...new Set(get('domains').split(/[\s;|,]+/).map(hostOf).filter(Boolean))];
    outlets.push({ name, domains, lean, country: get('country') || null, owner: get('owner') || null });
  }
  return { outlets, problems };
}

/** Writes outlets as a CSV table that `parseOutlets` reads back. */
export function formatOutlets(outlets: Outlet[]): string {
  const cell = (v: string | null): string => (v === null ? '' : /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = outlets.map((o) => [o.name, o.domains.join(' '), o.lean, o.country, o.owner].map(cell).join(','));
  return [OUTLET_COLUMNS.join(','), ...rows].join('\n') + '\n';
}
