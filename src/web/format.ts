import { escapeHtml as h } from '../report/escape.js';
import type { Lean } from '../store/types.js';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A `<time>` element for an ISO date or timestamp: "18 Mar 2025", or "18 Mar 2025, 14:05 UTC" for
 * a timestamp. Unreadable input is shown escaped as it is; null gives `fallback`.
 */
export function timeHtml(iso: string | null | undefined, fallback = 'undated'): string {
  if (!iso) return `<span class="muted">${h(fallback)}</span>`;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return h(iso);
  const date = new Date(t);
  const text = DATE_ONLY.test(iso) ? DAY.format(date) : `${DAY.format(date)}, ${TIME.format(date)} UTC`;
  return `<time datetime="${h(date.toISOString())}">${text}</time>`;
}

/** "1 source", "3 sources". */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : many}`;
}

const LEAN_NAME: Record<Lean, string> = { left: 'Left', center: 'Center', right: 'Right' };

/** An outlet's lean as a small coloured chip; "Lean unknown" when the outlets table does not say. */
export function leanChip(lean: Lean | null): string {
  return lean ? `<span class="lean lean-${lean}">${LEAN_NAME[lean]}</span>` : '<span class="lean lean-unknown">Lean unknown</span>';
}

/** The name of a lean, capitalised. */
export function leanName(lean: Lean): string {
  return LEAN_NAME[lean];
}
