/**
 * Query-string values are strings; these helpers give them the type a MongoDB filter expects.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const NUMBER = /^-?(?:0|[1-9]\d{0,15})(?:\.\d{1,15})?$/;

/**
 * `'true'` → true, `'42'` → 42, `'2024-01-31'` → Date, `'null'` → null, anything else stays a
 * string. Objects and arrays (from `a[b]=c` parsers) are turned into strings, never passed on.
 *
 * @param {unknown} raw
 * @returns {string | number | boolean | null | Date}
 */
export function coerceScalar(raw) {
  const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  if (NUMBER.test(text)) return Number(text);
  if (ISO_DATE.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return text;
}

/** `'a,b,c'` (or repeated parameters) → coerced list, for `__in` / `__nin`. */
export function coerceList(raw) {
  const items = Array.isArray(raw) ? raw : String(raw).split(',');
  return items.map((item) => coerceScalar(String(item).trim()));
}
