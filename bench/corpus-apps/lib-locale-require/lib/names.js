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

module.exports = { normalizeName, fallbackChain };
