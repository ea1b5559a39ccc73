import { tokenize } from './lib/tokenize.js';
import { walk } from './lib/walk.js';
import { normalizeOptions } from './lib/options.js';

/**
 * Runs a JSONPath expression against `json`.
 * @param {string} path e.g. `$.store.book[?(@.price < 10)].title`
 * @param {unknown} json
 * @param {import('./lib/options.js').QueryOptions} [options]
 * @returns {unknown[]} values (or paths / nodes, see `resultType`)
 */
export function query(path, json, options) {
  const o = normalizeOptions(options);
  const nodes = walk(tokenize(path), json, o);
  if (o.resultType === 'path') return nodes.map((n) => toPathString(n.path));
  if (o.resultType === 'all') return nodes.map((n) => ({ value: n.value, path: toPathString(n.path), parent: n.parent }));
  return nodes.map((n) => n.value);
}

/** The first value matched by `path`, or `undefined`. */
export function value(path, json, options) {
  return query(path, json, { ...options, resultType: 'value' })[0];
}

/** Every normalised path matched by `path`, e.g. `$['store']['book'][0]`. */
export function paths(path, json, options) {
  return query(path, json, { ...options, resultType: 'path' });
}

/**
 * Normalised path string of a list of keys.
 * @param {(string|number)[]} keys
 */
export function toPathString(keys) {
  return '$' + keys.map((k) => (typeof k === 'number' ? `[${k}]` : `['${String(k).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`)).join('');
}

export { tokenize };
