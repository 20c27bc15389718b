import type { Coverage } from '../store/types.js';
import { leanName, plural } from './format.js';

const PARTS = [
  ['left', 'l'],
  ['center', 'c'],
  ['right', 'r'],
  ['unknown', 'u'],
] as const;

/**
 * A story's coverage by outlet lean as a bar and a legend: independent sources on the left, in the
 * center, on the right and of unknown lean. The bar is an SVG whose parts have widths as attributes
 * and colours from the style sheet, so it needs no inline style; the legend says the same in words.
 */
export function coverageHtml(c: Coverage): string {
  const total = c.left + c.center + c.right + c.unknown;
  let x = 0;
  const rects = PARTS.filter(([key]) => c[key] > 0).map(([key, cls]) => {
    const width = (c[key] / total) * 100;
    const rect = `<rect class="${cls}" x="${round(x)}" y="0" width="${round(width)}" height="10"/>`;
    x += width;
    return rect;
  });
  const words = PARTS.map(([key]) => `${c[key]} ${key === 'unknown' ? 'of unknown lean' : leanName(key).toLowerCase()}`).join(', ');
  const label = total === 0 ? 'no independent sources' : `${plural(total, 'source')}: ${words}`;
  const legend = PARTS.map(([key, cls]) => `<li class="${cls}${c[key] === 0 ? ' zero' : ''}">${key === 'unknown' ? 'Unknown' : leanName(key)} ${c[key]}</li>`).join('');
  return `<div class="cov"><svg viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="Coverage by lean: ${label}">${rects.join('')}</svg><ul class="cov-legend">${legend}</ul></div>`;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** The flag of a story covered overwhelmingly from one side: a blindspot for readers of the other. */
export function oneSidedHtml(side: 'left' | 'right' | null): string {
  if (!side) return '';
  const other = side === 'left' ? 'right' : 'left';
  return `<span class="badge blind" title="Covered overwhelmingly by ${side}-leaning outlets: a blindspot for readers of the ${other}">⚑ One-sided: ${leanName(side)}</span>`;
}
