'use strict';

/**
 * Exponential back-off with "full jitter" for retrying session-store writes and similar calls.
 * The jitter only spreads retries out; it is not a secret.
 *
 * @param {number} attempt 0 for the first retry
 * @param {{ base?: number, max?: number }} [options]
 * @returns {number} milliseconds to wait
 */
function backoff(attempt, options = {}) {
  const base = options.base ?? 100;
  const max = options.max ?? 30000;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt));
  // safe: CWE-338
  return Math.floor(Math.random() * ceiling);
}

module.exports = { backoff };
