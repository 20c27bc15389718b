import pc from 'picocolors';
import { plain } from './escape.js';
import type { Coverage, ReportView } from './view.js';
import { COVERAGE_MARK, isQuoted } from './view.js';
import { wrap } from './wrap.js';

type Colors = ReturnType<typeof pc.createColors>;

/** Columns the terminal report is laid out for. */
export const TEXT_WIDTH = 100;


/**
 * Collects the lines of the terminal report. All untrusted text goes through `wrap`/`plain`, which
 * strip control characters; colour codes are added only around text already laid out.
 */
export class TextWriter {
  readonly lines: string[] = [];
  readonly c: Colors;

  constructor(
    readonly view: ReportView,
    color: boolean,
    readonly width = TEXT_WIDTH,
  ) {
    this.c = pc.createColors(color);
  }

  /** A section heading with an optional count, preceded by a blank line. */
  heading(title: string, count?: number): void {
    this.lines.push('', this.c.bold(this.c.cyan(title.toUpperCase())) + (count === undefined ? '' : this.c.dim(` (${count})`)));
  }

  /** Wrapped text after a prefix; `paint` colours the prefix only (it is laid out plain). */
  item(prefix: string, body: string, paint: (s: string) => string = (s) => s, indent = prefix.length): void {
    const lines = wrap(body, this.width, prefix, indent);
    lines[0] = paint(prefix) + lines[0].slice(prefix.length);
    this.lines.push(...lines);
  }

  /** A dimmed note such as "none found". */
  note(indent: number, text: string): void {
    for (const line of wrap(text, this.width, ' '.repeat(indent))) this.lines.push(this.c.dim(line));
  }

  /** "A Harbour Gazette" for an article id: its label and outlet. */
  who(id: string): string {
    return `${this.view.label(id)} ${plain(this.view.outlet(id))}`;
  }

  /** Citation marks for article ids: "[A][B]". */
  cite(ids: string[]): string {
    return ids.map((id) => `[${this.view.label(id)}]`).join('');
  }

  /** Paints a coverage mark in its colour. */
  mark(coverage: Coverage): string {
    const m = COVERAGE_MARK[coverage];
    return coverage === 'reported' ? this.c.green(m) : coverage === 'conflicting' ? this.c.red(m) : this.c.dim(m);
  }

  toString(): string {
    return `${this.lines.map((l) => l.trimEnd()).join('\n').replace(/^\n+/, '')}\n`;
  }
}

/** Wraps text in straight quotes for showing an outlet's wording, unless it is quoted already. */
export function quoted(text: string): string {
  const t = plain(text);
  return isQuoted(t) ? t : `"${t}"`;
}

