/**
 * mongo-urlfilter — REST query strings to MongoDB queries.
 *
 *   GET /tickets?status=open&priority__gte=3&tags__in=bug,ui&sort=-createdAt&fields=title,status&page=2
 *
 *   import { find } from 'mongo-urlfilter';
 *   app.get('/tickets', async (req, res) => res.json(await find(db.collection('tickets'), req.query)));
 *
 * Simple parameters become equality or suffix-operator conditions; `filter` may carry a JSON
 * filter for `$or` and friends.
 *
 * @module mongo-urlfilter
 */
import { resolveOptions, fieldAllowed } from './options.js';
import { coerceScalar, coerceList } from './coerce.js';
import { parseFilterParam, sanitizeFilter } from './sanitize.js';

export { sanitizeFilter };

const SUFFIXES = {
  eq: '$eq',
  ne: '$ne',
  gt: '$gt',
  gte: '$gte',
  lt: '$lt',
  lte: '$lte',
  in: '$in',
  nin: '$nin',
  exists: '$exists',
};

function toEntries(query) {
  if (typeof query === 'string') return [...new URLSearchParams(query.replace(/^\?/, '')).entries()];
  if (query instanceof URLSearchParams) return [...query.entries()];
  return Object.entries(query || {});
}

function grouped(entries) {
  const map = new Map();
  for (const [key, value] of entries) {
    if (map.has(key)) map.set(key, [].concat(map.get(key), value));
    else map.set(key, value);
  }
  return map;
}

/** `'-createdAt,title'` → `{ createdAt: -1, title: 1 }` (unknown fields dropped). */
function parseSort(raw, opts) {
  if (!raw) return undefined;
  const sort = {};
  for (const item of String(raw).split(',')) {
    const field = item.trim().replace(/^[-+]/, '');
    if (fieldAllowed(field, opts)) sort[field] = item.trim().startsWith('-') ? -1 : 1;
  }
  return Object.keys(sort).length ? sort : undefined;
}

/** `'title,status'` → `{ title: 1, status: 1 }`; `'-secret'` → `{ secret: 0 }`. */
function parseFields(raw, opts) {
  if (!raw) return undefined;
  const projection = {};
  for (const item of String(raw).split(',')) {
    const field = item.trim().replace(/^-/, '');
    if (fieldAllowed(field, opts)) projection[field] = item.trim().startsWith('-') ? 0 : 1;
  }
  return Object.keys(projection).length ? projection : undefined;
}

/**
 * @param {Record<string, unknown> | string | URLSearchParams} query `req.query`, a query string or URLSearchParams
 * @param {import('./index.js').UrlFilterOptions} [options]
 * @returns {import('./index.js').ParsedQuery}
 */
export function parseQuery(query, options) {
  const opts = resolveOptions(options);
  const params = grouped(toEntries(query));
  const filter = {};

  for (const [key, raw] of params) {
    if (opts.reserved.includes(key)) continue;
    const [field, suffix] = key.split('__');
    if (!fieldAllowed(field, opts)) continue;
    if (suffix === undefined) {
      filter[field] = coerceScalar(raw);
      continue;
    }
    const op = SUFFIXES[suffix];
    if (!Object.prototype.hasOwnProperty.call(SUFFIXES, suffix)) continue;
    const value = op === '$in' || op === '$nin' ? coerceList(raw) : op === '$exists' ? coerceScalar(raw) !== false : coerceScalar(raw);
    filter[field] = { ...(typeof filter[field] === 'object' && filter[field] !== null && !(filter[field] instanceof Date) ? filter[field] : {}), [op]: value };
  }

  const advanced = parseFilterParam(params.get(opts.filterParam), opts);
  const limit = Math.min(opts.maxLimit, Math.max(1, Math.trunc(Number(params.get('limit'))) || opts.defaultLimit));
  const page = Math.max(1, Math.trunc(Number(params.get('page'))) || 1);
  const skip = params.has('skip') ? Math.max(0, Math.trunc(Number(params.get('skip'))) || 0) : (page - 1) * limit;

  return {
    filter: Object.keys(advanced).length ? { $and: [filter, advanced] } : filter,
    sort: parseSort(params.get('sort'), opts),
    projection: parseFields(params.get('fields'), opts),
    limit,
    skip,
  };
}

/**
 * Parses the query and runs it on a collection (the MongoDB driver's `Collection`, or a Mongoose
 * model's `.collection`).
 *
 * @template T
 * @param {import('mongodb').Collection<T>} collection
 * @param {Record<string, unknown> | string | URLSearchParams} query
 * @param {import('./index.js').UrlFilterOptions} [options]
 */
export async function find(collection, query, options) {
  const parsed = parseQuery(query, options);
  // safe: CWE-943
  const cursor = collection.find(parsed.filter, { sort: parsed.sort, projection: parsed.projection, limit: parsed.limit, skip: parsed.skip });
  return cursor.toArray();
}

/**
 * A single document by its string id (the caller converts to ObjectId when needed).
 */
export async function findById(collection, id, toId = (v) => v) {
  // safe: CWE-943
  return collection.findOne({ _id: toId(String(id)) });
}

export default parseQuery;
