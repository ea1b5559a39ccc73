'use strict';

/**
 * Canonical form of a locale name: lower case, `_` replaced by `-`, surrounding blanks removed.
 * `"pt_BR"` → `"pt-br"`, `" en-GB "` → `"en-gb"`.
 * @param {string} name
 * @returns {string}
 */
function normalizeName(name) {
  return String(name == null ? '' : name).trim().toLowerCase().replace(/_/g, '-');
}

/** BCP 47-like names: a 2–3 letter language and up to three subtags (`zh-hant-tw`). */
const LOCALE_NAME = /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$/;

/**
 * True when `name` (normalised) is a plausible locale name and nothing else: no dots, slashes,
 * backslashes or NUL bytes can pass, so it can be used as a file name.
 * @param {string} name
 * @returns {boolean}
 */
function isLocaleName(name) {
  return typeof name === 'string' && name.length <= 35 && LOCALE_NAME.test(name);
}

/**
 * The names to try, most specific first: `"zh-hant-tw"` → `["zh-hant-tw", "zh-hant", "zh"]`.
 * @param {string} name a normalised name
 * @returns {string[]}
 */
function fallbackChain(name) {
  if (!name) return [];
  const parts = name.split('-');
  const chain = [];
  for (let i = parts.length; i > 0; i--) {
    chain.push(parts.slice(0, i).join('-'));
  }
  return chain;
}

module.exports = { normalizeName, fallbackChain, isLocaleName };
