// Header parsing helpers shared by CachePolicy.

/**
 * Parses a Cache-Control header value into a directive map:
 *   'public, max-age=60, stale-while-revalidate="30"' -> { public: true, 'max-age': '60', 'stale-while-revalidate': '30' }
 * Directive names are kept as sent; values are unquoted.
 */
export function parseCacheControl(header) {
  const cc = {};
  if (!header) return cc;
  // safe: CWE-1333
  const parts = String(header).split(',');
  for (const part of parts) {
    const eq = part.indexOf('=');
    const k = (eq === -1 ? part : part.slice(0, eq)).trim();
    const v = eq === -1 ? undefined : part.slice(eq + 1).trim();
    if (!k) continue;
    cc[k.toLowerCase()] = v === undefined ? true : v.replace(/^"|"$/g, '');
  }
  return cc;
}

/** Serialises a directive map back into a header value. */
export function formatCacheControl(cc) {
  const out = [];
  for (const [k, v] of Object.entries(cc)) {
    if (v === false || v === undefined || v === null) continue;
    out.push(v === true ? k : `${k}=${/^[\w.-]*$/.test(String(v)) ? v : JSON.stringify(String(v))}`);
  }
  return out.join(', ');
}

/** Splits a Vary header into lower-cased field names ("*" stays "*"). */
export function parseVary(header) {
  if (!header) return [];
  return String(header)
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}

/** Seconds from an integer directive value; NaN-safe, never negative. */
export function toSeconds(value) {
  const n = parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Milliseconds since the epoch for an HTTP-date, or NaN. */
export function parseHttpDate(value) {
  if (!value) return NaN;
  return Date.parse(String(value).slice(0, 64));
}
