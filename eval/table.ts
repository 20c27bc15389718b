/** A table of results: printed as Markdown, kept as data in `--json`. */
export interface Table {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

/** What one evaluation returns: tables for people, figures for tools, notes on how it was measured. */
export interface EvalResult {
  name: string;
  /** The command that reproduces it. */
  command: string;
  seconds: number;
  /** Sample sizes and the main numbers, flat, for `--json` readers. */
  figures: Record<string, number | string | null>;
  tables: Table[];
  notes: string[];
}

/** Formats a number for a table: ratios to 3 decimals, larger numbers to 1 or 0. */
export function fmt(x: number | string | null): string {
  if (x === null) return '–';
  if (typeof x === 'string') return x;
  if (!Number.isFinite(x)) return '–';
  if (Number.isInteger(x)) return String(x);
  if (Math.abs(x) < 10) return x.toFixed(3);
  if (Math.abs(x) < 1000) return x.toFixed(1);
  return x.toFixed(0);
}

/**
 * Renders a Markdown table.
 * @example markdownTable({title: 'x', columns: ['a', 'b'], rows: [[1, 0.5]]}) // "| a | b |\n| --- | --- |\n| 1 | 0.500 |"
 */
export function markdownTable(t: Table): string {
  const cell = (v: string | number | null): string => fmt(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [`| ${t.columns.join(' | ')} |`, `| ${t.columns.map(() => '---').join(' | ')} |`];
  for (const r of t.rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/** Prints one result as a Markdown section. */
export function printResult(r: EvalResult): void {
  const out: string[] = [`## ${r.name}`, '', `\`${r.command}\` — ${r.seconds.toFixed(1)} s`, ''];
  for (const t of r.tables) out.push(`### ${t.title}`, '', markdownTable(t), '');
  for (const n of r.notes) out.push(`- ${n}`);
  console.log(out.join('\n') + '\n');
}
