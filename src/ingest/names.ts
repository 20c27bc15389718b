/**
 * Names for articles read from URLs: an id from the link's last path segment ("storm-floods-town"
 * from https://herald.example/news/storm-floods-town.html) and, when the page names no outlet, the
 * site's host ("herald.example").
 */

/** An id for the article at a URL: its last path segment without extension, with the one before when that is only a number. */
export function idFromUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const segments = parsed.pathname.split('/').map(safeDecode).filter(Boolean);
  const last = (segments.at(-1) ?? '').replace(/\.[a-z0-9]{1,6}$/i, '');
  if (!last || /^index$/i.test(last)) return outletFromUrl(url);
  if (/^\d+$/.test(last) && segments.length > 1) return `${segments.at(-2)}-${last}`;
  return last;
}

/** The host a URL points at, without "www.": the outlet of a page that names none. */
export function outletFromUrl(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./i, '') || undefined;
  } catch {
    return undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
