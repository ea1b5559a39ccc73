const cache = new Map();

/**
 * Fetches an SVG file once and caches the text by URL.
 * @param {string} src
 * @returns {Promise<string>}
 */
export function loadSvg(src) {
  const url = new URL(src, document.baseURI).href;
  if (!cache.has(url)) {
    const pending = fetch(url, { credentials: 'same-origin' }).then((res) => {
      if (!res.ok) throw new Error(`Failed to load ${url}: ${res.status}`);
      return res.text();
    });
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return cache.get(url);
}
