'use strict';

/**
 * @typedef {object} TransportOptions
 * @property {string} [path]     sendmail binary (default /usr/sbin/sendmail)
 * @property {string[]} [args]   extra arguments for the binary, set by the application
 * @property {'unix'|'windows'} [newline] line endings written to sendmail
 * @property {number} [timeout]  milliseconds before the child is killed
 */

const DEFAULTS = { path: '/usr/sbin/sendmail', args: [], newline: 'unix', timeout: 30000 };

/**
 * Fills in defaults and checks the shape of the transport options.
 * @param {TransportOptions} [options]
 * @returns {Required<TransportOptions>}
 */
function normalizeOptions(options = {}) {
  const o = { ...DEFAULTS, ...options };
  if (typeof o.path !== 'string' || !o.path) throw new TypeError('options.path must be a non-empty string');
  if (!Array.isArray(o.args) || !o.args.every((a) => typeof a === 'string')) {
    throw new TypeError('options.args must be an array of strings');
  }
  if (o.newline !== 'unix' && o.newline !== 'windows') throw new TypeError('options.newline must be "unix" or "windows"');
  o.timeout = Number(o.timeout) > 0 ? Number(o.timeout) : DEFAULTS.timeout;
  return o;
}

module.exports = { normalizeOptions, DEFAULTS };
