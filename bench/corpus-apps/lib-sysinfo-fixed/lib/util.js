'use strict';

/** Options shared by every child process: bounded output, C locale for stable parsing. */
const EXEC_OPTIONS = {
  maxBuffer: 1024 * 1024,
  timeout: 10000,
  env: Object.assign({}, process.env, { LC_ALL: 'C' }),
};

/**
 * Removes characters that would end or chain a shell command, so that names coming from
 * configuration or a dashboard can be placed in a command line.
 * @param {unknown} value
 * @returns {string}
 */
function sanitizeShellString(value) {
  return String(value == null ? '' : value)
    .replace(/[;&|<>`'"\\]/g, '')
    .trim();
}

/** Linux interface names: at most 15 characters, no slash or blank (`eth0`, `br-1a2b`, `wlp3s0`). */
const INTERFACE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,14}$/;

/** Process names as `ps -C` matches them: letters, digits, `_`, `.`, `-`, not starting with `-`. */
const PROCESS_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;

/**
 * @param {unknown} value
 * @returns {boolean}
 */
function isInterfaceName(value) {
  return typeof value === 'string' && INTERFACE_NAME.test(value) && value !== '.' && value !== '..';
}

/**
 * @param {unknown} value
 * @returns {boolean}
 */
function isProcessName(value) {
  return typeof value === 'string' && PROCESS_NAME.test(value);
}

/**
 * Wraps `fn(...args, callback)` so that the callback is optional and a Promise is returned
 * when it is omitted.
 * @param {Function} fn
 */
function promisifyOptional(fn) {
  return function wrapped(...args) {
    const last = args[args.length - 1];
    if (typeof last === 'function') return fn(...args);
    return new Promise((resolve, reject) => {
      fn(...args, (err, result) => (err ? reject(err) : resolve(result)));
    });
  };
}

/** Splits command output into non-empty trimmed lines. */
function lines(stdout) {
  return String(stdout).split('\n').map((l) => l.trim()).filter(Boolean);
}

module.exports = { EXEC_OPTIONS, sanitizeShellString, isInterfaceName, isProcessName, promisifyOptional, lines };
