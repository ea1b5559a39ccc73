'use strict';

// real User-Agent headers are far shorter; longer ones are cut before any regex runs
const MAX_LENGTH = 512;

/**
 * Normalises the header value: header arrays are joined, surrounding blanks trimmed, and the
 * result cut to MAX_LENGTH characters.
 * @param {string|string[]|undefined} ua
 * @returns {string}
 */
function clean(ua) {
  const s = Array.isArray(ua) ? ua.join(' ') : ua;
  return typeof s === 'string' ? s.trim().slice(0, MAX_LENGTH) : '';
}

/**
 * Runs a table of `[regex, name]` rules and returns the first hit.
 * Every regex in a table must be linear: anchored on a literal product token.
 * @param {string} ua
 * @param {[RegExp, string][]} rules
 * @returns {{ name?: string, version?: string }}
 */
function firstMatch(ua, rules) {
  for (const [re, name] of rules) {
    const m = re.exec(ua);
    if (m) return { name, version: m[1] ? m[1].replace(/_/g, '.') : undefined };
  }
  return {};
}

module.exports = { clean, firstMatch };
