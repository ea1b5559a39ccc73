/**
 * Defaults; the caller's options are merged over them once per call.
 */
export const DEFAULTS = Object.freeze({
  allowFields: undefined,
  defaultLimit: 20,
  maxLimit: 100,
  filterParam: 'filter',
  reserved: ['sort', 'fields', 'limit', 'skip', 'page'],
});

/** @param {import('./index.js').UrlFilterOptions} [options] */
export function resolveOptions(options = {}) {
  const opts = { ...DEFAULTS, ...options };
  opts.reserved = [...new Set([...DEFAULTS.reserved, opts.filterParam, ...(options.reserved || [])])];
  opts.maxLimit = Math.max(1, Math.trunc(Number(opts.maxLimit)) || DEFAULTS.maxLimit);
  opts.defaultLimit = Math.min(opts.maxLimit, Math.max(1, Math.trunc(Number(opts.defaultLimit)) || DEFAULTS.defaultLimit));
  return opts;
}

/** Whether a field may be filtered, sorted or projected on. */
export function fieldAllowed(field, opts) {
  if (!/^[A-Za-z_][\w.]*$/.test(field)) return false;
  return !opts.allowFields || opts.allowFields.includes(field) || opts.allowFields.includes(field.split('.')[0]);
}
