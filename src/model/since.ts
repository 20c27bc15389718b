/**
 * "2d", "12h", "1w" or an ISO date → an ISO timestamp; null when it reads as neither. Shared by
 * `corroborate stories --since` and the API's `?since=`.
 * @example sinceDate('2d') // two days before now
 */
export function sinceDate(value: string, now = Date.now()): string | null {
  const rel = /^(\d+)\s*([hdw])$/i.exec(value.trim());
  if (rel) {
    const hours = Number(rel[1]) * ({ h: 1, d: 24, w: 168 } as const)[rel[2].toLowerCase() as 'h' | 'd' | 'w'];
    return new Date(now - hours * 3_600_000).toISOString();
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
