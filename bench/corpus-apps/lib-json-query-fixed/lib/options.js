/**
 * @typedef {object} QueryOptions
 * @property {'value'|'path'|'all'} [resultType]
 * @property {Record<string, unknown>} [sandbox]  extra names visible inside filter expressions
 * @property {boolean} [filters]   allow `?()` filters and `()` script indexes (default true)
 * @property {number} [timeout]    milliseconds a single filter expression may run
 */

const RESULT_TYPES = new Set(['value', 'path', 'all']);

/**
 * @param {QueryOptions} [options]
 * @returns {Required<QueryOptions>}
 */
export function normalizeOptions(options = {}) {
  const o = { resultType: 'value', sandbox: {}, filters: true, timeout: 100, ...options };
  if (!RESULT_TYPES.has(o.resultType)) throw new TypeError(`Unknown resultType "${o.resultType}"`);
  if (o.sandbox === null || typeof o.sandbox !== 'object') throw new TypeError('options.sandbox must be an object');
  o.timeout = Math.max(1, Number(o.timeout) || 100);
  o.filters = o.filters !== false;
  return o;
}
