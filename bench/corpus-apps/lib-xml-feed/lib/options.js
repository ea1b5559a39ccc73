/**
 * @typedef {object} FeedOptions
 * @property {boolean} [lenient]   let libxml2 recover from malformed markup (default true:
 *   many feeds in the wild are not well-formed)
 * @property {number}  [maxItems]  items kept per feed (default 200)
 * @property {boolean} [keepHtml]  keep item descriptions as HTML instead of plain text
 */

const DEFAULTS = Object.freeze({
  lenient: true,
  maxItems: 200,
  keepHtml: false,
});

/** @param {FeedOptions} [options] */
export function normalizeOptions(options = {}) {
  const opts = { ...DEFAULTS, ...options };
  if (!Number.isInteger(opts.maxItems) || opts.maxItems <= 0) opts.maxItems = DEFAULTS.maxItems;
  opts.lenient = Boolean(opts.lenient);
  opts.keepHtml = Boolean(opts.keepHtml);
  return opts;
}
