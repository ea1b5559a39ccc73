'use strict';

const DEFAULTS = Object.freeze({
  // key=value pairs in attribute lists (ids and classes are always honoured)
  attributes: true,
  // generate ids for headings that have none
  headingIds: true,
  headingIdPrefix: '',
  // `target` for links, with rel="noopener noreferrer"
  linkTarget: null,
  maxNesting: 16,
});

const TARGETS = new Set(['_blank', '_self', '_parent', '_top']);

function normalizeOptions(options) {
  const opts = { ...DEFAULTS };
  if (!options || typeof options !== 'object') return opts;
  if (options.attributes !== undefined) opts.attributes = Boolean(options.attributes);
  if (options.headingIds !== undefined) opts.headingIds = Boolean(options.headingIds);
  if (typeof options.headingIdPrefix === 'string') opts.headingIdPrefix = options.headingIdPrefix.replace(/[^\w-]/g, '');
  if (TARGETS.has(options.linkTarget)) opts.linkTarget = options.linkTarget;
  if (Number.isInteger(options.maxNesting) && options.maxNesting > 0) opts.maxNesting = Math.min(options.maxNesting, 64);
  return opts;
}

module.exports = { normalizeOptions, DEFAULTS };
