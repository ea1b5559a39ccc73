/**
 * Only same-origin paths are allowed after sign-in. Parsed with the WHATWG URL parser so that
 * `//evil`, `/\evil` and tab/newline tricks resolve the way a browser would see them.
 */
export function safeRedirectPath(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/')) return fallback;
  const url = new URL(target, 'http://forum.local');
  if (url.origin !== 'http://forum.local') return fallback;
  return url.pathname + url.search + url.hash;
}
