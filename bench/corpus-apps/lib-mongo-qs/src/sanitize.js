/**
 * Operators that run JavaScript on the server; never accepted from a query string.
 */
const BLOCKED = new Set(['$where', '$function', '$accumulator', '$expr']);

/**
 * Cleans an advanced filter given as JSON (`?filter={"$or":[{"status":"new"},{"priority":{"$gte":3}}]}`).
 * Removes the server-side JavaScript operators so that the rest of MongoDB's query language can be
 * used by API clients.
 *
 * @param {unknown} filter parsed JSON
 * @returns {Record<string, unknown>}
 */
export function sanitizeFilter(filter) {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) return {};
  const out = {};
  for (const [key, value] of Object.entries(filter)) {
    if (BLOCKED.has(key)) continue;
    out[key] = value;
  }
  return out;
}

/**
 * Parses the JSON of the filter parameter; malformed JSON is a client error.
 */
export function parseFilterParam(raw) {
  if (raw === undefined || raw === '') return {};
  try {
    return sanitizeFilter(JSON.parse(String(raw)));
  } catch (err) {
    const error = new Error(`mongo-urlfilter: filter is not valid JSON (${err.message})`);
    error.status = 400;
    throw error;
  }
}
