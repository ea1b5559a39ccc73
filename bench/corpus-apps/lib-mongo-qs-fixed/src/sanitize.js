import { fieldAllowed } from './options.js';

/**
 * Query operators an API client may use in an advanced filter. Since 4.2.1 this is an allow-list
 * applied at every depth: 4.2.0 only removed `$where`, `$function`, `$accumulator` and `$expr` at
 * the top level, so `{"$or":[{"$where":"…"}]}` still ran JavaScript on the server, and field names
 * inside the JSON filter were not checked against `allowFields`.
 */
const LOGICAL = new Set(['$and', '$or', '$nor']);
const COMPARISON = new Set(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$exists', '$not']);

function badRequest(message) {
  const error = new Error(`mongo-urlfilter: ${message}`);
  error.status = 400;
  return error;
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A comparison value: scalars, or lists of scalars for `$in` / `$nin`. */
function cleanValue(value, depth) {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  if (Array.isArray(value)) return value.map((item) => cleanValue(item, depth + 1));
  if (isPlainObject(value)) return cleanConditions(value, depth + 1);
  throw badRequest('unsupported value in filter');
}

/** `{ "$gte": 3, "$lt": 9 }` under a field, or a plain value for equality. */
function cleanConditions(value, depth) {
  if (depth > 8) throw badRequest('filter nested too deeply');
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    if (!COMPARISON.has(key)) throw badRequest(`operator ${key} not allowed`);
    out[key] = key === '$not' ? cleanConditions(inner, depth + 1) : cleanValue(inner, depth);
  }
  return out;
}

/**
 * Cleans an advanced filter given as JSON (`?filter={"$or":[{"status":"new"},{"priority":{"$gte":3}}]}`):
 * logical operators at the document level, allowed fields, comparison operators under fields.
 * Anything else is rejected with a 400 error.
 *
 * @param {unknown} filter parsed JSON
 * @param {{ allowFields?: string[] }} [opts]
 * @param {number} [depth]
 * @returns {Record<string, unknown>}
 */
export function sanitizeFilter(filter, opts = {}, depth = 0) {
  if (!isPlainObject(filter)) throw badRequest('filter must be an object');
  if (depth > 8) throw badRequest('filter nested too deeply');
  const out = {};
  for (const [key, value] of Object.entries(filter)) {
    if (LOGICAL.has(key)) {
      if (!Array.isArray(value)) throw badRequest(`${key} needs an array`);
      out[key] = value.map((item) => sanitizeFilter(item, opts, depth + 1));
    } else if (key.startsWith('$')) {
      throw badRequest(`operator ${key} not allowed`);
    } else if (!fieldAllowed(key, opts)) {
      throw badRequest(`field ${key} not allowed`);
    } else {
      out[key] = isPlainObject(value) ? cleanConditions(value, depth + 1) : cleanValue(value, depth + 1);
    }
  }
  return out;
}

/**
 * Parses the JSON of the filter parameter; malformed JSON or a refused filter is a client error.
 */
export function parseFilterParam(raw, opts) {
  if (raw === undefined || raw === '') return {};
  let parsed;
  try {
    parsed = JSON.parse(String(raw));
  } catch (err) {
    throw badRequest(`filter is not valid JSON (${err.message})`);
  }
  return sanitizeFilter(parsed, opts);
}
